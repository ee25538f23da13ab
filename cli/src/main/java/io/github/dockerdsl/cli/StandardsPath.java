package io.github.dockerdsl.cli;

import io.github.dockerdsl.presets.CompanyStandards;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Company standards for {@code init} and {@code lint}, found by name with {@link java.util.ServiceLoader}
 * in the {@code --standards-path} jars and on the command's own class path (a jar added to the launcher's
 * {@code -cp}); see docs/company-standards-jar.md.
 */
final class StandardsPath {
  private StandardsPath() {}

  /**
   * The standards called {@code name}; {@code source} says where the name came from, for messages.
   *
   * @throws CliException naming the jars searched and listing the standards found when none has the name
   */
  static CompanyStandards find(String name, List<Path> jars, String source) {
    ClassLoader own = CompanyStandards.class.getClassLoader();
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        throw new CliException("standards jar " + jar + ": no such file");
      }
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new CliException("standards jar " + jar + ": " + e.getMessage(), e);
      }
    }
    // The parent sees dockerdsl itself, so the jar's standards implement the same interface. The loader
    // stays open: hooks and transforms load more classes and resources (a lock file) while presets build.
    ClassLoader loader = urls.isEmpty() ? own : new URLClassLoader(urls.toArray(URL[]::new), own);
    List<CompanyStandards> found;
    try {
      found = CompanyStandards.available(loader);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), e);
    }
    for (CompanyStandards standards : found) {
      if (standards.name().equals(name)) {
        return standards;
      }
    }
    String searched = jars.isEmpty() ? "on the class path"
        : "in " + jars.stream().map(Path::toString).collect(Collectors.joining(", ")) + " or on the class path";
    String listed = found.isEmpty() ? "none"
        : found.stream().map(s -> s.name() + " (" + s.summary() + ")").collect(Collectors.joining(", "));
    throw new CliException(String.format("%s: no standards named '%s' %s; found: %s. Pass the jar that provides "
        + "them with --standards-path JAR (it lists its class in META-INF/services/%s)",
        source, name, searched, listed, CompanyStandards.class.getName()));
  }

  /** Where standards came from, for the lines init prints: the jar holding the class, or the class path. */
  static String origin(CompanyStandards standards) {
    var source = standards.getClass().getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "the class path";
    }
    try {
      return Path.of(source.getLocation().toURI()).getFileName().toString();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }
}
