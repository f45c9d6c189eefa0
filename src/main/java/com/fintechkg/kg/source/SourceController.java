package com.fintechkg.kg.source;

import java.util.List;

import com.fintechkg.kg.relation.IncidentRelation;
import com.fintechkg.kg.relation.Relation;
import com.fintechkg.kg.relation.RelationProperties;
import com.fintechkg.kg.stored.Citation;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Sources, and the {@code source} of every citation and relation, from the in-memory {@link SourceCatalog}. */
@Controller
class SourceController {

	private final SourceCatalog catalog;

	SourceController(SourceCatalog catalog) {
		this.catalog = catalog;
	}

	@QueryMapping
	List<Source> sources() {
		return this.catalog.all();
	}

	@SchemaMapping(typeName = "Citation", field = "source")
	Source citationSource(Citation citation) {
		return this.catalog.find(citation.source()).orElseThrow();
	}

	@SchemaMapping(typeName = "Relation", field = "source")
	Source relationSource(Relation relation) {
		return this.catalog.find(relation.sourceId()).orElseThrow();
	}

	@SchemaMapping(typeName = "IncidentRelation", field = "source")
	Source incidentRelationSource(IncidentRelation relation) {
		return this.catalog.find(relation.sourceId()).orElseThrow();
	}

	@SchemaMapping(typeName = "RelationProperties", field = "source")
	Source propertiesSource(RelationProperties properties) {
		return this.catalog.find(properties.sourceId()).orElseThrow();
	}

}
