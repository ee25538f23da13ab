package io.github.dockerdsl.cli;

import io.github.dockerdsl.cli.JvmService.Overrides;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import io.github.dockerdsl.presets.internal.jvm.JvmService.Framework;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects a Gradle build (Groovy or Kotlin DSL) from its scripts without running Gradle: the
 * subprojects of {@code settings.gradle(.kts)} and the one that builds the application, its
 * framework and Spring Boot plugin version (also from {@code gradle/libs.versions.toml}), the
 * toolchain's Java version, the jar's name, and from the application's settings its port and
 * health endpoint. Gradle cannot be downloaded on our CI machines, so this is proven by approval
 * tests, not by real builds.
 */
final class GradleDetector {
  private static final Pattern TOOLCHAIN = Pattern.compile("languageVersion(?:\\s*=\\s*|\\.set\\(\\s*)"
      + "JavaLanguageVersion\\.of\\(\\s*\"?(\\d{1,2})\"?\\s*\\)");
  private static final Pattern SOURCE_COMPATIBILITY = Pattern.compile(
      "sourceCompatibility\\s*=\\s*(?:JavaVersion\\.VERSION_(?:1_)?(\\d{1,2})|['\"](?:1\\.)?(\\d{1,2})['\"])");
  private static final Pattern BOOT_PLUGIN = Pattern.compile(
      "id\\s*\\(?\\s*['\"]org\\.springframework\\.boot['\"]|apply\\s+plugin:\\s*['\"]org\\.springframework\\.boot['\"]"
          + "|alias\\s*\\(\\s*libs\\.plugins\\.spring\\.boot\\s*\\)");
  private static final Pattern BOOT_PLUGIN_VERSION = Pattern.compile(
      "id\\s*\\(?\\s*['\"]org\\.springframework\\.boot['\"]\\s*\\)?\\s*version\\s*\\(?\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern CATALOG_BOOT = Pattern.compile("(?m)^\\s*spring[-_.]?[bB]oot\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern QUARKUS_PLUGIN = Pattern.compile("id\\s*\\(?\\s*['\"]io\\.quarkus['\"]");
  private static final Pattern MICRONAUT_PLUGIN = Pattern.compile("id\\s*\\(?\\s*['\"]io\\.micronaut\\.application['\"]");
  private static final Pattern ROOT_NAME = Pattern.compile("rootProject\\.name\\s*=\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern INCLUDE = Pattern.compile("(?m)^\\s*include\\s*\\(?([^)\\n]*)\\)?");
  private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");
  private static final Pattern VERSION = Pattern.compile("(?m)^\\s*version\\s*=\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern MAIN_CLASS = Pattern.compile(
      "['\"]Main-Class['\"]\\s*(?:to|:|]\\s*=|,)\\s*['\"]([^'\"]+)['\"]");

  private GradleDetector() {}

  /** One Gradle project: its directory (empty for the root), its script file and text. */
  private record Project(String dir, String file, String script) {
    String name(String rootName) {
      return dir.isEmpty() ? rootName : dir.substring(dir.lastIndexOf('/') + 1);
    }
  }

  /** Reads the Gradle scripts below {@code dir} and fills {@code options}. */
  static void detect(Path dir, String rootFile, String rootScript, Overrides flags, JavaOptions.Builder options,
      List<String> evidence) {
    String settingsFile = ProjectFiles.exists(dir, "settings.gradle.kts") ? "settings.gradle.kts" : "settings.gradle";
    String settings = ProjectFiles.read(dir, settingsFile).orElse("");
    Project root = new Project("", rootFile, rootScript);
    Map<String, Project> subprojects = new LinkedHashMap<>();
    Matcher include = INCLUDE.matcher(settings);
    while (include.find()) {
      Matcher q = QUOTED.matcher(include.group(1));
      while (q.find()) {
        String path = q.group(1).replaceAll("^:", "").replace(':', '/');
        String file = ProjectFiles.exists(dir, path + "/build.gradle.kts") ? path + "/build.gradle.kts"
            : path + "/build.gradle";
        subprojects.put(path, new Project(path, file, ProjectFiles.read(dir, file).orElse("")));
      }
    }
    Project app = root;
    if (!subprojects.isEmpty()) {
      app = application(root, subprojects, flags, settingsFile, evidence);
      List<String> withScripts = subprojects.values().stream().filter(p -> !p.script().isEmpty()).map(Project::dir)
          .toList();
      List<String> sources = new ArrayList<>();
      if (ProjectFiles.exists(dir, "src")) {
        sources.add("src");
      }
      subprojects.keySet().stream().filter(d -> ProjectFiles.exists(dir, d + "/src")).forEach(d -> sources.add(d + "/src"));
      if (app != root) {
        options.module(app.dir(), withScripts);
      } else {
        options.modules(withScripts);
      }
      options.sourceDirectories(sources);
      evidence.add("multi-project build: " + settingsFile + " includes " + String.join(", ", subprojects.keySet())
          + "; build scripts copied before the sources" + (app != root ? "; tasks of :" + app.dir().replace('/', ':')
          : ""));
    } else if (flags.module().isPresent()) {
      throw new CliException("--module " + flags.module().get() + " given, but " + settingsFile + " includes no "
          + "subprojects; drop --module (nothing was written)");
    }
    String rootName = ROOT_NAME.matcher(settings).results().findFirst().map(m -> m.group(1)).orElseGet(() -> {
      Path abs = dir.toAbsolutePath().normalize();
      return abs.getFileName() == null ? "app" : abs.getFileName().toString();
    });
    options.javaVersion(javaVersion(app, root, evidence));

    Framework framework = framework(app.script());
    String where = app.dir().isEmpty() ? "" : app.dir() + "/";
    switch (framework) {
      case SPRING_BOOT -> {
        String version = bootVersion(dir, app, root, settingsFile, settings, evidence);
        JavaOptions.SpringBootLayout layout = JavaOptions.SpringBootLayout.of(Optional.of(version));
        if (layout == JavaOptions.SpringBootLayout.NONE) {
          options.packaging(Packaging.PLAIN_JAR);
          evidence.add("spring boot jar, one layer: Spring Boot before 2.3 writes no layer index");
        } else {
          options.packaging(Packaging.SPRING_BOOT_LAYERED).springBootVersion(version);
          evidence.add("spring boot layers: " + layout.extractCommand("<jar>").replace("java ", "") + ", launcher "
              + layout.launcher());
        }
      }
      case QUARKUS -> {
        options.packaging(Packaging.QUARKUS_FAST_JAR);
        evidence.add("quarkus fast-jar: " + app.file() + " plugin io.quarkus; layers lib/, quarkus-run.jar, "
            + "quarkus/, app/");
      }
      case MICRONAUT, NONE -> {
        options.packaging(Packaging.PLAIN_JAR);
        Optional<String> main = MAIN_CLASS.matcher(app.script()).results().findFirst().map(m -> m.group(1));
        if (flags.entry().isPresent()) {
          options.mainClass(flags.entry().get());
          evidence.add("main class " + flags.entry().get() + ": --entry");
        } else if (main.isPresent()) {
          evidence.add("main class " + main.get() + ": " + app.file() + " jar manifest Main-Class (java -jar)");
        } else {
          throw new CliException("cannot tell the main class: " + app.file() + " sets no jar manifest Main-Class; "
              + "pass --entry with the class, e.g. com.example.Main (nothing was written)");
        }
      }
    }
    String name = app.name(rootName);
    Optional<String> version = VERSION.matcher(app.script()).results().findFirst().map(m -> m.group(1))
        .or(() -> VERSION.matcher(root.script()).results().findFirst().map(m -> m.group(1)))
        .filter(v -> !v.equals("unspecified"));
    String artifact = name + version.map(v -> "-" + v).orElse("");
    options.artifactName(artifact);
    evidence.add("jar " + where + "build/libs/" + artifact + ".jar: " + (app.dir().isEmpty()
        ? (settings.contains("rootProject.name") ? settingsFile + " rootProject.name" : "the directory name")
        : "the project directory " + app.dir()) + version.map(v -> " and version " + v).orElse(""));

    String catalog = ProjectFiles.read(dir, "gradle/libs.versions.toml").orElse("");
    String dependencies = app.script() + "\n" + catalog;
    boolean health = switch (framework) {
      case SPRING_BOOT -> dependencies.contains("spring-boot-starter-actuator");
      case QUARKUS -> dependencies.contains("quarkus-smallrye-health");
      case MICRONAUT -> dependencies.contains("micronaut-management");
      case NONE -> false;
    };
    JvmService.apply(framework, health, JvmService.config(dir, app.dir()), flags, options, evidence);
  }

  private static Project application(Project root, Map<String, Project> subprojects, Overrides flags,
      String settingsFile, List<String> evidence) {
    if (flags.module().isPresent()) {
      String wanted = flags.module().get().replaceAll("^:", "").replace(':', '/');
      Project app = subprojects.get(wanted);
      if (app == null) {
        throw new CliException("--module '" + flags.module().get() + "' is not a subproject in " + settingsFile
            + "; use one of " + String.join(", ", subprojects.keySet()) + " (nothing was written)");
      }
      evidence.add("application project " + app.dir() + ": --module");
      return app;
    }
    List<Project> apps = new ArrayList<>();
    if (framework(root.script()) != Framework.NONE && !root.script().contains("apply false")) {
      apps.add(root);
    }
    subprojects.values().stream().filter(p -> framework(p.script()) != Framework.NONE
        || p.script().matches("(?s).*\\bapplication\\b.*")).forEach(apps::add);
    if (apps.size() == 1) {
      Project app = apps.get(0);
      evidence.add("application project " + (app.dir().isEmpty() ? "(root)" : app.dir()) + ": " + app.file()
          + " applies the " + framework(app.script()).label() + " plugin");
      return app;
    }
    throw new CliException((apps.isEmpty() ? "no subproject of " + settingsFile + " applies an application plugin"
        : "several projects build an application: " + String.join(", ", apps.stream().map(Project::dir).toList()))
        + "; pass --module with one of " + String.join(", ", subprojects.keySet()) + " (nothing was written)");
  }

  private static Framework framework(String script) {
    if (BOOT_PLUGIN.matcher(script).find()) {
      return Framework.SPRING_BOOT;
    }
    if (QUARKUS_PLUGIN.matcher(script).find()) {
      return Framework.QUARKUS;
    }
    if (MICRONAUT_PLUGIN.matcher(script).find()) {
      return Framework.MICRONAUT;
    }
    return Framework.NONE;
  }

  private static String bootVersion(Path dir, Project app, Project root, String settingsFile, String settings,
      List<String> evidence) {
    for (Project p : List.of(app, root)) {
      Matcher m = BOOT_PLUGIN_VERSION.matcher(p.script());
      if (m.find()) {
        evidence.add("spring boot " + m.group(1) + ": " + p.file() + " plugin org.springframework.boot version");
        return m.group(1);
      }
    }
    Matcher s = BOOT_PLUGIN_VERSION.matcher(settings);
    if (s.find()) {
      evidence.add("spring boot " + s.group(1) + ": " + settingsFile + " pluginManagement");
      return s.group(1);
    }
    Matcher c = CATALOG_BOOT.matcher(ProjectFiles.read(dir, "gradle/libs.versions.toml").orElse(""));
    if (c.find()) {
      evidence.add("spring boot " + c.group(1) + ": gradle/libs.versions.toml");
      return c.group(1);
    }
    throw new CliException("cannot tell the Spring Boot version, which decides the launcher class: no version for "
        + "plugin org.springframework.boot in " + app.file() + ", the root build script, " + settingsFile
        + " or gradle/libs.versions.toml; write id(\"org.springframework.boot\") version \"3.5.7\" "
        + "(nothing was written)");
  }

  private static int javaVersion(Project app, Project root, List<String> evidence) {
    for (Project p : app == root ? List.of(app) : List.of(app, root)) {
      Matcher m = TOOLCHAIN.matcher(p.script());
      if (m.find()) {
        int version = JavaDetector.supported(Integer.parseInt(m.group(1)), m.group(), p.file() + " toolchain");
        evidence.add("java " + version + ": " + p.file() + " toolchain languageVersion ('" + m.group() + "')");
        return version;
      }
      Matcher s = SOURCE_COMPATIBILITY.matcher(p.script());
      if (s.find()) {
        int version = JavaDetector.supported(Integer.parseInt(s.group(1) != null ? s.group(1) : s.group(2)),
            s.group(), p.file() + " sourceCompatibility");
        evidence.add("java " + version + ": " + p.file() + " sourceCompatibility ('" + s.group() + "')");
        return version;
      }
    }
    evidence.add("java 17: default (" + app.file() + " has no toolchain languageVersion or sourceCompatibility)");
    return 17;
  }
}
