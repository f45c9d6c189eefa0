package com.fintechkg.kg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract with Neo4j's internals: every type and member outside Neo4j's public API (the embedded database's
 * kernel, its security and connection types, its value classes, the driver's {@code internal} package) that the
 * service uses, named in one place ({@link #INTERNALS}) with who uses it and why. Neo4j promises nothing about these
 * between releases, so on an upgrade this test says, in one list, which of them moved or changed shape, rather than
 * leaving it to compile errors scattered over several packages, and it fails when code starts to use an internal
 * that is not named here.
 * <p>
 * What the internals must do is proved on a real database elsewhere: values converted in-process equal what the
 * driver decodes over Bolt, in-process read transactions cannot write, and a database that has gone away is
 * reported as unavailable ({@code InProcessReadsTests}); the database tells Bolt from in-process transactions
 * ({@code BoltWritesSwitchTests}); a request's statements share one transaction ({@code QueryApiTests}).
 */
class Neo4jInternalsContractTests {

	/** Where the service's sources are (the tests run in the project's directory). */
	private static final Path SOURCES = Path.of("src/main/java/com/fintechkg/kg");

	/** Packages and classes outside Neo4j's public API. */
	private static final List<String> INTERNAL_PREFIXES = List.of("org.neo4j.kernel.", "org.neo4j.internal.",
			"org.neo4j.values.", "org.neo4j.common.", "org.neo4j.driver.internal.",
			"org.neo4j.configuration.connectors.ConnectorPortRegister");

	private static final String GRAPH_DATABASE_API = "org.neo4j.kernel.internal.GraphDatabaseAPI";

	private static final String KERNEL_TRANSACTION = "org.neo4j.kernel.api.KernelTransaction";

	private static final String LOGIN_CONTEXT = "org.neo4j.internal.kernel.api.security.LoginContext";

	private static final String CLIENT_CONNECTION_INFO = "org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo";

	private static final String INTERNAL_TRANSACTION = "org.neo4j.kernel.impl.coreapi.InternalTransaction";

	private static final String STATUS = "org.neo4j.kernel.api.exceptions.Status";

	private static final String VALUE = "org.neo4j.driver.Value";

	/** Every internal the service uses: the type, the members used, who uses them and why. */
	static final List<Internal> INTERNALS = List.of(
			type(GRAPH_DATABASE_API, "graph/InProcessReads, graph/InProcessWrites, embedded/EmbeddedNeo4j",
					"what the embedded GraphDatabaseService is: begins a transaction with a security context, an "
							+ "origin and a timeout (read-only for the API's reads, embedded for the service's writes)")
				.method(INTERNAL_TRANSACTION, "beginTransaction", KERNEL_TRANSACTION + "$Type", LOGIN_CONTEXT,
						CLIENT_CONNECTION_INFO, "long", "java.util.concurrent.TimeUnit")
				.method("org.neo4j.common.DependencyResolver", "getDependencyResolver"),
			type(INTERNAL_TRANSACTION, "graph/InProcessReads, graph/InProcessWrites",
					"the transaction beginTransaction returns; statements run in it, it commits or closes")
				.method("org.neo4j.graphdb.Result", "execute", "java.lang.String", "java.util.Map")
				.method("void", "commit")
				.method("void", "close"),
			type(KERNEL_TRANSACTION, "graph/InProcessReads, graph/InProcessWrites, embedded/BoltWriteGuard",
					"the transaction type of beginTransaction; the guard asks a committing transaction where it came from")
				.constant(KERNEL_TRANSACTION + "$Type", "EXPLICIT")
				.method(CLIENT_CONNECTION_INFO, "clientInfo"),
			type(CLIENT_CONNECTION_INFO, "graph/InProcessReads, graph/InProcessWrites, embedded/BoltWriteGuard",
					"the origin a transaction is begun with (embedded), and the test the Bolt write guard applies")
				.constant(CLIENT_CONNECTION_INFO, "EMBEDDED_CONNECTION")
				.method("boolean", "isEmbedded"),
			type(LOGIN_CONTEXT, "graph/InProcessWrites", "the service's own writes run with authorisation off")
				.constant(LOGIN_CONTEXT, "AUTH_DISABLED"),
			type("org.neo4j.internal.kernel.api.security.SecurityContext", "graph/InProcessReads",
					"the read path's security context: reads only, so the database itself refuses a write")
				.method("org.neo4j.internal.kernel.api.security.SecurityContext", "authDisabled",
						"org.neo4j.internal.kernel.api.security.AccessMode", CLIENT_CONNECTION_INFO, "java.lang.String"),
			type("org.neo4j.internal.kernel.api.security.StaticAccessMode", "graph/InProcessReads",
					"the access mode of the read path's security context")
				.constant("org.neo4j.internal.kernel.api.security.StaticAccessMode", "READ"),
			type("org.neo4j.kernel.internal.event.InternalTransactionEventListener", "embedded/BoltWriteGuard",
					"the listener Neo4j calls before every commit with changes, data or schema, with the kernel "
							+ "transaction (and so its origin)")
				.method("java.lang.Object", "beforeCommit", "org.neo4j.graphdb.event.TransactionData", KERNEL_TRANSACTION,
						"org.neo4j.graphdb.GraphDatabaseService"),
			type(STATUS, "graph/InProcessReads, graphql/DatabaseErrors, embedded/BoltWriteGuard",
					"a database exception's status code: an unavailable database and a timed-out transaction are "
							+ "recognised by it; the guard's refusal carries Security.Forbidden")
				.method(STATUS + "$Code", "code")
				.constant(STATUS + "$Security", "Forbidden"),
			type(STATUS + "$HasStatus", "graph/InProcessReads, graphql/DatabaseErrors, embedded/BoltWriteGuard",
					"how an exception carries its status").method(STATUS, "status"),
			type(STATUS + "$Code", "graph/InProcessReads, graphql/DatabaseErrors",
					"a status code as text (Neo.TransientError.General.DatabaseUnavailable, ...)")
				.method("java.lang.String", "serialize"),
			type("org.neo4j.values.storable.DurationValue", "graph/InProcessValues",
					"how the embedded database returns a duration; converted to the driver's")
				.method("long", "get", "java.time.temporal.TemporalUnit"),
			type("org.neo4j.driver.internal.InternalRecord", "graph/InProcessReads",
					"an in-process row as the driver's Record, so every query maps rows once for both paths")
				.constructor("java.util.List", "java.util.List"),
			type("org.neo4j.driver.internal.InternalNode", "graph/InProcessValues", "an embedded node as the driver's")
				.constructor("long", "java.lang.String", "java.util.Collection", "java.util.Map"),
			type("org.neo4j.driver.internal.InternalRelationship", "graph/InProcessValues",
					"an embedded relationship as the driver's")
				.constructor("long", "java.lang.String", "long", "java.lang.String", "long", "java.lang.String",
						"java.lang.String", "java.util.Map"),
			type("org.neo4j.driver.internal.InternalPath", "graph/InProcessValues", "an embedded path as the driver's")
				.constructor("java.util.List"),
			type("org.neo4j.driver.internal.value.NodeValue", "graph/InProcessValues", "a node as a driver Value")
				.constructor("org.neo4j.driver.types.Node")
				.superType(VALUE),
			type("org.neo4j.driver.internal.value.RelationshipValue", "graph/InProcessValues",
					"a relationship as a driver Value")
				.constructor("org.neo4j.driver.types.Relationship")
				.superType(VALUE),
			type("org.neo4j.driver.internal.value.PathValue", "graph/InProcessValues", "a path as a driver Value")
				.constructor("org.neo4j.driver.types.Path")
				.superType(VALUE),
			type("org.neo4j.configuration.connectors.ConnectorPortRegister", "embedded/EmbeddedNeo4j",
					"the Bolt port actually bound when the configured one is 0")
				.method("org.neo4j.internal.helpers.HostnamePort", "getLocalAddress",
						"org.neo4j.configuration.connectors.ConnectorType"),
			type("org.neo4j.internal.helpers.HostnamePort", "embedded/EmbeddedNeo4j", "what getLocalAddress returns")
				.method("int", "getPort"),
			type("org.neo4j.common.DependencyResolver", "embedded/EmbeddedNeo4j",
					"finds the ConnectorPortRegister among the database's components")
				.method("java.lang.Object", "resolveDependency", "java.lang.Class"));

	@Test
	void everyNamedInternalStillHasTheShapeTheServiceUses() {
		List<String> broken = new ArrayList<>();
		for (Internal internal : INTERNALS) {
			broken.addAll(internal.check());
		}
		assertThat(broken).as("""
				Neo4j's internals changed (a Neo4j or driver upgrade?). Each line names what the service uses that is \
				gone or different, who uses it and why. Find what replaces it in the new version, adapt the user and \
				this list (Neo4jInternalsContractTests.INTERNALS), then run InProcessReadsTests, BoltWritesSwitchTests \
				and the API tests, which prove what these internals must do.""").isEmpty();
	}

	@Test
	void everyInternalTheServiceImportsIsNamedHere() throws IOException {
		Map<String, String> named = new TreeMap<>();
		INTERNALS.forEach((internal) -> named.put(internal.type, internal.usedBy));
		Map<String, String> unnamed = new TreeMap<>();
		Pattern imports = Pattern.compile("^import (?:static )?(org\\.neo4j\\.[\\w.]+);", Pattern.MULTILINE);
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = imports.matcher(Files.readString(file));
				while (matcher.find()) {
					String imported = matcher.group(1);
					if (isInternal(imported) && !named.containsKey(imported)
							&& named.keySet().stream().noneMatch((type) -> imported.startsWith(type + "."))) {
						unnamed.merge(imported, SOURCES.relativize(file).toString(), (a, b) -> a + ", " + b);
					}
				}
			}
		}
		assertThat(unnamed).as("""
				Neo4j internals used but not named in Neo4jInternalsContractTests.INTERNALS (type -> used in): name \
				each with the members used and why, so that an upgrade reports it""").isEmpty();
	}

	@Test
	void everyNamedInternalIsStillUsedWhereTheListSays() {
		List<String> stale = new ArrayList<>();
		for (Internal internal : INTERNALS) {
			String users = Arrays.stream(internal.usedBy.split(",\\s*"))
				.map((user) -> user.replaceAll(" .*", ""))
				.map((user) -> read(SOURCES.resolve(user + ".java")))
				.collect(Collectors.joining("\n"));
			for (String word : internal.words()) {
				if (!users.contains(word)) {
					stale.add(internal.type + ": '" + word + "' not found in " + internal.usedBy);
				}
			}
		}
		assertThat(stale).as("entries of Neo4jInternalsContractTests.INTERNALS that no longer match the code: "
				+ "correct or remove them").isEmpty();
	}

	private static boolean isInternal(String name) {
		return INTERNAL_PREFIXES.stream().anyMatch(name::startsWith);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A user named in INTERNALS does not exist: " + file, ex);
		}
	}

	private static Internal type(String type, String usedBy, String why) {
		return new Internal(type, usedBy, why);
	}

	/** One internal type and the members of it the service uses. */
	static final class Internal {

		final String type;

		final String usedBy;

		final String why;

		private final List<Member> members = new ArrayList<>();

		private @Nullable String superType;

		Internal(String type, String usedBy, String why) {
			this.type = type;
			this.usedBy = usedBy;
			this.why = why;
		}

		Internal method(String returns, String name, String... parameters) {
			this.members.add(new Member(Member.Kind.METHOD, returns, name, List.of(parameters)));
			return this;
		}

		Internal constructor(String... parameters) {
			this.members.add(new Member(Member.Kind.CONSTRUCTOR, this.type, "new", List.of(parameters)));
			return this;
		}

		/** A constant (an enum constant, a singleton): a static field of {@code holder} of that type. */
		Internal constant(String holder, String name) {
			this.members.add(new Member(Member.Kind.FIELD, holder, name, List.of()));
			return this;
		}

		Internal superType(String name) {
			this.superType = name;
			return this;
		}

		/** What the users' sources must mention: the type's simple name or its members' names. */
		List<String> words() {
			List<String> words = new ArrayList<>();
			for (Member member : this.members) {
				words.add((member.kind == Member.Kind.CONSTRUCTOR) ? "new " + simpleName(this.type) + "(" : member.name);
			}
			return words.isEmpty() ? List.of(simpleName(this.type)) : words;
		}

		/** What is missing or different, one line each. */
		List<String> check() {
			Class<?> owner;
			try {
				owner = load(this.type);
			}
			catch (ClassNotFoundException ex) {
				return List.of(describe("the type " + this.type + " is gone"));
			}
			List<String> broken = new ArrayList<>();
			if (this.superType != null && !isA(owner, this.superType)) {
				broken.add(describe(this.type + " is no longer a " + this.superType));
			}
			for (Member member : this.members) {
				String problem = member.check(owner);
				if (problem != null) {
					broken.add(describe(problem));
				}
			}
			return broken;
		}

		private String describe(String problem) {
			return problem + " (used by " + this.usedBy + ": " + this.why + ")";
		}

		private static boolean isA(Class<?> type, String name) {
			try {
				return load(name).isAssignableFrom(type);
			}
			catch (ClassNotFoundException ex) {
				return false;
			}
		}

	}

	/** A method, constructor or static field, by the names of its types. */
	record Member(Kind kind, String type, String name, List<String> parameters) {

		enum Kind {

			METHOD, CONSTRUCTOR, FIELD

		}

		@Nullable String check(Class<?> owner) {
			String signature = (this.kind == Kind.FIELD) ? this.type.replace('$', '.') + "." + this.name : owner.getName() + (
					((this.kind == Kind.CONSTRUCTOR) ? "#<init>" : "#" + this.name)
							+ this.parameters.stream().map(Neo4jInternalsContractTests::simpleName).collect(Collectors.joining(", ", "(", ")")));
			try {
				Class<?>[] types = new Class<?>[this.parameters.size()];
				for (int i = 0; i < types.length; i++) {
					types[i] = load(this.parameters.get(i));
				}
				switch (this.kind) {
					case CONSTRUCTOR -> owner.getConstructor(types);
					case FIELD -> {
						Class<?> holder = load(this.type);
						Field field = holder.getField(this.name);
						if (!Modifier.isStatic(field.getModifiers()) || !holder.isAssignableFrom(field.getType())) {
							return signature + " is no longer a constant of its type";
						}
					}
					case METHOD -> {
						Method method = owner.getMethod(this.name, types);
						if (!load(this.type).isAssignableFrom(method.getReturnType())) {
							return signature + " now returns " + method.getReturnType().getName() + ", not " + this.type;
						}
					}
				}
				return null;
			}
			catch (ClassNotFoundException ex) {
				return signature + ": the type " + ex.getMessage() + " is gone";
			}
			catch (NoSuchFieldException ex) {
				return signature + " is gone";
			}
			catch (NoSuchMethodException ex) {
				return signature + " is gone or takes other arguments";
			}
		}

	}

	static Class<?> load(String name) throws ClassNotFoundException {
		return switch (name) {
			case "void" -> void.class;
			case "boolean" -> boolean.class;
			case "int" -> int.class;
			case "long" -> long.class;
			default -> Class.forName(name, false, Neo4jInternalsContractTests.class.getClassLoader());
		};
	}

	static String simpleName(String name) {
		return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
	}

}
