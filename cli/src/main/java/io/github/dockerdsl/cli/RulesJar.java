package io.github.dockerdsl.cli;

import io.github.dockerdsl.rule.Rule;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Company rules from a jar, found with {@link ServiceLoader}: the jar lists its rule classes in
 * {@code META-INF/services/io.github.dockerdsl.rule.Rule}, so the policy a company's builds enforce
 * also runs in {@code dockerdsl lint} (docs/linter.md, "Company rules").
 */
final class RulesJar {
  private RulesJar() {}

  /** The rules the jar provides, in the order its services file lists them. */
  static List<Rule> load(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new CliException("rules jar " + jar + ": no such file");
    }
    URL url;
    try {
      url = jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new CliException("rules jar " + jar + ": " + e.getMessage(), e);
    }
    // The parent sees dockerdsl itself, so the jar's rules implement the same Rule interface. The loader
    // stays open: rules may load more classes while they check.
    URLClassLoader loader = new URLClassLoader(new URL[] {url}, Rule.class.getClassLoader());
    List<Rule> rules = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<Rule> provider : ServiceLoader.load(Rule.class, loader).stream().toList()) {
        rules.add(provider.get());
      }
    } catch (ServiceConfigurationError e) {
      throw new CliException("rules jar " + jar + ": " + e.getMessage(), e);
    }
    if (rules.isEmpty()) {
      throw new CliException("rules jar " + jar + " provides no rules; list each rule class, one per line, in "
          + "META-INF/services/io.github.dockerdsl.rule.Rule inside the jar");
    }
    return rules;
  }
}
