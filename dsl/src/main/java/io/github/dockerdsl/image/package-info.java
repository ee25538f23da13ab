/** Image references, digests, platforms and stage references. */
package io.github.dockerdsl.image;
