package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;

/** A pure function from a Dockerfile to another, applied after a preset has built its output. */
@FunctionalInterface
public interface DockerfileTransform {
  /** The transformed Dockerfile; the input is never changed. */
  Dockerfile apply(Dockerfile dockerfile);
}
