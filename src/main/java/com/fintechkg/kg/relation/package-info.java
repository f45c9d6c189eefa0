/**
 * Relations over GraphQL: typed relation fields from {@code @relation} declarations, relations seen from an entity, the relation list and the vocabulary.
 */
@NullMarked
package com.fintechkg.kg.relation;

import org.jspecify.annotations.NullMarked;
