// The relationship vocabulary
//
// Relations read "from TYPE to" and each one carries the whitepaper's sentence that states it: properties quote,
// section, source, and date, value, unit where the text gives them.
//
// expect: RELEASED, APPLIED_TO, REGULATES, BASED_ON
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS relations
ORDER BY relations DESC
