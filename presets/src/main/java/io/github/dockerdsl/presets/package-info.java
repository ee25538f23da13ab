/** Presets: complete, checked Dockerfiles and .dockerignore files for Node, Python, Go and Java. */
package io.github.dockerdsl.presets;
