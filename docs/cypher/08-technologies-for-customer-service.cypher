// Which technologies serve intelligent customer service
//
// Technologies the whitepaper ties to intelligent customer service, with the sentences that tie them.
//
// expect: 大模型, 生成式人工智能
MATCH (technology:Technology)-[applied:APPLIED_TO]->(:Scenario {id: 'customer-service'})
RETURN technology.nameZh AS technology, technology.name AS technologyEn, applied.citationSections AS sections,
       applied.citationQuotes AS quotes
ORDER BY technology
