package com.fintechkg.kg.traversal;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.relation.Relation;

/** Entities and the relations among them, shaped for drawing. */
public record Subgraph(List<Entity> nodes, List<Relation> relations, boolean truncated) {
}
