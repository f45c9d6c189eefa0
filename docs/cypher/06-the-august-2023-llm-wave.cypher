// The August-2023 large-model wave
//
// Table 2 of section 3.2.1 lists what banks did about large models in August 2023 as generative AI reached finance:
// each bank's step that month (a product released, a model developed, a plan issued, a partner found), with the
// sentences that state it.
//
// expect: 兴业银行, ChatCIB, 招商银行, 浙商银行, 平安银行
MATCH (bank:Institution)-[step]->(what:Entity)
WHERE step.date = '2023-08' AND '3.2.1' IN step.citationSections
RETURN bank.nameZh AS institution, type(step) AS step, what.nameZh AS what, what.name AS whatEn, step.citationQuotes AS quotes
ORDER BY institution, step, what
