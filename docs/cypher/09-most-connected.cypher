// The most connected entities
//
// Entities with the most relations in either direction: the hubs of China's fintech ecosystem as the whitepaper
// describes it.
//
// expect: 大模型
MATCH (entity:Entity)
RETURN entity.nameZh AS name, entity.name AS nameEn, entity.kind AS kind, COUNT { (entity)--(:Entity) } AS relations
ORDER BY relations DESC, name
LIMIT 10
