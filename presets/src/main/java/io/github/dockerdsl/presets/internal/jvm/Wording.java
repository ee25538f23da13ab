package io.github.dockerdsl.presets.internal.jvm;

/**
 * How the tool that runs the detection names its overrides in messages and evidence, so that
 * {@code dockerdsl init} says {@code --port} where the Maven plugin says {@code <port>}. Not API.
 *
 * @param port the override of the port ({@code --port}, {@code <port>})
 * @param healthPath the override of the health path ({@code --health-path}, {@code <healthPath>})
 * @param noHealthcheck the override that turns the healthcheck off
 * @param verb how a message asks for an override ({@code pass}, {@code set})
 * @param nothingWritten the end of an error message that refuses a setting, such as {@code " (nothing was written)"}
 * @param fixIt the end of an error message about a file that cannot be parsed
 * @param tool the tool's name in explanations ({@code init})
 */
public record Wording(String port, String healthPath, String noHealthcheck, String verb, String nothingWritten,
    String fixIt, String tool) {
  /** The override that fixes a bad value of {@code key}: a port's, or else the health path's. */
  String overrideFor(String key) {
    return key.contains("port") ? port : healthPath;
  }
}
