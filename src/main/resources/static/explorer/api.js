// The explorer's only way to the data: named GraphQL operations with variables, POSTed to /graphql.
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
 */
export async function graphql(operationName, query, variables = {}) {
	let response;
	try {
		response = await fetch('/graphql', {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/graphql-response+json, application/json',
			},
			body: JSON.stringify({ operationName, query, variables }),
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
		// not JSON: reported below with the HTTP status
	}
	if (body?.errors?.length) {
		throw new ApiError(body.errors.map((error) => error.message).join(' · '), body.errors);
	}
	if (!response.ok || !body?.data) {
		throw new ApiError(`The service answered HTTP ${response.status} ${response.statusText}`.trim() + '.');
	}
	return body.data;
}

// Fields every drawn entity needs: what to call it in either language and how to draw it.
const ENTITY_FIELDS = 'id kind name nameZh';

// Fields of a drawn relation, with its citation (the whitepaper's sentence and section).
const RELATION_FIELDS = `
	id type date value unit quote section
	source { title }
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
