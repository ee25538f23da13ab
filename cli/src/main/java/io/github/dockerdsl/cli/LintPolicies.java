package io.github.dockerdsl.cli;

import io.github.dockerdsl.presets.CompanyStandards;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which policy lints which file: {@code Policy.strict()}, or the policy of the company standards named
 * by {@code --standards} (else by the configuration's {@code standards} key), plus the rules of
 * {@code --rules-jar} jars, then the configuration ({@code --config FILE}, or the {@code .dockerdsl.toml} nearest the file) with
 * its own rules jars, severities, rules turned off and ignored paths. Configurations and jars are read
 * once per run.
 */
final class LintPolicies {
  private final Optional<Path> explicitConfig;
  private final List<Path> cliJars;
  private final Optional<String> cliStandards;
  private final List<Path> cliStandardsPath;
  private final Map<Path, LintConfig> configs = new HashMap<>();
  private final Map<Path, List<Rule>> jars = new HashMap<>();
  private final Map<Optional<Path>, Policy> policies = new HashMap<>();
  /** The nearest configuration of each directory seen: a thousand files in one directory look once, not a thousand times. */
  private final Map<Path, Optional<Path>> nearest = new HashMap<>();

  /** The policies for one run; a {@code --config} file must exist. */
  LintPolicies(Optional<Path> explicitConfig, List<Path> cliJars, Optional<String> cliStandards,
      List<Path> cliStandardsPath) {
    this.explicitConfig = explicitConfig;
    this.cliJars = List.copyOf(cliJars);
    this.cliStandards = cliStandards;
    this.cliStandardsPath = List.copyOf(cliStandardsPath);
    if (cliStandards.isEmpty() && !cliStandardsPath.isEmpty()) {
      throw new CliException("--standards-path " + cliStandardsPath.get(0) + " names a jar but not the standards "
          + "to apply; add --standards NAME (or standards = \"NAME\" in .dockerdsl.toml)");
    }
    explicitConfig.ifPresent(c -> {
      if (!java.nio.file.Files.isRegularFile(c)) {
        throw new CliException(c + ": no such file (given with --config)");
      }
    });
  }

  /** The configuration that governs a Dockerfile in {@code directory}, if any. */
  Optional<LintConfig> configFor(Path directory) {
    Optional<Path> file = explicitConfig.isPresent() ? explicitConfig
        : nearest.computeIfAbsent(directory, LintConfig::find);
    return file.map(f -> configs.computeIfAbsent(f.toAbsolutePath().normalize(), k -> LintConfig.load(f)));
  }

  /** The policy under that configuration (or none). */
  Policy policy(Optional<LintConfig> config) {
    Optional<Path> key = config.map(c -> c.file().toAbsolutePath().normalize());
    Policy cached = policies.get(key);
    if (cached != null) {
      return cached;
    }
    Policy policy = standards(config).map(CompanyStandards::policy).orElseGet(Policy::strict);
    List<Path> all = new ArrayList<>(cliJars);
    config.ifPresent(c -> all.addAll(c.rulesJars()));
    for (Path jar : all) {
      for (Rule rule : jars.computeIfAbsent(jar.toAbsolutePath().normalize(), k -> RulesJar.load(jar))) {
        try {
          policy = policy.withRule(rule);
        } catch (IllegalArgumentException e) {
          throw new CliException("rules jar " + jar + ": " + e.getMessage(), e);
        }
      }
    }
    if (config.isPresent()) {
      policy = config.get().apply(policy);
    }
    policies.put(key, policy);
    return policy;
  }

  /** The standards named on the command line, which win, else in the configuration. */
  private Optional<CompanyStandards> standards(Optional<LintConfig> config) {
    List<Path> path = new ArrayList<>(cliStandardsPath);
    config.ifPresent(c -> path.addAll(c.standardsPath()));
    if (cliStandards.isPresent()) {
      return Optional.of(StandardsPath.find(cliStandards.get(), path, "--standards " + cliStandards.get()));
    }
    if (config.isPresent() && config.get().standards().isPresent()) {
      String name = config.get().standards().get();
      return Optional.of(StandardsPath.find(name, path, config.get().file() + ": standards = \"" + name + "\""));
    }
    config.filter(c -> !c.standardsPath().isEmpty()).ifPresent(c -> {
      throw new CliException(c.file() + ": standards-path names jars but no standards = \"NAME\" says which "
          + "standards to apply");
    });
    return Optional.empty();
  }
}
