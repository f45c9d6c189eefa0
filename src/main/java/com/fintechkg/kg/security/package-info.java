/**
 * API tokens and who may call what.
 */
@NullMarked
package com.fintechkg.kg.security;

import org.jspecify.annotations.NullMarked;
