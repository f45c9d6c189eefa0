package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.vocabulary.Kind;

/** One type of the relationship vocabulary and how many relations use it. */
public record RelationTypeInfo(String name, List<Kind> from, List<Kind> to, String description,
		long count) {
}
