package io.github.dockerdsl.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The linter's configuration file, {@code .dockerdsl.toml} (docs/linter.md): rule severities and rules
 * turned off under {@code [rules]}, ignored paths and rules jars under {@code [lint]}. Each rule may
 * also be a table, {@code [rules.DF035]}, whose {@code severity} key sets the severity and whose
 * {@code options} table is kept for rules that take options. Unknown tables and keys are errors, so a
 * typo never silently does nothing. Two top-level keys name the company standards whose policy is the
 * base: {@code standards = "acme"} and {@code standards-path = ["acme-standards.jar"]}
 * (docs/company-standards-jar.md).
 *
 * @param file the file read, for messages
 * @param rules the settings per rule code, in file order
 * @param ignore glob patterns, relative to the file's directory, of Dockerfiles not to lint
 * @param rulesJars jars of company rules, resolved against the file's directory
 * @param standards the company standards whose policy lints the files, if named
 * @param standardsPath jars holding company standards, resolved against the file's directory
 */
record LintConfig(Path file, Map<String, RuleSetting> rules, List<String> ignore, List<Path> rulesJars,
    Optional<String> standards, List<Path> standardsPath) {
  /** The name looked for in the linted file's directory and each directory above it. */
  static final String FILE_NAME = ".dockerdsl.toml";

  /**
   * One rule's setting.
   *
   * @param severity the severity to report at; empty when only options are given
   * @param off true when the rule is turned off
   * @param options the rule's {@code options} table, for rules that take options
   */
  record RuleSetting(Optional<Severity> severity, boolean off, Map<String, JsonNode> options) {}

  /** The nearest {@code .dockerdsl.toml} in {@code start} (a directory) or a directory above it. */
  static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Reads and checks a configuration file; every problem names the file and the key. */
  static LintConfig load(Path file) {
    String text = DockerfileInput.read(file);
    JsonNode root;
    try {
      root = new TomlMapper().readTree(text);
    } catch (JacksonException e) {
      throw new CliException(file + ": is not valid TOML: " + e.getOriginalMessage());
    }
    List<String> ignore = new ArrayList<>();
    List<Path> jars = new ArrayList<>();
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Optional<String> standards = Optional.empty();
    List<Path> standardsPath = new ArrayList<>();
    Path dir = file.toAbsolutePath().normalize().getParent();
    for (Map.Entry<String, JsonNode> table : root.properties()) {
      switch (table.getKey()) {
        case "standards" -> {
          if (!table.getValue().isTextual() || table.getValue().asText().isBlank()) {
            throw new CliException(String.format(
                "%s: standards is '%s', not a name; write standards = \"acme\" before the first table", file,
                table.getValue()));
          }
          standards = Optional.of(table.getValue().asText());
        }
        case "standards-path" -> strings(file, "standards-path", table.getValue())
            .forEach(j -> standardsPath.add(dir.resolve(j)));
        case "lint" -> {
          JsonNode lint = table(file, "lint", table.getValue());
          for (Map.Entry<String, JsonNode> key : lint.properties()) {
            switch (key.getKey()) {
              case "ignore" -> ignore.addAll(strings(file, "lint.ignore", key.getValue()));
              case "rules-jars" -> strings(file, "lint.rules-jars", key.getValue()).forEach(j -> jars.add(dir.resolve(j)));
              default -> throw new CliException(String.format(
                  "%s: unknown key lint.%s; [lint] takes ignore and rules-jars", file, key.getKey()));
            }
          }
        }
        case "rules" -> {
          JsonNode table2 = table(file, "rules", table.getValue());
          for (Map.Entry<String, JsonNode> rule : table2.properties()) {
            rules.put(rule.getKey(), setting(file, rule.getKey(), rule.getValue()));
          }
        }
        default -> throw new CliException(String.format(
            "%s: unknown table [%s]; the configuration has [lint] and [rules] (and the keys standards and "
                + "standards-path before them), see docs/linter.md",
            file, table.getKey()));
      }
    }
    for (String pattern : ignore) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      } catch (IllegalArgumentException e) {
        throw new CliException(String.format("%s: lint.ignore pattern '%s' is not a valid glob: %s", file, pattern,
            e.getMessage()));
      }
    }
    return new LintConfig(file, rules, List.copyOf(ignore), List.copyOf(jars), standards,
        List.copyOf(standardsPath));
  }

  private static JsonNode table(Path file, String name, JsonNode node) {
    if (!node.isObject()) {
      throw new CliException(String.format("%s: %s is not a table; write [%s] on a line of its own", file, name, name));
    }
    return node;
  }

  private static List<String> strings(Path file, String key, JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (element.isTextual()) {
          out.add(element.asText());
          continue;
        }
        throw new CliException(String.format("%s: %s holds '%s', which is not a string; quote it", file, key, element));
      }
      return out;
    }
    throw new CliException(String.format("%s: %s is not a list of strings; write e.g. %s = [\"a\", \"b\"]",
        file, key, key.substring(key.indexOf('.') + 1)));
  }

  private static RuleSetting setting(Path file, String code, JsonNode node) {
    if (node.isTextual()) {
      return level(file, "rules." + code, node.asText(), Map.of());
    }
    if (!node.isObject()) {
      throw new CliException(String.format(
          "%s: rules.%s is neither a severity nor a table; write %s = \"warning\" (error, warning, info or off)",
          file, code, code));
    }
    Optional<String> severity = Optional.empty();
    Map<String, JsonNode> options = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> key : node.properties()) {
      switch (key.getKey()) {
        case "severity" -> {
          if (!key.getValue().isTextual()) {
            throw new CliException(String.format("%s: rules.%s.severity is not a string; write severity = \"warning\"",
                file, code));
          }
          severity = Optional.of(key.getValue().asText());
        }
        case "options" -> table(file, "rules." + code + ".options", key.getValue()).properties()
            .forEach(o -> options.put(o.getKey(), o.getValue()));
        default -> throw new CliException(String.format(
            "%s: unknown key rules.%s.%s; a rule's table takes severity and options", file, code, key.getKey()));
      }
    }
    return severity.map(s -> level(file, "rules." + code + ".severity", s, options))
        .orElse(new RuleSetting(Optional.empty(), false, Map.copyOf(options)));
  }

  private static RuleSetting level(Path file, String key, String value, Map<String, JsonNode> options) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "off" -> new RuleSetting(Optional.empty(), true, Map.copyOf(options));
      case "error" -> new RuleSetting(Optional.of(Severity.ERROR), false, Map.copyOf(options));
      case "warning" -> new RuleSetting(Optional.of(Severity.WARNING), false, Map.copyOf(options));
      case "info" -> new RuleSetting(Optional.of(Severity.INFO), false, Map.copyOf(options));
      default -> throw new CliException(String.format(
          "%s: %s is '%s'; give error, warning, info or off", file, key, value));
    };
  }

  /** The ignore pattern that matches {@code dockerfile}, if any; paths outside the file's directory never match. */
  Optional<String> ignoring(Path dockerfile) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    Path absolute = dockerfile.toAbsolutePath().normalize();
    if (!absolute.startsWith(dir)) {
      return Optional.empty();
    }
    Path relative = dir.relativize(absolute);
    for (String pattern : ignore) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      if (matcher.matches(relative)) {
        return Optional.of(pattern);
      }
    }
    return Optional.empty();
  }

  /** {@code base} with this file's severities and rules turned off; a rule code the policy lacks is an error. */
  Policy apply(Policy base) {
    Policy policy = base;
    for (Map.Entry<String, RuleSetting> e : rules.entrySet()) {
      // company-policy rules (DF070, DF071) join the policy only when this file configures them
      if (e.getValue().off() && OptInRules.isOptIn(e.getKey())) {
        continue; // off is where an opt-in rule starts
      }
      Optional<Rule> optIn = OptInRules.configured(file, e.getKey(), e.getValue().options());
      if (optIn.isPresent()) {
        policy = policy.withRule(optIn.get());
      }
      Rule rule = optIn.or(() -> base.rules().stream().filter(r -> r.id().code().equals(e.getKey())).findFirst())
          .orElseThrow(() -> new CliException(String.format(
              "%s: rules.%s names no rule; 'dockerdsl rules' lists the built-in ones, and company rules come "
                  + "from --rules-jar or lint.rules-jars", file, e.getKey())));
      RuleSetting setting = e.getValue();
      if (optIn.isEmpty() && !setting.options().isEmpty()) {
        throw new CliException(String.format("%s: rules.%s.options: rule %s takes no options", file, e.getKey(),
            rule.id()));
      }
      try {
        if (setting.off()) {
          policy = policy.without(rule, "turned off in " + file);
        } else if (setting.severity().isPresent()) {
          policy = policy.withSeverity(rule, setting.severity().get());
        }
      } catch (IllegalArgumentException ex) {
        throw new CliException(file + ": rules." + e.getKey() + ": " + ex.getMessage(), ex);
      }
    }
    return policy;
  }
}
