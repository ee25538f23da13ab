package io.github.dockerdsl.presets;

/** Which base image a preset asks a hook about. */
public enum ImageRole {
  /** Stages that install dependencies and compile. */
  BUILD,
  /** The final stage that runs the application. */
  RUNTIME
}
