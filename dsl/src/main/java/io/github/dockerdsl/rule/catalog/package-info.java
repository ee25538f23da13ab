/** The built-in rules; reached through {@code Rules}, not exported. */
package io.github.dockerdsl.rule.catalog;
