package com.fintechkg.kg.federation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityKind;
import com.fintechkg.kg.graph.GraphReads;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.federation.EntityMapping;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.stereotype.Controller;

/**
 * Resolves the references a supergraph's router sends ({@code _entities}): a batch of ids per kind, read in one
 * statement, answered in the order asked, null for an id that is not an entity of that kind.
 */
@Controller
class EntityReferences {

	private final GraphReads reads;

	EntityReferences(GraphReads reads) {
		this.reads = reads;
	}

	@EntityMapping("Institution")
	List<@Nullable Entity> institution(@Argument List<String> idList) {
		return find(idList, EntityKind.INSTITUTION);
	}

	@EntityMapping("Technology")
	List<@Nullable Entity> technology(@Argument List<String> idList) {
		return find(idList, EntityKind.TECHNOLOGY);
	}

	@EntityMapping("Regulation")
	List<@Nullable Entity> regulation(@Argument List<String> idList) {
		return find(idList, EntityKind.REGULATION);
	}

	@EntityMapping("Product")
	List<@Nullable Entity> product(@Argument List<String> idList) {
		return find(idList, EntityKind.PRODUCT);
	}

	@EntityMapping("Scenario")
	List<@Nullable Entity> scenario(@Argument List<String> idList) {
		return find(idList, EntityKind.SCENARIO);
	}

	@EntityMapping("Region")
	List<@Nullable Entity> region(@Argument List<String> idList) {
		return find(idList, EntityKind.REGION);
	}

	@EntityMapping("Indicator")
	List<@Nullable Entity> indicator(@Argument List<String> idList) {
		return find(idList, EntityKind.INDICATOR);
	}

	private List<@Nullable Entity> find(List<String> ids, EntityKind kind) {
		Map<String, Entity> found = new HashMap<>();
		// the kind's label comes from the fixed set of kinds, never from the request
		this.reads.query("MATCH (e:Entity) WHERE e.id IN $ids AND e:" + kind.typeName() + " RETURN e")
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Entity.from(row.get("e")))
			.all()
			.forEach((entity) -> found.put(entity.id(), entity));
		return ids.stream().map(found::get).toList();
	}

}
