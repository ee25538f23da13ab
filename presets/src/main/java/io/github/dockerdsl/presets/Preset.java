package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.ignore.DockerIgnore;

/** A complete, checked Dockerfile and its {@code .dockerignore} for one kind of project. */
public interface Preset {
  /** The Dockerfile, built and checked against the preset's policy (strict unless customized). */
  Dockerfile toDockerfile();

  /** The {@code .dockerignore} that matches the Dockerfile: it never ignores a file the Dockerfile copies. */
  DockerIgnore toDockerIgnore();

  /** The same preset with a customization applied after those already applied. */
  Preset with(Customization customization);
}
