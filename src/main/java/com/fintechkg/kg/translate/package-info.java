/**
 * One Cypher statement per root field: a query's root lookup or page and every relation field selected below it,
 * translated from the selection and the vocabulary-driven schema, in place of one statement per nesting level.
 */
@NullMarked
package com.fintechkg.kg.translate;

import org.jspecify.annotations.NullMarked;
