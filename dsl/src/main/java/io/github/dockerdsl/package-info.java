/** Dockerfiles and stages: the entry points of the model. */
package io.github.dockerdsl;
