// One entity and what the whitepaper says about it
//
// ICBC with its names, aliases and every sentence of the whitepaper that names it, section first.
//
// expect: 工商银行, Industrial and Commercial Bank of China, 工行
MATCH (bank:Institution {id: 'icbc'})
RETURN bank.nameZh AS name, bank.name AS nameEn, bank.aliases AS aliases,
       [i IN range(0, size(bank.citationQuotes) - 1) | bank.citationSections[i] + '  ' + bank.citationQuotes[i]] AS citations
