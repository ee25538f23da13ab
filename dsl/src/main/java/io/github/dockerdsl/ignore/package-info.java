/** The .dockerignore model: patterns that keep secrets and clutter out of the build context. */
package io.github.dockerdsl.ignore;
