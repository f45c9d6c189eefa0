// Find by words, then the shortest path
//
// The full-text index entity_search (CJK-aware) finds entities by Chinese or English words: here 昇腾 (Ascend)
// finds Ascend AI. The shortest chain of relations, in either direction, then links it to Huawei: through ICBC's
// model, large models, and a bank that partners with Huawei.
//
// expect: 昇腾 AI, 华为, 金融行业通用大模型
CALL db.index.fulltext.queryNodes('entity_search', '昇腾') YIELD node, score
WITH node AS found ORDER BY score DESC LIMIT 1
MATCH (huawei:Institution {id: 'huawei'})
MATCH path = shortestPath((found)-[*..6]-(huawei))
RETURN path
