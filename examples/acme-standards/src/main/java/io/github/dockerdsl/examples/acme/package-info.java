/**
 * A company-standards example: ACME's registry mirror, digest lock, labels, CA certificate and
 * policy as one {@code Customization} applied to every preset.
 */
package io.github.dockerdsl.examples.acme;
