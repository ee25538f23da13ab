/**
 * The importer: {@link io.github.dockerdsl.codegen.JavaImporter} turns an existing Dockerfile into the
 * dockerdsl Java code that writes it, for moving hand-written Dockerfiles into Java.
 */
package io.github.dockerdsl.codegen;
