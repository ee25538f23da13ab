package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The company-policy rules that are off until a configuration file gives their options (DF070
 * AllowedRegistries, DF071 LabelSchema), built from {@code [rules.CODE] options}; see docs/linter.md.
 */
final class OptInRules {
  private OptInRules() {}

  /** True for the codes of the rules that only a configuration turns on. */
  static boolean isOptIn(String code) {
    return Rules.optIn().stream().anyMatch(r -> r.id().code().equals(code));
  }

  /** The {@code .dockerdsl.toml} table that turns an opt-in rule on, as {@code dockerdsl rules} shows it. */
  static String howToEnable(String code) {
    return switch (code) {
      case "DF070" -> "[rules.DF070]\noptions = { registries = [\"registry.acme.com\"] }";
      case "DF071" -> "[rules.DF071]\noptions = { labels = { \"org.opencontainers.image.source\" = \"url\" } }";
      default -> throw new IllegalArgumentException("rule " + code + " is not an opt-in rule");
    };
  }

  /** The configured rule when {@code code} names an opt-in rule; empty for every other code. */
  static Optional<Rule> configured(Path file, String code, Map<String, JsonNode> options) {
    return switch (code) {
      case "DF070" -> Optional.of(allowedRegistries(file, options));
      case "DF071" -> Optional.of(labelSchema(file, options));
      default -> Optional.empty();
    };
  }

  private static Rule allowedRegistries(Path file, Map<String, JsonNode> options) {
    String at = "rules.DF070.options";
    unknownKeys(file, at, options, List.of("registries"));
    JsonNode registries = options.get("registries");
    if (registries == null || !registries.isArray() || registries.isEmpty()) {
      throw new CliException(String.format(
          "%s: %s.registries is missing; DF070 is off until it lists the allowed registries, "
              + "e.g. registries = [\"registry.acme.com\", \"ghcr.io\"]", file, at));
    }
    List<String> hosts = new ArrayList<>();
    registries.forEach(r -> {
      if (!r.isTextual()) {
        throw new CliException(String.format("%s: %s.registries holds %s, not a host name", file, at, r));
      }
      hosts.add(r.asText());
    });
    try {
      return Rules.allowedRegistries(hosts);
    } catch (IllegalArgumentException e) {
      throw new CliException(file + ": " + at + ".registries: " + e.getMessage(), e);
    }
  }

  private static Rule labelSchema(Path file, Map<String, JsonNode> options) {
    String at = "rules.DF071.options";
    unknownKeys(file, at, options, List.of("labels", "strict"));
    JsonNode labels = options.get("labels");
    if (labels == null || !labels.isObject() || labels.isEmpty()) {
      throw new CliException(String.format(
          "%s: %s.labels is missing; DF071 is off until it names the required labels and their formats, "
              + "e.g. labels = { \"org.opencontainers.image.source\" = \"url\" }", file, at));
    }
    Map<String, String> formats = new LinkedHashMap<>();
    labels.properties().forEach(e -> formats.put(e.getKey(), e.getValue().asText()));
    JsonNode strict = options.get("strict");
    if (strict != null && !strict.isBoolean()) {
      throw new CliException(String.format("%s: %s.strict is '%s'; allowed values: true, false", file, at,
          strict.asText()));
    }
    try {
      return Rules.labelSchema(formats, strict != null && strict.asBoolean());
    } catch (IllegalArgumentException e) {
      throw new CliException(file + ": " + at + ".labels: " + e.getMessage(), e);
    }
  }

  private static void unknownKeys(Path file, String at, Map<String, JsonNode> options, List<String> known) {
    for (String key : options.keySet()) {
      if (!known.contains(key)) {
        throw new CliException(String.format("%s: unknown key %s.%s; it takes %s", file, at, key,
            String.join(" and ", known)));
      }
    }
  }
}
