/**
 * The compiled recipes of docs/company-standards.md: each common company standard (mirror and pin
 * images, trust the CA, labels, packages, files, policy) as code whose output is approval-tested.
 */
package io.github.dockerdsl.examples.standards;
