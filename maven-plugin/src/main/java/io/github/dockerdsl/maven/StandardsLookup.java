package io.github.dockerdsl.maven;

import io.github.dockerdsl.presets.CompanyStandards;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code standards} parameter of generate, check and lint: company standards found by name with
 * {@link java.util.ServiceLoader} among the plugin's own dependencies (docs/company-standards-jar.md).
 */
final class StandardsLookup {
  private StandardsLookup() {}

  /** The standards named {@code name}, or empty when the parameter is not set. */
  static Optional<CompanyStandards> find(String name, ClassLoader plugin) throws ConfigurationException {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String wanted = name.strip();
    List<CompanyStandards> found;
    try {
      found = CompanyStandards.available(plugin);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("parameter 'standards' ('" + wanted + "'): " + e.getMessage());
    }
    for (CompanyStandards standards : found) {
      if (standards.name().equals(wanted)) {
        return Optional.of(standards);
      }
    }
    String listed = found.isEmpty() ? "none"
        : found.stream().map(s -> s.name() + " (" + s.summary() + ")").collect(Collectors.joining(", "));
    throw new ConfigurationException("parameter 'standards' is '" + wanted + "', which no jar on the plugin's class "
        + "path provides; found: " + listed + ". Add the jar of the standards to the plugin's <dependencies>");
  }
}
