package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.entity.EntityKind;

/** One type of the relationship vocabulary and how many relations use it. */
public record RelationTypeInfo(String name, List<EntityKind> from, List<EntityKind> to, String description,
		long count) {
}
