/**
 * Entities over GraphQL: lookups and lists of every kind (wired per kind of the vocabulary), the kinds themselves, and the {@code Entity} type resolver.
 */
@NullMarked
package com.fintechkg.kg.entity;

import org.jspecify.annotations.NullMarked;
