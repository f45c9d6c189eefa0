// Drawing with Cytoscape.js (served from its WebJar inside the service's jar, no CDN): entities become nodes
// coloured and shaped by kind, relations become edges. The GraphQL answers are turned into Cytoscape elements here.

import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';

/**
 * How each kind is drawn, by its EntityKind value: filled from the API's `kinds` (graph-seed/vocabulary.yaml, the
 * same colours as the Neo4j Browser style) before the page draws anything.
 */
export const KINDS = {};

/** Takes the kinds as the API lists them (`kinds { kind typeName nameZh color shape }`). */
export function setKinds(kinds) {
	kinds.forEach((kind) => {
		KINDS[kind.kind] = { color: kind.color, shape: kind.shape, en: kind.typeName, zh: kind.nameZh };
	});
}

const STYLE = [
	{
		selector: 'node',
		style: {
			label: 'data(label)',
			'background-color': (node) => KINDS[node.data('kind')]?.color ?? '#999',
			shape: (node) => KINDS[node.data('kind')]?.shape ?? 'ellipse',
			width: 30,
			height: 30,
			'font-size': 11,
			'text-valign': 'bottom',
			'text-margin-y': 4,
			'text-wrap': 'ellipsis',
			'text-max-width': 120,
			'text-outline-color': '#fff',
			'text-outline-width': 2,
			color: '#1d2330',
		},
	},
	{ selector: 'node.centre', style: { width: 46, height: 46, 'font-size': 14, 'font-weight': 'bold' } },
	{ selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
	{
		selector: 'edge',
		style: {
			width: 1.5,
			'line-color': '#b3b9c4',
			'target-arrow-color': '#b3b9c4',
			'target-arrow-shape': 'triangle',
			'curve-style': 'bezier',
			'font-size': 9,
			'text-rotation': 'autorotate',
			'text-outline-color': '#fff',
			'text-outline-width': 2,
			color: '#444',
		},
	},
	// relation types are only written on the edges that matter now, to keep the drawing legible
	{ selector: 'edge:selected, edge.path, edge.hover', style: { label: 'data(type)' } },
	{ selector: 'edge:selected', style: { width: 3, 'line-color': '#111', 'target-arrow-color': '#111' } },
	{ selector: 'edge.path', style: { 'line-color': '#d4380d', 'target-arrow-color': '#d4380d', width: 3 } },
	{ selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d4380d' } },
	{ selector: '.filtered', style: { display: 'none' } },
];

/** Creates the drawing in `container`; `language()` says which name to show ('zh' or 'en'). */
export function createGraph(container, language) {
	const cy = cytoscape({
		container,
		style: STYLE,
		minZoom: 0.2,
		maxZoom: 3,
		boxSelectionEnabled: false,
	});
	cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
	cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));

	const labelOf = (entity) => (language() === 'zh' ? entity.nameZh : entity.name);

	return {
		cy,

		/** Adds entities and relations not drawn yet; returns how many nodes were new. */
		add(entities, relations) {
			const newNodes = entities
				.filter((entity) => cy.getElementById(entity.id).empty())
				.map((entity) => ({ group: 'nodes', data: { ...entity, label: labelOf(entity), fresh: true } }));
			cy.add(newNodes);
			const newEdges = relations
				.filter((relation) => cy.getElementById(relation.id).empty())
				.filter((relation) => !cy.getElementById(relation.from.id).empty() && !cy.getElementById(relation.to.id).empty())
				.map((relation) => ({
					group: 'edges',
					// Cytoscape reads an edge's ends from `source` and `target` (the cited documents are in `citations`)
					data: { ...relation, source: relation.from.id, target: relation.to.id },
				}));
			cy.add(newEdges);
			return newNodes.length;
		},

		clear() {
			cy.elements().remove();
		},

		/** Marks the centre entity (drawn larger). */
		setCentre(id) {
			cy.nodes().removeClass('centre');
			cy.getElementById(id).addClass('centre');
		},

		/** Lays the graph out; with `around`, only the neighbours of that node move (an expansion). */
		layout(around) {
			if (around) {
				const fresh = around.neighborhood('node').filter((node) => node.data('fresh'));
				const centre = around.position();
				fresh.forEach((node, index) => {
					const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
					node.position({ x: centre.x + 140 * Math.cos(angle), y: centre.y + 140 * Math.sin(angle) });
				});
				cy.nodes().removeData('fresh');
				return;
			}
			cy.nodes().removeData('fresh');
			cy.layout({ name: 'concentric', animate: false, minNodeSpacing: 60,
				concentric: (node) => (node.hasClass('centre') ? 2 : 1), levelWidth: () => 1 }).run();
			cy.fit(undefined, 30);
		},

		/** Writes every label again in the current language. */
		relabel() {
			cy.nodes().forEach((node) => node.data('label', labelOf(node.data())));
		},

		/** Hides nodes of unchecked kinds and edges of unchecked types (and edges of hidden nodes). */
		filter(kinds, types) {
			cy.batch(() => {
				cy.elements().removeClass('filtered');
				cy.nodes().filter((node) => !kinds.has(node.data('kind'))).addClass('filtered');
				cy.edges().filter((edge) => !types.has(edge.data('type'))
					|| edge.source().hasClass('filtered') || edge.target().hasClass('filtered')).addClass('filtered');
			});
		},

		/** Highlights a path (its nodes and edges). */
		highlightPath(nodeIds, relationIds) {
			cy.elements().removeClass('path');
			nodeIds.forEach((id) => cy.getElementById(id).addClass('path'));
			relationIds.forEach((id) => cy.getElementById(id).addClass('path'));
		},
	};
}
