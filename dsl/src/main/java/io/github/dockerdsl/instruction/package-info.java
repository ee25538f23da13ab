/** One record per Dockerfile instruction, and the values they hold. */
package io.github.dockerdsl.instruction;
