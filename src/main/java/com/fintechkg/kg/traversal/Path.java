package com.fintechkg.kg.traversal;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.relation.Relation;

/** A chain of relations between two entities. */
public record Path(int length, List<Entity> nodes, List<Relation> relations) {
}
