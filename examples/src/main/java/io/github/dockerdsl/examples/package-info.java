/** Runnable examples; every documentation snippet comes from here. */
package io.github.dockerdsl.examples;
