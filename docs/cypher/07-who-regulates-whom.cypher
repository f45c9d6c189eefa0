// Who regulates whom
//
// Every REGULATES relation: regulators and the rules they issue, and what they supervise or apply to, drawn as a
// graph (switch to Table to read the quotes).
//
// expect: 中央金融委员会, 一行一局一会
MATCH regulation = (:Entity)-[:REGULATES]->(:Entity)
RETURN regulation
