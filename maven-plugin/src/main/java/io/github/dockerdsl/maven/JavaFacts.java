package io.github.dockerdsl.maven;

import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.internal.jvm.JvmService.Framework;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.License;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Parent;
import org.apache.maven.project.MavenProject;

/**
 * The Java preset's facts taken from the Maven model itself, the resolved one Maven built (parents,
 * properties and profiles applied), instead of re-reading {@code pom.xml}: the jar name, the
 * packaging, Spring Boot, Quarkus or Micronaut (with the port and health endpoint their {@code application.*} settings
 * give, {@link AppSettings}), the Java release and the OCI labels; at the root of an aggregator,
 * those of its application module and every module's directory ({@link ReactorModules}). Kept in one
 * class so the mapping from Maven to {@link JavaOptions} is easy to follow and to change with the preset.
 */
final class JavaFacts {
  private static final String BOOT_PLUGIN = ReactorModules.BOOT_PLUGIN;
  private static final String MICRONAUT_PLUGIN = "io.micronaut.maven:micronaut-maven-plugin";
  private static final String BOOT_PARENT = "spring-boot-starter-parent";

  private final JavaOptions.Builder options;
  private final List<String> evidence;

  private JavaFacts(JavaOptions.Builder options, List<String> evidence) {
    this.options = options;
    this.evidence = List.copyOf(evidence);
  }

  /** The options builder, with the facts applied; POM parameters are applied on top. */
  JavaOptions.Builder options() {
    return options;
  }

  /** One line per fact and where it came from, for the build log. */
  List<String> evidence() {
    return evidence;
  }

  /**
   * The facts of {@code project}: of the project itself, or, at the root of an aggregator, of its
   * application module as the reactor holds it, with every module's directory.
   *
   * @param module the {@code module} parameter (null when not set): the application module of an aggregator
   * @param javaVersion the {@code javaVersion} parameter, which wins over the model's properties
   * @param port the {@code port} parameter (null when not set), which wins over the application's settings
   * @param healthPath the {@code healthPath} parameter (null when not set; {@code none} for no HEALTHCHECK),
   *     which wins over the application's settings
   * @throws ConfigurationException for projects the preset cannot build (a parent POM without modules, a war),
   *     for a {@code module} that is missing, unknown, or set outside an aggregator, and for application
   *     settings that cannot be used (a port that is not one)
   */
  static JavaFacts of(MavenProject project, String module, Integer javaVersion, Integer port, String healthPath)
      throws ConfigurationException {
    Parameters parameters = new Parameters(javaVersion, port, healthPath);
    List<String> evidence = new ArrayList<>();
    JavaOptions.Builder options = JavaOptions.builder().buildTool(JavaOptions.BuildTool.MAVEN);
    if (!ReactorModules.isAggregator(project)) {
      if (module != null) {
        throw new ConfigurationException("parameter 'module' is '" + module + "', but " + project.getArtifactId()
            + " is no aggregator (packaging " + project.getPackaging() + ", no <modules>); the parameter names the "
            + "application module when the plugin runs at the root of a multi-module build. Remove it, or, if the "
            + "modules inherit it from the root POM, mark the plugin <inherited>false</inherited> there");
      }
      application(project, project, "", parameters, options, evidence);
      return new JavaFacts(options, evidence);
    }
    ReactorModules reactor = ReactorModules.of(project);
    ReactorModules.Module app = reactor.application(module, evidence);
    List<String> dirs = reactor.dirs();
    options.module(app.dir(), dirs);
    List<String> sources = reactor.sourceDirectories();
    if (!sources.isEmpty()) {
      options.sourceDirectories(sources);
    }
    evidence.add("multi-module build: " + dirs.size() + " modules (" + String.join(", ", dirs) + ") from the "
        + "reactor, every pom.xml copied before the sources; build with -pl " + app.dir() + " -am");
    application(app.project(), project, app.dir() + "/", parameters, options, evidence);
    return new JavaFacts(options, evidence);
  }

  /**
   * The facts of the project that builds the application jar.
   *
   * @param context the project whose directory the Dockerfile builds from (the root of an aggregator)
   * @param where the application's directory relative to {@code context}, with a trailing {@code /}, or empty
   */
  private static void application(MavenProject project, MavenProject context, String where, Parameters parameters,
      JavaOptions.Builder options, List<String> evidence) throws ConfigurationException {
    String packaging = project.getPackaging();
    if ("pom".equals(packaging)) {
      throw new ConfigurationException("preset 'java' builds one application jar, but " + project.getArtifactId()
          + (project.getModules().isEmpty() ? " has packaging pom and no modules; configure the plugin in the module "
              + "that builds the application" : " is an aggregator of its own; set <module> to the module below it "
              + "that builds the application"));
    }
    if (!"jar".equals(packaging)) {
      throw ConfigurationException.notAllowed("packaging (of " + project.getArtifactId() + ")", packaging,
          "jar; for other packagings write a DockerfileProvider and set <provider>");
    }
    boolean quarkus = ReactorModules.QUARKUS_PLUGINS.stream()
        .anyMatch(k -> ReactorModules.plugin(project, k).isPresent());
    Optional<Plugin> bootPlugin = ReactorModules.plugin(project, BOOT_PLUGIN);
    boolean bootParent = project.getModel().getParent() != null
        && BOOT_PARENT.equals(project.getModel().getParent().getArtifactId());
    if (quarkus) {
      options.packaging(JavaOptions.Packaging.QUARKUS_FAST_JAR);
      evidence.add("Quarkus fast-jar: build plugin quarkus-maven-plugin");
      AppSettings.apply(Framework.QUARKUS, dependsOn(project, "io.quarkus:quarkus-smallrye-health"), context, where,
          parameters, options, evidence);
    } else if (bootPlugin.isPresent()) {
      options.packaging(JavaOptions.Packaging.SPRING_BOOT_LAYERED);
      // the version Maven resolved for Boot's plugin picks the launcher class and the layer extraction
      Optional<String> version = Optional.ofNullable(bootPlugin.get().getVersion())
          .or(() -> bootParent ? Optional.ofNullable(project.getModel().getParent().getVersion()) : Optional.empty());
      version.ifPresent(options::springBootVersion);
      evidence.add("Spring Boot" + version.map(v -> " " + v).orElse("") + ": build plugin " + BOOT_PLUGIN
          + (bootParent ? " (parent " + BOOT_PARENT + ")" : ""));
      boolean actuator = dependsOn(project, "org.springframework.boot:spring-boot-starter-actuator")
          || dependsOn(project, "org.springframework.boot:spring-boot-actuator");
      AppSettings.apply(Framework.SPRING_BOOT, actuator, context, where, parameters, options, evidence);
    } else if (micronaut(project)) {
      // Micronaut's jar is a plain (shaded) one; its settings still say the port and whether /health is served
      evidence.add("Micronaut: " + (ReactorModules.plugin(project, MICRONAUT_PLUGIN).isPresent()
          ? "build plugin micronaut-maven-plugin" : "parent micronaut-parent") + "; a plain jar");
      AppSettings.apply(Framework.MICRONAUT, dependsOn(project, "io.micronaut:micronaut-management"), context,
          where, parameters, options, evidence);
    } else {
      if (bootParent) {
        evidence.add("parent " + BOOT_PARENT + " without " + BOOT_PLUGIN + ": a plain jar");
      }
      // a plain jar has no settings to read: the preset's port and /health, unless the parameters say otherwise
      parameters.applyTo(options);
    }
    String finalName = project.getBuild().getFinalName();
    options.artifactName(finalName);
    evidence.add("jar " + where + "target/" + finalName + ".jar: build.finalName"
        + (where.isEmpty() ? "" : " of " + project.getArtifactId()));
    int release = javaVersion(project, parameters.javaVersion(), evidence);
    options.javaVersion(release);
    if (Files.isRegularFile(context.getBasedir().toPath().resolve("mvnw"))) {
      options.wrapper();
      evidence.add("Maven wrapper: mvnw");
    }
    options.common(labels(project));
  }

  private static int javaVersion(MavenProject project, Integer parameter, List<String> evidence)
      throws ConfigurationException {
    if (parameter != null) {
      evidence.add("Java " + parameter + ": parameter javaVersion");
      return parameter;
    }
    for (String property : List.of("maven.compiler.release", "maven.compiler.target", "java.version")) {
      String value = project.getProperties().getProperty(property);
      if (value != null && !value.isBlank()) {
        String release = value.strip().startsWith("1.") ? value.strip().substring(2) : value.strip();
        try {
          int v = Integer.parseInt(release);
          evidence.add("Java " + v + ": property " + property);
          return v;
        } catch (NumberFormatException e) {
          throw new ConfigurationException("property '" + property + "' is '" + value
              + "', not a Java release; set <javaVersion> (such as 17 or 21) in the plugin's configuration");
        }
      }
    }
    evidence.add("Java 17: no maven.compiler.release, maven.compiler.target or java.version (the default)");
    return 17;
  }

  /** OCI labels from the model: title, description, source (scm url), licences and vendor (organization). */
  private static CommonOptions labels(MavenProject project) {
    CommonOptions d = CommonOptions.DEFAULTS;
    Optional<String> description = Optional.ofNullable(project.getDescription()).map(t -> t.strip().replaceAll("\\s+", " "))
        .filter(t -> !t.isEmpty());
    Optional<String> source = Optional.ofNullable(project.getScm()).map(scm -> scm.getUrl());
    List<String> licences = project.getLicenses().stream().map(License::getName).filter(n -> n != null).toList();
    Optional<String> licenses = licences.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", licences));
    Optional<String> vendor = Optional.ofNullable(project.getOrganization()).map(o -> o.getName());
    CommonOptions common = d.withTitle(project.getArtifactId());
    common = description.map(common::withDescription).orElse(common);
    common = source.map(common::withSource).orElse(common);
    common = licenses.map(common::withLicenses).orElse(common);
    return vendor.map(common::withVendor).orElse(common);
  }

  /** Micronaut's build plugin, or its parent POM (either groupId), as {@code dockerdsl init} tells it. */
  private static boolean micronaut(MavenProject project) {
    Parent parent = project.getModel().getParent();
    return ReactorModules.plugin(project, MICRONAUT_PLUGIN).isPresent()
        || parent != null && "micronaut-parent".equals(parent.getArtifactId())
            && ("io.micronaut.platform".equals(parent.getGroupId()) || "io.micronaut".equals(parent.getGroupId()));
  }

  private static boolean dependsOn(MavenProject project, String dependency) {
    return project.getDependencies().stream().anyMatch(d -> (d.getGroupId() + ":" + d.getArtifactId()).equals(dependency));
  }

  /**
   * The parameters that win over what is detected.
   *
   * @param port null when not set
   * @param healthPath null when not set, {@code none} for no HEALTHCHECK
   */
  record Parameters(Integer javaVersion, Integer port, String healthPath) {
    /** Applied as they are, where there are no application settings to read. */
    void applyTo(JavaOptions.Builder options) {
      if (port != null) {
        options.port(port);
      }
      if ("none".equals(healthPath)) {
        options.noHealthcheck();
      } else if (healthPath != null) {
        options.healthcheckPath(healthPath);
      }
    }
  }
}
