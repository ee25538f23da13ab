package io.github.dockerdsl.cli;

import io.github.dockerdsl.presets.Preset;
import java.util.List;

/**
 * What {@code init} found in a project: the preset to use and, for each choice, the file it came
 * from, so the user can see why.
 *
 * @param kind node, python, go or java
 * @param preset the configured preset
 * @param evidence one line per decision, such as "npm: package-lock.json"
 */
record Detection(String kind, Preset preset, List<String> evidence) {
  Detection {
    evidence = List.copyOf(evidence);
  }
}
