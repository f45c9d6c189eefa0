// Find by words, then the shortest path
//
// The full-text index entity_search (CJK-aware) finds entities by Chinese or English words; here 昇腾 (Ascend)
// finds Ascend AI, and the shortest chain of relations, in either direction, links it to the Data Security Law.
//
// expect: 昇腾 AI, 数据安全法
CALL db.index.fulltext.queryNodes('entity_search', '昇腾') YIELD node AS found
WITH found ORDER BY found.id LIMIT 1
MATCH (law:Regulation {id: 'data-security-law'})
MATCH path = shortestPath((found)-[*..6]-(law))
RETURN path
