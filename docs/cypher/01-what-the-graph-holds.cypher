// What the graph holds
//
// Every entity carries the label Entity plus its kind's label (Institution, Technology, Regulation, Product,
// Scenario, Region, Indicator); properties id, name (English), nameZh (as the whitepaper writes it), aliases,
// description, and its citations as parallel lists citationSections / citationQuotes.
//
// expect: Institution, Technology, Regulation, Product, Scenario, Region, Indicator
MATCH (e:Entity)
RETURN e.kind AS kind, count(*) AS entities
ORDER BY entities DESC
