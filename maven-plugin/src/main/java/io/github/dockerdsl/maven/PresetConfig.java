package io.github.dockerdsl.maven;

import java.util.Map;

/**
 * The generating goals' configuration as one value, so it can be checked and tested without Maven.
 * Null means "not configured".
 */
record PresetConfig(String preset, String provider, Integer port, String variant, String healthPath,
    Integer javaVersion, String runtimeVersion, Map<String, String> labels, String target) {
  /** The presets the plugin can configure, in the order error messages list them. */
  static final String PRESETS = "java, node, python, go";
}
