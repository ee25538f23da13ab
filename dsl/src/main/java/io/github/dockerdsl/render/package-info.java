/** The writer: the only producer of Dockerfile text. */
package io.github.dockerdsl.render;
