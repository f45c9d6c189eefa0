/**
 * HTTP caching of GraphQL reads: the graph's version ({@link com.fintechkg.kg.caching.GraphVersion}), the
 * {@code ETag}/{@code Cache-Control}/{@code 304} answers of {@code GET /graphql}, and automatic persisted queries
 * (a document sent once, then asked for by its SHA-256 hash), and the lists' {@code totalCount}s kept per graph
 * version ({@link com.fintechkg.kg.caching.TotalCounts}).
 */
@NullMarked
package com.fintechkg.kg.caching;

import org.jspecify.annotations.NullMarked;
