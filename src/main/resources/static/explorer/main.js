// The explorer page: search → draw the neighbourhood → expand, re-centre, filter → read the whitepaper's own
// sentences for every fact in the side panel → find a path. Only the public GraphQL API is used (api.js).

import { entityDetails, kinds, neighbourhood, relationTypes, shortestPath } from './api.js';
import { createGraph, KINDS, setKinds } from './graph.js';
import { Suggest } from './suggest.js';
import { watchChanges } from './live.js';

const $ = (id) => document.getElementById(id);

const state = {
	language: localStorage.getItem('fintechkg.language') === 'en' ? 'en' : 'zh',
	centre: null, // the entity at the centre: { id, name, nameZh, kind }
	kinds: new Set(), // kinds shown (filled from the vocabulary)
	types: new Set(), // relationship types shown (filled from the vocabulary)
	allTypes: [],
	drawing: 0, // bumped by every re-centring, so a late expansion of the previous graph is dropped
};

const nameOf = (entity) => (state.language === 'zh' ? entity.nameZh : entity.name);
const otherNameOf = (entity) => (state.language === 'zh' ? entity.name : entity.nameZh);

const graph = createGraph($('graph'), () => state.language);
// For tests and the curious: the Cytoscape instance and the page state, from the developer console.
window.fintechExplorer = { cy: graph.cy, state };

// --- messages -------------------------------------------------------------------------------------------------

function showError(error) {
	$('error-text').textContent = error.message || String(error);
	$('error').hidden = false;
	setGraphState(graph.cy.nodes().length ? 'ready' : 'error');
}

function clearError() {
	$('error').hidden = true;
}

/** 'empty' (nothing drawn yet), 'loading', 'ready' or 'error'; tests wait on data-state. */
function setGraphState(value, message = '') {
	const element = $('graph');
	element.dataset.state = value;
	element.dataset.nodeCount = String(graph.cy.nodes().length);
	element.setAttribute('aria-busy', String(value === 'loading'));
	$('graph-empty').hidden = graph.cy.nodes().length > 0;
	$('graph-status').textContent = message;
}

/** Runs an API call with the loading state shown and any failure reported to the user. */
async function withLoading(message, action) {
	clearError();
	setGraphState('loading', message);
	try {
		await action();
		setGraphState('ready', describeGraph());
	}
	catch (error) {
		showError(error);
		$('graph-status').textContent = '';
	}
}

function describeGraph() {
	const nodes = graph.cy.nodes().length;
	const edges = graph.cy.edges().length;
	return `${nodes} entities, ${edges} relations${state.truncated ? ' (neighbourhood cut short: expand nodes to see more)' : ''}`;
}

// --- drawing --------------------------------------------------------------------------------------------------

/** Draws `entity` and its neighbours as a new graph. */
function centreOn(entity) {
	return withLoading(`Loading the neighbourhood of ${nameOf(entity)}…`, async () => {
		const drawing = ++state.drawing;
		const subgraph = await neighbourhood(entity.id);
		if (drawing !== state.drawing) {
			return;
		}
		state.centre = subgraph.nodes[0] ?? entity;
		state.truncated = subgraph.truncated;
		graph.clear();
		graph.add(subgraph.nodes, subgraph.relations);
		graph.setCentre(entity.id);
		applyFilters();
		graph.layout();
		updateDownloads();
		await select(graph.cy.getElementById(entity.id));
	});
}

/** Adds the neighbours of a drawn node. */
function expand(node) {
	return withLoading(`Expanding ${node.data('label')}…`, async () => {
		const drawing = state.drawing;
		const subgraph = await neighbourhood(node.id());
		if (drawing !== state.drawing || node.removed()) {
			return;
		}
		state.truncated = subgraph.truncated;
		graph.add(subgraph.nodes, subgraph.relations);
		applyFilters();
		graph.layout(node);
	});
}

graph.cy.on('tap', 'node', (event) => {
	select(event.target);
	expand(event.target);
});
graph.cy.on('dbltap', 'node', (event) => centreOn(event.target.data()));
graph.cy.on('tap', 'edge', (event) => select(event.target));
$('fit').addEventListener('click', () => graph.cy.fit(undefined, 30));

// --- the side panel -------------------------------------------------------------------------------------------

/** Shows a node's entity or an edge's relation in the side panel. */
async function select(element) {
	if (element.empty()) {
		return;
	}
	graph.cy.elements().unselect();
	element.select();
	if (element.isEdge()) {
		showRelation(element.data());
		return;
	}
	const panel = $('details');
	panel.replaceChildren(heading(element.data('label')), paragraph('Loading…', 'muted'));
	try {
		const entity = await entityDetails(element.id());
		if (entity) {
			showEntity(entity, element);
		}
	}
	catch (error) {
		showError(error);
	}
}

function showEntity(entity, node) {
	const panel = $('details');
	panel.dataset.selected = entity.id;
	const kind = KINDS[entity.kind] ?? { en: entity.kind, zh: entity.kind };
	panel.replaceChildren(
		heading(nameOf(entity)),
		paragraph(otherNameOf(entity), 'other-name'),
		paragraph(`${state.language === 'zh' ? kind.zh : kind.en}${entity.category ? ' · ' + entity.category : ''}`, 'kind-line'),
		paragraph(entity.description),
	);
	if (entity.aliases.length) {
		panel.append(paragraph(`Also: ${entity.aliases.join(', ')}`, 'aliases'));
	}
	// the keyboard's way to what clicking and double-clicking a node do
	const actions = document.createElement('p');
	actions.className = 'actions';
	actions.append(actionButton('Expand', `Add the neighbours of ${nameOf(entity)}`, () => expand(node)));
	if (state.centre?.id !== entity.id) {
		actions.append(' ', actionButton('Put at the centre', `Draw the neighbourhood of ${nameOf(entity)}`, () => centreOn(entity)));
	}
	panel.append(actions);
	panel.append(subheading(`What the whitepaper says (${entity.citations.length})`));
	panel.append(citationList(entity.citations));

	const relations = node.connectedEdges().not('.filtered');
	if (relations.length) {
		panel.append(subheading(`Relations drawn (${relations.length})`));
		const list = document.createElement('ul');
		list.className = 'relations';
		relations.forEach((edge) => {
			const outgoing = edge.source().id() === entity.id;
			const other = outgoing ? edge.target() : edge.source();
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'link';
			button.dataset.relation = edge.id();
			button.textContent = `${outgoing ? '' : '← '}${edge.data('type')}${outgoing ? ' →' : ''} ${other.data('label')}`;
			button.addEventListener('click', () => select(edge));
			const item = document.createElement('li');
			item.append(button);
			list.append(item);
		});
		panel.append(list);
	}
}

function showRelation(relation) {
	const panel = $('details');
	panel.dataset.selected = relation.id;
	const from = graph.cy.getElementById(relation.source).data();
	const to = graph.cy.getElementById(relation.target).data();
	const ends = paragraph('', 'other-name');
	ends.append(entityLink(from), ' → ', entityLink(to));
	panel.replaceChildren(heading(relation.type), ends);
	const facts = [relation.role && `role ${relation.role}`, relation.date && `date ${relation.date}`,
		relation.value != null && `${relation.value} ${relation.unit ?? ''}`].filter(Boolean);
	if (facts.length) {
		panel.append(paragraph(facts.join(' · '), 'kind-line'));
	}
	panel.append(subheading('What the whitepaper says'));
	panel.append(citationList(relation.citations));
}

/** Citations: the verbatim sentence as a quotation, with its section and source. */
function citationList(citations) {
	const list = document.createElement('ul');
	list.className = 'citations';
	citations.forEach((citation) => {
		const quote = document.createElement('blockquote');
		quote.lang = 'zh';
		quote.className = 'quote';
		quote.textContent = citation.quote;
		const cite = document.createElement('p');
		cite.className = 'cite';
		cite.textContent = `§ ${citation.section} · ${citation.source?.title ?? ''}`;
		const item = document.createElement('li');
		item.append(quote, cite);
		list.append(item);
	});
	return list;
}

function actionButton(text, label, onClick) {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = text;
	button.setAttribute('aria-label', label);
	button.addEventListener('click', onClick);
	return button;
}

/** A drawn entity's name as a button that selects it. */
function entityLink(entity) {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'link';
	button.dataset.entity = entity.id;
	button.textContent = nameOf(entity);
	button.addEventListener('click', () => select(graph.cy.getElementById(entity.id)));
	return button;
}

function heading(text) {
	const element = document.createElement('h2');
	element.textContent = text;
	return element;
}

function subheading(text) {
	const element = document.createElement('h3');
	element.textContent = text;
	return element;
}

function paragraph(text, className) {
	const element = document.createElement('p');
	element.textContent = text;
	if (className) {
		element.className = className;
	}
	return element;
}

// --- filters and legend ---------------------------------------------------------------------------------------

function checkbox(value, text, checked, onChange) {
	const label = document.createElement('label');
	const input = document.createElement('input');
	input.type = 'checkbox';
	input.value = value;
	input.checked = checked;
	input.addEventListener('change', () => onChange(input.checked));
	label.append(input, ` ${text}`);
	return label;
}

function buildFilters() {
	const kindBox = $('kind-filters');
	Object.entries(KINDS).forEach(([kind, look]) => {
		kindBox.append(checkbox(kind, look.en, true, (on) => {
			on ? state.kinds.add(kind) : state.kinds.delete(kind);
			applyFilters();
		}));
	});
	const legend = $('legend');
	Object.entries(KINDS).forEach(([kind, look]) => {
		const item = document.createElement('li');
		item.className = 'swatch';
		item.style.setProperty('--swatch', look.color);
		item.dataset.kind = kind;
		legend.append(item);
	});
	relabelLegend();
}

async function loadKinds() {
	try {
		setKinds(await kinds());
		Object.keys(KINDS).forEach((kind) => state.kinds.add(kind));
		buildFilters();
		applyFilters();
	}
	catch (error) {
		showError(error);
	}
}

async function loadRelationTypes() {
	try {
		state.allTypes = await relationTypes();
		state.allTypes.forEach((type) => state.types.add(type.name));
		const typeBox = $('type-filters');
		state.allTypes.forEach((type) => {
			const label = checkbox(type.name, `${type.name} (${type.count})`, true, (on) => {
				on ? state.types.add(type.name) : state.types.delete(type.name);
				applyFilters();
			});
			label.title = type.description;
			typeBox.append(label);
		});
		applyFilters();
	}
	catch (error) {
		showError(error);
	}
}

function applyFilters() {
	// until the vocabulary has loaded, every kind and type is shown
	const kinds = Object.keys(KINDS).length ? state.kinds : new Set(graph.cy.nodes().map((node) => node.data('kind')));
	const types = state.allTypes.length ? state.types : new Set(graph.cy.edges().map((edge) => edge.data('type')));
	graph.filter(kinds, types);
}

function relabelLegend() {
	document.querySelectorAll('#legend li').forEach((item) => {
		const look = KINDS[item.dataset.kind];
		item.textContent = state.language === 'zh' ? look.zh : look.en;
	});
}

// --- language -------------------------------------------------------------------------------------------------

function setLanguage(language) {
	state.language = language;
	localStorage.setItem('fintechkg.language', language);
	document.documentElement.lang = language === 'zh' ? 'zh' : 'en';
	$('lang-zh').setAttribute('aria-pressed', String(language === 'zh'));
	$('lang-en').setAttribute('aria-pressed', String(language === 'en'));
	graph.relabel();
	relabelLegend();
	updateDownloads();
	const selected = graph.cy.$(':selected');
	if (selected.nonempty()) {
		select(selected.first());
	}
}

$('lang-zh').addEventListener('click', () => setLanguage('zh'));
$('lang-en').addEventListener('click', () => setLanguage('en'));

// --- path finder ----------------------------------------------------------------------------------------------

const pathEnds = {
	from: new Suggest($('path-from'), $('path-from-suggestions'), { label: nameOf, onChoose: () => {}, onError: showError }),
	to: new Suggest($('path-to'), $('path-to-suggestions'), { label: nameOf, onChoose: () => {}, onError: showError }),
};

$('path-form').addEventListener('submit', (event) => {
	event.preventDefault();
	const from = pathEnds.from.chosen;
	const to = pathEnds.to.chosen;
	if (!from || !to) {
		showError(new Error('Choose both ends of the path from the suggestions.'));
		return;
	}
	findPath(from, to);
});

function findPath(from, to) {
	const hops = $('path-hops');
	hops.replaceChildren();
	return withLoading(`Finding a path from ${nameOf(from)} to ${nameOf(to)}…`, async () => {
		const path = await shortestPath(from.id, to.id);
		if (!path) {
			hops.append(paragraph(`No path of up to 4 relations between ${nameOf(from)} and ${nameOf(to)}.`, 'muted'));
			return;
		}
		if (graph.cy.nodes().empty()) {
			state.centre = from;
		}
		const added = graph.add(path.nodes, path.relations);
		applyFilters();
		if (added) {
			graph.layout();
		}
		graph.highlightPath(path.nodes.map((node) => node.id), path.relations.map((relation) => relation.id));
		updateDownloads();
		path.relations.forEach((relation, index) => hops.append(hopItem(relation, path.nodes[index])));
	});
}

/** One hop of a path: walking from `walkFrom`, the relation may point either way. */
function hopItem(relation, walkFrom) {
	const from = graph.cy.getElementById(relation.from.id).data();
	const to = graph.cy.getElementById(relation.to.id).data();
	const item = document.createElement('li');
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'link';
	button.textContent = `${nameOf(from)} —${relation.type}→ ${nameOf(to)}`;
	button.addEventListener('click', () => select(graph.cy.getElementById(relation.id)));
	item.dataset.from = walkFrom.id;
	item.append(button);
	relation.citations.forEach((citation) => {
		const quote = paragraph(`“${citation.quote}” § ${citation.section}`, 'hop-quote');
		quote.lang = 'zh';
		item.append(quote);
	});
	return item;
}

// --- downloads ------------------------------------------------------------------------------------------------

const EXPORTS = [['graph.json', 'JSON'], ['graph.graphml', 'GraphML'], ['nodes.csv', 'nodes CSV'], ['relationships.csv', 'relationships CSV']];

function updateDownloads() {
	const links = $('download-around-links');
	if (!state.centre) {
		return;
	}
	$('download-centre').textContent = nameOf(state.centre);
	const depth = $('download-depth').value;
	links.className = '';
	links.replaceChildren();
	EXPORTS.forEach(([file, text], index) => {
		const link = document.createElement('a');
		link.href = `/export/${file}?${new URLSearchParams({ around: state.centre.id, depth })}`;
		link.download = '';
		link.textContent = text;
		links.append(...(index ? [' · ', link] : [link]));
	});
}

$('download-depth').addEventListener('change', updateDownloads);

// --- live changes -------------------------------------------------------------------------------------------

let redraw = null;

/** Redraws the current graph (once for a burst of changes) when a change touches a drawn entity, or the seed reloads. */
function redrawIfTouched(change) {
	const touched = change.action === 'SEED_LOAD'
		|| change.entityIds.some((id) => !graph.cy.getElementById(id).empty());
	if (!state.centre || !touched || redraw) {
		return;
	}
	redraw = setTimeout(() => {
		redraw = null;
		if (state.centre) {
			centreOn(state.centre);
		}
	}, 300);
}

// --- start ----------------------------------------------------------------------------------------------------

new Suggest($('search-input'), $('search-suggestions'), { label: nameOf, onChoose: centreOn, onError: showError });
$('error-close').addEventListener('click', clearError);
setLanguage(state.language);
loadKinds();
loadRelationTypes();
setGraphState('empty');
watchChanges(redrawIfTouched);
