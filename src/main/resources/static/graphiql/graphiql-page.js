// GraphiQL on this service's /graphql: docs explorer, history, headers editor (e.g. an API token for curators'
// mutations: {"Authorization": "Bearer …"}) and the query-builder explorer. Everything it loads comes from this
// service; see /graphiql/vendor/README.md.
const DEFAULT_QUERY = `# FinTech KG: China's fintech ecosystem as a graph.
# Ctrl-Enter runs the query; Docs (top left) lists
# every type and field.

query IcbcChain {
  entity(id: "icbc") {
    name
    nameZh
    relations(direction: OUTGOING, types: ["RELEASED"]) {
      quote
      to {
        name
        nameZh
      }
    }
  }
}
`;

const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });

const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
	fetcher,
	defaultQuery: DEFAULT_QUERY,
	defaultEditorToolsVisibility: true,
	isHeadersEditorEnabled: true,
	shouldPersistHeaders: false,
	plugins: [GraphiQLPluginExplorer.explorerPlugin()],
}));
