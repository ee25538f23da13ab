/** Checks, quoting and feature scanning; not part of the API. */
package io.github.dockerdsl.internal;
