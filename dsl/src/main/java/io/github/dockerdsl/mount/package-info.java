/** The five RUN --mount types, each validating its own options. */
package io.github.dockerdsl.mount;
