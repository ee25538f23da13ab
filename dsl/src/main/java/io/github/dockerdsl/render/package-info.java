/** The writer, the only producer of Dockerfile text, and {@link io.github.dockerdsl.render.GeneratedFiles}, the one way generated files reach the disk. */
package io.github.dockerdsl.render;
