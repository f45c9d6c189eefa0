// What ICBC's model is built on and used for
//
// Everything the text says about the model ICBC released: what it is based on, what it is an instance of, and the
// scenarios it is applied to.
//
// expect: 昇腾 AI, 大模型
MATCH (:Institution {id: 'icbc'})-[:RELEASED]->(model:Product)-[fact:BASED_ON|INSTANCE_OF|APPLIED_TO]->(other:Entity)
RETURN model.nameZh AS model, type(fact) AS relation, other.nameZh AS other, other.name AS otherEn,
       fact.citationSections AS sections, fact.citationQuotes AS quotes
ORDER BY relation, other
