package com.fintechkg.kg.curation;

import java.util.List;
import java.util.Map;

import com.fintechkg.kg.curation.CurationInputs.DeleteEntityInput;
import com.fintechkg.kg.curation.CurationInputs.DeleteRelationInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertEntityInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertRelationInput;
import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Curators' mutations: checked against the seed's rules, then written by {@link CurationStore} in one
 * transaction each. Only callers with the CURATOR role get past {@code @PreAuthorize}; anonymous callers are
 * {@code UNAUTHORIZED}, others {@code FORBIDDEN}.
 */
@Controller
class CurationController {

	private final CurationRules rules;

	private final CurationStore store;

	private final ChangeQueries changes;

	CurationController(CurationRules rules, CurationStore store, ChangeQueries changes) {
		this.rules = rules;
		this.store = store;
		this.changes = changes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	Payloads.UpsertEntityPayload upsertEntity(@Argument UpsertEntityInput input, Authentication curator) {
		SeedModel.Entity entity = this.rules.entity(input);
		return this.store.upsertEntity(entity, input.expectedVersion(), curator.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	Payloads.UpsertRelationPayload upsertRelation(@Argument UpsertRelationInput input, Authentication curator) {
		Map<String, Kind> kinds = this.store.kinds(List.of(input.from(), input.to()));
		for (String end : List.of(input.from(), input.to())) {
			if (!kinds.containsKey(end)) {
				throw CurationException.notFound("No entity '" + end + "' to relate");
			}
		}
		SeedModel.Relation relation = this.rules.relation(input, kinds.get(input.from()), kinds.get(input.to()),
				this.store.groups(List.of(input.to())).contains(input.to()));
		return this.store.upsertRelation(relation, input.expectedVersion(), curator.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	Payloads.DeletePayload deleteRelation(@Argument DeleteRelationInput input, Authentication curator) {
		Citation citation = this.rules.deletion(input.citation(), input.reason());
		return this.store.deleteRelation(input.id(), input.expectedVersion(), citation, input.reason().strip(),
				curator.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	Payloads.DeletePayload deleteEntity(@Argument DeleteEntityInput input, Authentication curator) {
		Citation citation = this.rules.deletion(input.citation(), input.reason());
		return this.store.deleteEntity(input.id(), input.expectedVersion(), input.detach(), citation,
				input.reason().strip(), curator.getName());
	}

	@QueryMapping
	List<Change> changes(@Argument @Nullable String target, @Argument @Range(min = 1, max = Bounds.MAX_FIRST) int first) {
		return this.changes.latest(target, first);
	}


}
