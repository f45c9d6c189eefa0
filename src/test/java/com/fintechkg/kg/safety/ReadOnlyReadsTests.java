package com.fintechkg.kg.safety;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.graph.InProcessReads;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads cannot write: every component that reads the graph reads through {@link GraphReads} (whose transactions
 * are read-only on both of its paths) or runs in read-only transactions itself, and Neo4j refuses a write in such
 * a transaction. Only the named writers (seed loading, schema, curation) may write.
 */
@KnowledgeGraphTest
class ReadOnlyReadsTests {

	/** Components allowed to open write transactions, each for a documented reason. */
	private static final Set<String> WRITERS = Set.of(
			"seedLoader", // writes the seed in one transaction at start-up
			"seedRunner", // runs the loader
			"curationStore", // curators' mutations, authorised and validated
			"graphWrites", // the writers' one write path (in-process with the embedded database)
			"embeddedNeo4j"); // sets the initial password of the embedded server

	/** The read paths themselves: read-only by construction, which the write tests below prove. */
	private static final Set<Class<?>> READ_PATHS = Set.of(GraphReads.class, InProcessReads.class);

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	GraphReads reads;

	@Test
	void everyComponentThatReadsTheGraphReadsThroughGraphReadsOrIsReadOnly() {
		List<String> throughGraphReads = new ArrayList<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Class<?> type = AopUtils.getTargetClass(this.context.getBean(name));
			if (!type.getPackageName().startsWith("com.fintechkg.kg") || WRITERS.contains(name)
					|| READ_PATHS.contains(type)) {
				continue;
			}
			if (hasField(type, GraphReads.class)) {
				throughGraphReads.add(name);
			}
			if (hasField(type, Neo4jClient.class) || hasField(type, Driver.class)
					|| hasField(type, GraphDatabaseService.class)) {
				Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
				assertThat(transactional).as("%s reads the graph directly but is not @Transactional(readOnly = true)", name)
					.isNotNull();
				assertThat(transactional.readOnly()).as("%s must be read-only", name).isTrue();
			}
		}
		assertThat(throughGraphReads).as("the query classes found").contains("entityQueries", "relationQueries",
				"searchQueries", "traversalQueries", "statsQueries", "sourceQueries", "exportQueries", "changeQueries");
	}

	@Test
	void aWriteThroughTheReadPathIsRefusedByTheDatabaseWithOrWithoutARequestScope() {
		long before = entities();
		String write = "CREATE (e:Entity {id: 'written-by-a-read'}) RETURN count(e) AS n";

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.reads.query(write).fetchAs(Long.class).all());
		try (GraphReads.Scope scope = this.reads.openScope()) {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.reads.query(write).fetchAs(Long.class).all());
		}
		assertThat(entities()).isEqualTo(before);
		assertThat(this.reads.query("MATCH (e {id: 'written-by-a-read'}) RETURN count(e)").fetchAs(Long.class).one())
			.contains(0L);
	}

	@Test
	void aWriteInAReadOnlyTransactionIsRefusedByTheDatabase() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		long before = entities();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> readOnly.executeWithoutResult((status) ->
					this.neo4j.query("CREATE (:Entity {id: 'written-by-a-read'})").run()))
			.withMessageContaining("read access mode");
		assertThat(entities()).isEqualTo(before);
		assertThat(this.neo4j.query("MATCH (e {id: 'written-by-a-read'}) RETURN count(e)").fetchAs(Long.class).one())
			.contains(0L);
	}

	private long entities() {
		return this.neo4j.query("MATCH (e:Entity) RETURN count(e)").fetchAs(Long.class).one().orElseThrow();
	}

	private static boolean hasField(Class<?> type, Class<?> fieldType) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (fieldType.isAssignableFrom(field.getType())) {
					return true;
				}
			}
		}
		return false;
	}

}
