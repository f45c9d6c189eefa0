// ICBC → its financial large model → intelligent customer service
//
// The chain the graph was designed around: ICBC released an Ascend-based general financial large model, which is a
// large model, and large models are applied to intelligent customer service. Each hop cites its own sentences (every
// passage that states it: a relationship's citations are parallel lists, in order).
//
// expect: 工商银行, 金融行业通用大模型, 大模型, 智能客服
MATCH chain = (:Institution {id: 'icbc'})-[:RELEASED]->(:Product {id: 'icbc-financial-llm'})
              -[:INSTANCE_OF]->(:Technology {id: 'large-model'})-[:APPLIED_TO]->(:Scenario {id: 'customer-service'})
RETURN chain, [hop IN relationships(chain) | {type: type(hop),
         citations: [i IN range(0, size(hop.citationQuotes) - 1) | hop.citationSections[i] + '  ' + hop.citationQuotes[i]]}]
       AS evidence
