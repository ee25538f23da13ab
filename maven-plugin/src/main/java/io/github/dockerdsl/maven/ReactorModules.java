package io.github.dockerdsl.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * The modules of an aggregator as the reactor holds them (the projects Maven built from every
 * module's POM, with parents, properties and profiles applied) and the one that builds the
 * application: what the Java preset needs for a multi-module build. Nothing here reads a
 * {@code pom.xml}; the module directories are the only paths it looks at, for their {@code src}.
 */
final class ReactorModules {
  static final String BOOT_PLUGIN = "org.springframework.boot:spring-boot-maven-plugin";
  static final List<String> QUARKUS_PLUGINS = List.of("io.quarkus:quarkus-maven-plugin",
      "io.quarkus.platform:quarkus-maven-plugin");

  /**
   * One module.
   *
   * @param dir its directory relative to the root, with {@code /}, as the Dockerfile names it
   * @param project the project the reactor built from its POM
   */
  record Module(String dir, MavenProject project) {}

  private final MavenProject root;
  private final List<Module> modules;

  private ReactorModules(MavenProject root, List<Module> modules) {
    this.root = root;
    this.modules = List.copyOf(modules);
  }

  /** Whether {@code project} is an aggregator, whose Dockerfile builds one of its modules. */
  static boolean isAggregator(MavenProject project) {
    return "pom".equals(project.getPackaging()) && !project.getModules().isEmpty();
  }

  /**
   * The modules of {@code root}, depth first in {@code <modules>} order, found among its collected
   * projects (every project below it in the reactor).
   *
   * @throws ConfigurationException when a module is not in the reactor, or lies outside the root directory
   */
  static ReactorModules of(MavenProject root) throws ConfigurationException {
    Map<Path, MavenProject> byDir = new HashMap<>();
    // null, not empty, when Maven built the root alone (-N)
    List<MavenProject> collected = root.getCollectedProjects() == null ? List.of() : root.getCollectedProjects();
    for (MavenProject p : collected) {
      byDir.put(dir(p), p);
    }
    List<Module> out = new ArrayList<>();
    collect(dir(root), root, byDir, out);
    return new ReactorModules(root, out);
  }

  private static void collect(Path base, MavenProject parent, Map<Path, MavenProject> byDir, List<Module> out)
      throws ConfigurationException {
    for (String module : parent.getModules()) {
      Path dir = dir(parent).resolve(module).normalize();
      if (module.endsWith(".xml")) {
        dir = dir.getParent();
      }
      if (!dir.startsWith(base) || dir.equals(base)) {
        throw new ConfigurationException(parent.getArtifactId() + " lists module '" + module + "', which lies outside "
            + base + ", the directory the Dockerfile builds from; move the module below it, or write a "
            + "DockerfileProvider and set <provider>");
      }
      MavenProject project = byDir.get(dir);
      if (project == null) {
        throw new ConfigurationException("module '" + module + "' of " + parent.getArtifactId() + " is not in the "
            + "reactor (was Maven run with -N, --non-recursive?); run the goal at the root without -N, so the plugin "
            + "sees every module");
      }
      out.add(new Module(base.relativize(dir).toString().replace('\\', '/'), project));
      collect(base, project, byDir, out);
    }
  }

  /** Every module's directory, in order; their build files are copied before any source. */
  List<String> dirs() {
    return modules.stream().map(Module::dir).toList();
  }

  /** The directories of the modules that have a {@code src}, copied after the dependency step. */
  List<String> sourceDirectories() {
    return modules.stream().filter(m -> Files.isDirectory(dir(m.project()).resolve("src")))
        .map(m -> m.dir() + "/src").toList();
  }

  /**
   * The module the Dockerfile builds: the one {@code parameter} names (its directory or artifactId),
   * else the only module with the Spring Boot or Quarkus plugin.
   *
   * @param evidence receives the line saying which module and why
   * @throws ConfigurationException when the parameter names no module, or none or several could be picked
   */
  Module application(String parameter, List<String> evidence) throws ConfigurationException {
    if (parameter != null && !parameter.isBlank()) {
      String wanted = normalize(parameter);
      for (Module m : modules) {
        if (m.dir().equals(wanted) || m.project().getArtifactId().equals(wanted)) {
          evidence.add("application module " + m.dir() + ": parameter module");
          return m;
        }
      }
      throw new ConfigurationException("parameter 'module' is '" + parameter + "', which is neither the directory nor "
          + "the artifactId of a module of " + root.getArtifactId() + "; use one of " + list(dirs()));
    }
    List<Module> apps = modules.stream().filter(m -> framework(m.project()).isPresent()).toList();
    if (apps.size() == 1) {
      Module app = apps.get(0);
      evidence.add("application module " + app.dir() + ": the only module with " + framework(app.project()).get()
          + " (set <module> to build another)");
      return app;
    }
    if (apps.isEmpty()) {
      List<String> jars = modules.stream().filter(m -> "jar".equals(m.project().getPackaging())).map(Module::dir)
          .toList();
      throw new ConfigurationException("parameter 'module' is not set, and no module of " + root.getArtifactId()
          + " has the Spring Boot or Quarkus plugin to pick; set <module> to the module that builds the application, "
          + "one of those that package a jar: " + list(jars));
    }
    throw new ConfigurationException("parameter 'module' is not set, and several modules of " + root.getArtifactId()
        + " build an application: " + list(apps.stream().map(a -> a.dir() + " (" + framework(a.project()).get()
        + ")").toList()) + "; set <module> to the one the Dockerfile builds");
  }

  /** The application plugin of {@code project}: Spring Boot's or Quarkus's artifactId. */
  static Optional<String> framework(MavenProject project) {
    if (plugin(project, BOOT_PLUGIN).isPresent()) {
      return Optional.of("spring-boot-maven-plugin");
    }
    return QUARKUS_PLUGINS.stream().filter(k -> plugin(project, k).isPresent()).findFirst()
        .map(k -> "quarkus-maven-plugin");
  }

  static Optional<Plugin> plugin(MavenProject project, String key) {
    return project.getBuildPlugins().stream().filter(p -> p.getKey().equals(key)).findFirst();
  }

  private static String normalize(String parameter) {
    String s = parameter.strip().replace('\\', '/');
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.startsWith(":") ? s.substring(1) : s;
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static Path dir(MavenProject project) {
    return project.getBasedir().toPath().toAbsolutePath().normalize();
  }
}
