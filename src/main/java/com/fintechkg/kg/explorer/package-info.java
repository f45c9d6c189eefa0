/**
 * The explorer page's content-security policy (the page itself is in {@code static/explorer}).
 */
@NullMarked
package com.fintechkg.kg.explorer;

import org.jspecify.annotations.NullMarked;
