// Composes FinTech KG (a running instance, its URL the first argument) with a small second subgraph, "reviews",
// using Apollo's own gateway: the gateway asks each subgraph for its SDL (`_service { sdl }`), composes the
// supergraph with @apollo/composition, and plans queries across both. Prints the answers as JSON on stdout;
// exits non-zero when composition or the queries fail. Run by FederationTests; `npm ci` here installs it.
import { ApolloGateway, IntrospectAndCompose, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

const url = process.argv[2];
if (!url) {
	console.error('usage: node compose.mjs http://host:port/graphql');
	process.exit(2);
}

// The second subgraph: reviews of institutions, which extends FinTech KG's Institution with a `reviews` field
// and references institutions by their id.
const reviews = [
	{ id: 'review-1', stars: 5, text: 'Clear disclosures.', institution: { id: 'icbc' } },
	{ id: 'review-2', stars: 3, text: 'Slow onboarding.', institution: { id: 'icbc' } },
];
const reviewsSchema = buildSubgraphSchema([{
	typeDefs: parse(`
		extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
		type Query { reviews: [Review!]! }
		type Review { id: ID! stars: Int! text: String! institution: Institution! }
		type Institution @key(fields: "id") { id: ID! reviews: [Review!]! }
	`),
	resolvers: {
		Query: { reviews: () => reviews },
		Institution: {
			__resolveReference: (reference) => ({ id: reference.id }),
			reviews: (institution) => reviews.filter((review) => review.institution.id === institution.id),
		},
	},
}]);

const gateway = new ApolloGateway({
	supergraphSdl: new IntrospectAndCompose({
		subgraphs: [{ name: 'fintechkg', url }, { name: 'reviews', url: 'http://reviews.invalid/graphql' }],
	}),
	buildService: ({ name, url: serviceUrl }) => (name === 'reviews'
		? new LocalGraphQLDataSource(reviewsSchema)
		: new RemoteGraphQLDataSource({ url: serviceUrl })),
});
const server = new ApolloServer({ gateway });
try {
	await server.start();
	const answers = {};
	for (const [name, query] of Object.entries({
		// from the reviews subgraph into ours: each review's institution is resolved by FinTech KG (_entities)
		reviewsWithInstitutions: '{ reviews { id stars institution { id name nameZh } } }',
		// from ours into the reviews subgraph: FinTech KG's institution, extended with the other subgraph's field
		institutionWithReviews: '{ institution(id: "icbc") { id name reviews { id stars } } }',
	})) {
		const response = await server.executeOperation({ query });
		answers[name] = response.body.singleResult;
	}
	console.log(JSON.stringify(answers));
}
finally {
	await server.stop();
}
