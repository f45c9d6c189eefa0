// The explorer's only way to the data: named GraphQL operations with variables, read with GET from /graphql.
// Each function below is one operation of the public API (see schema.graphqls or GraphiQL at /graphiql).

/** An error answered by the API (GraphQL `errors`) or a failed HTTP exchange; `message` is meant for the user. */
export class ApiError extends Error {
	constructor(message, details = []) {
		super(message);
		this.name = 'ApiError';
		this.details = details;
	}
}

/**
 * Sends one GraphQL operation and returns its `data`. Throws ApiError when the server answers with `errors`
 * (even alongside partial data: the explorer shows nothing half-loaded) or when HTTP fails.
 *
 * Reads go out as GET with an automatic persisted query: the operation's SHA-256 hash alone, and the whole
 * document only when the service does not know the hash yet. GET answers carry the graph's version as their
 * ETag, so the browser's cache revalidates them (a 304, no query runs) until the graph changes.
 */
export async function graphql(operationName, query, variables = {}) {
	const params = new URLSearchParams({ operationName, variables: JSON.stringify(variables) });
	const hash = await sha256(query);
	if (hash) {
		params.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
	}
	else {
		params.set('query', query);
	}
	let { response, body } = await get(params);
	if (body?.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
		params.set('query', query);
		({ response, body } = await get(params));
	}
	if (body?.errors?.length) {
		throw new ApiError(body.errors.map((error) => error.message).join(' · '), body.errors);
	}
	if (!response.ok || !body?.data) {
		throw new ApiError(`The service answered HTTP ${response.status} ${response.statusText}`.trim() + '.');
	}
	return body.data;
}

async function get(params) {
	let response;
	try {
		response = await fetch(`/graphql?${params}`, {
			headers: { Accept: 'application/graphql-response+json, application/json' },
		});
	}
	catch (networkFailure) {
		throw new ApiError(`The service could not be reached (${networkFailure.message}).`);
	}
	let body = null;
	try {
		body = await response.json();
	}
	catch {
		// not JSON: reported by the caller with the HTTP status
	}
	return { response, body };
}

const hashes = new Map();

/** Lower-case hex SHA-256 of a document; null where the browser offers no Web Crypto (a page not on https or localhost). */
async function sha256(text) {
	if (!globalThis.crypto?.subtle) {
		return null;
	}
	if (!hashes.has(text)) {
		const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
		hashes.set(text, Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));
	}
	return hashes.get(text);
}

// Fields every drawn entity needs: what to call it in either language and how to draw it.
const ENTITY_FIELDS = 'id kind name nameZh';

// Fields of a drawn relation, with every passage that states it (the whitepaper's sentences and sections).
const RELATION_FIELDS = `
	id type date value unit role
	citations { section quote source { title } }
	from { id }
	to { id }`;

/** Bilingual search for the suggestion lists. */
export async function searchEntities(text, first = 8) {
	const data = await graphql('SearchEntities', `
		query SearchEntities($text: String!, $first: Int!) {
			search(query: $text, first: $first) {
				matched
				entity { ${ENTITY_FIELDS} }
			}
		}`, { text, first });
	return data.search;
}

/** The entities around one entity and the relations among them: what the graph draws. */
export async function neighbourhood(id, depth = 1, limit = 80) {
	const data = await graphql('Neighbourhood', `
		query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
			neighborhood(id: $id, depth: $depth, limit: $limit) {
				truncated
				nodes { ${ENTITY_FIELDS} }
				relations { ${RELATION_FIELDS} }
			}
		}`, { id, depth, limit });
	return data.neighborhood;
}

/** Everything the side panel shows about one entity, with the citations that name it. */
export async function entityDetails(id) {
	const data = await graphql('EntityDetails', `
		query EntityDetails($id: ID!) {
			entity(id: $id) {
				${ENTITY_FIELDS}
				aliases category description
				citations { section quote source { title } }
			}
		}`, { id });
	return data.entity;
}

/** A shortest chain of relations between two entities (either direction); null when there is none. */
export async function shortestPath(from, to, maxHops = 4) {
	const data = await graphql('ShortestPath', `
		query ShortestPath($from: ID!, $to: ID!, $maxHops: Int!) {
			shortestPath(from: $from, to: $to, maxHops: $maxHops) {
				length
				nodes { ${ENTITY_FIELDS} }
				relations { ${RELATION_FIELDS} }
			}
		}`, { from, to, maxHops });
	return data.shortestPath;
}

/** The kinds of entity with their names and colours, for the legend and the filters. */
export async function kinds() {
	const data = await graphql('Kinds', `
		query Kinds {
			kinds { kind typeName nameZh color shape }
		}`);
	return data.kinds;
}

/** The relationship vocabulary, for the filters. */
export async function relationTypes() {
	const data = await graphql('RelationTypes', `
		query RelationTypes {
			relationTypes { name description count }
		}`);
	return data.relationTypes;
}
