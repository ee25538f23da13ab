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
    if (explicitConfig.isPresent() && !java.nio.file.Files.isRegularFile(explicitConfig.get())) {
      throw new CliException(explicitConfig.get() + ": no such file (given with --config)");
    }
  }

  /**
   * The configuration that governs a Dockerfile in {@code directory}, if any. Here and in {@link #policy}
   * without lambdas or method references: they are the first a one-file lint runs, and each call site's
   * first use costs about a millisecond in the interpreter (docs/performance.md, fifth round).
   */
  Optional<LintConfig> configFor(Path directory) {
    Optional<Path> file = explicitConfig;
    if (file.isEmpty()) {
      file = nearest.get(directory);
      if (file == null) {
        file = LintConfig.find(directory);
        nearest.put(directory, file);
      }
    }
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path key = file.get().toAbsolutePath().normalize();
    LintConfig config = configs.get(key);
    if (config == null) {
      config = LintConfig.load(file.get());
      configs.put(key, config);
    }
    return Optional.of(config);
  }

  /** The policy under that configuration (or none). */
  Policy policy(Optional<LintConfig> config) {
    Optional<Path> key = config.isPresent() ? Optional.of(config.get().file().toAbsolutePath().normalize())
        : Optional.empty();
    Policy cached = policies.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<CompanyStandards> standards = standards(config);
    Policy policy = standards.isPresent() ? standards.get().policy() : Policy.strict();
    List<Path> all = new ArrayList<>(cliJars);
    if (config.isPresent()) {
      all.addAll(config.get().rulesJars());
    }
    for (Path jar : all) {
      Path jarKey = jar.toAbsolutePath().normalize();
      List<Rule> loaded = jars.get(jarKey);
      if (loaded == null) {
        loaded = RulesJar.load(jar);
        jars.put(jarKey, loaded);
      }
      for (Rule rule : loaded) {
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
    if (config.isPresent()) {
      path.addAll(config.get().standardsPath());
    }
    if (cliStandards.isPresent()) {
      return Optional.of(StandardsPath.find(cliStandards.get(), path, "--standards " + cliStandards.get()));
    }
    if (config.isPresent() && config.get().standards().isPresent()) {
      String name = config.get().standards().get();
      return Optional.of(StandardsPath.find(name, path, config.get().file() + ": standards = \"" + name + "\""));
    }
    if (config.isPresent() && !config.get().standardsPath().isEmpty()) {
      throw new CliException(config.get().file() + ": standards-path names jars but no standards = \"NAME\" says "
          + "which standards to apply");
    }
    return Optional.empty();
  }
}
