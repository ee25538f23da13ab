/** Reads Dockerfile text into the model ({@link io.github.dockerdsl.parse.DockerfileParser}) and formats it. */
package io.github.dockerdsl.parse;
