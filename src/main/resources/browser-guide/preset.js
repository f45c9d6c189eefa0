// Runs in Neo4j Browser's page before the Browser itself (BrowserController adds it to index.html): gives the
// Browser served by FinTech KG readable defaults. Neo4j Browser keeps its state in localStorage under "neo4j.*"
// keys and reads them once at start; "neo4j.grass" is the graph style (the same object `:style` shows).
(function presetFinTechKgStyle() {
	'use strict';
	var MARK = 'fintechkg.browser.style';
	// synchronous on purpose: the style must be in place before the Browser's scripts read localStorage
	var request = new XMLHttpRequest();
	request.open('GET', 'fintech-kg/style.json', false);
	request.send();
	if (request.status !== 200) {
		return;
	}
	// Applied when first seen and whenever the service ships a new style; in between, the user's own
	// changes (made in the Browser or with :style) are kept.
	if (localStorage.getItem(MARK) !== request.responseText) {
		localStorage.setItem('neo4j.grass', JSON.stringify(JSON.parse(request.responseText)));
		localStorage.setItem(MARK, request.responseText);
	}
}());
