/**
 * The jar's entry point and command-line modes: serve the API, {@code seed validate|load|export}, {@code token}, {@code generate}, and the schema generation command.
 */
@NullMarked
package com.fintechkg.kg.command;

import org.jspecify.annotations.NullMarked;
