// The August-2023 large-model wave
//
// Table 2 of section 3.2.1 lists what banks released in August 2023 as generative AI reached finance: the products
// released that month, with the sentences that state each.
//
// expect: 兴业银行, ChatCIB, 招商银行, 浙商银行, 平安银行
MATCH (bank:Institution)-[released:RELEASED]->(product:Product)
WHERE released.date = '2023-08'
RETURN bank.nameZh AS institution, product.nameZh AS product, product.name AS productEn, released.citationQuotes AS quotes
ORDER BY institution
