package io.github.dockerdsl.maven;

import java.util.Map;

/**
 * The generating goals' configuration as one value, so it can be checked and tested without Maven.
 * Null means "not configured".
 *
 * @param module the application module of an aggregator (preset java), as its directory or artifactId
 */
record PresetConfig(String preset, String provider, Integer port, String variant, String healthPath,
    Integer javaVersion, String runtimeVersion, Map<String, String> labels, String target, String module) {
  /** The presets the plugin can configure, in the order error messages list them. */
  static final String PRESETS = "java, node, python, go";

  /** A configuration without {@code module}: a single-module project, or an aggregator with one application. */
  PresetConfig(String preset, String provider, Integer port, String variant, String healthPath, Integer javaVersion,
      String runtimeVersion, Map<String, String> labels, String target) {
    this(preset, provider, port, variant, healthPath, javaVersion, runtimeVersion, labels, target, null);
  }
}
