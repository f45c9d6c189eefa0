/**
 * The GraphiQL page, served with its scripts from the jar, and the redirect of a browser's GET of the API to it.
 */
@NullMarked
package com.fintechkg.kg.graphiql;

import org.jspecify.annotations.NullMarked;
