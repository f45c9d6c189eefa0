package com.fintechkg.kg.curation;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.relation.Relation;

/** The results of the curation mutations. */
final class Payloads {

	private Payloads() {
	}

	record UpsertEntityPayload(Entity entity, boolean created, Change change) {
	}

	record UpsertRelationPayload(Relation relation, boolean created, Change change) {
	}

	record DeletePayload(String id, List<String> deletedRelations, Change change) {
	}

}
