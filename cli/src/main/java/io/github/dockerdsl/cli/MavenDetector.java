package io.github.dockerdsl.cli;

import io.github.dockerdsl.cli.JvmService.Overrides;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import io.github.dockerdsl.presets.internal.jvm.AppConfig;
import io.github.dockerdsl.presets.internal.jvm.JvmService.Framework;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Detects a Maven build from its POMs: the modules of a multi-module build and the one that builds
 * the application, its framework (Spring Boot and its version, Quarkus, Micronaut, or a plain jar
 * and its main class), the Java release, the jar's name, and from the application's settings its
 * port and health endpoint.
 */
final class MavenDetector {
  private static final Pattern RELEASE = Pattern.compile("^(?:1\\.)?(\\d{1,2})$");

  private MavenDetector() {}

  /** Reads the POMs below {@code dir} and fills {@code options}. */
  static void detect(Path dir, String rootText, Overrides flags, JavaOptions.Builder options, List<String> evidence) {
    Pom root = Pom.parse("pom.xml", "", rootText, List.of());
    List<Pom> modules = new ArrayList<>();
    collect(dir, root, modules);
    Pom app = root;
    if (!modules.isEmpty()) {
      app = application(root, modules, flags, evidence);
      List<String> dirs = modules.stream().map(Pom::dir).toList();
      List<String> sources = dirs.stream().filter(d -> ProjectFiles.exists(dir, d + "/src"))
          .map(d -> d + "/src").toList();
      options.module(app.dir(), dirs).sourceDirectories(sources);
      evidence.add("multi-module build: " + dirs.size() + " modules (" + String.join(", ", dirs)
          + "), every pom.xml copied before the sources; build with -pl " + app.dir() + " -am");
    } else if (flags.module().isPresent()) {
      throw new CliException("--module " + flags.module().get() + " given, but pom.xml lists no <modules>; "
          + "drop --module (nothing was written)");
    }
    options.javaVersion(javaVersion(app, evidence));

    Framework framework = framework(app);
    String artifact = artifactName(app);
    String where = app.dir().isEmpty() ? "" : app.dir() + "/";
    switch (framework) {
      case SPRING_BOOT -> {
        Optional<String> version = bootVersion(app, evidence);
        JavaOptions.SpringBootLayout layout = JavaOptions.SpringBootLayout.of(version);
        if (layout == JavaOptions.SpringBootLayout.NONE) {
          options.packaging(Packaging.PLAIN_JAR);
          evidence.add("spring boot jar, one layer: Spring Boot before 2.3 writes no layer index");
        } else {
          options.packaging(Packaging.SPRING_BOOT_LAYERED);
          version.ifPresent(options::springBootVersion);
          evidence.add("spring boot layers: " + layout.extractCommand("<jar>").replace("java ", "") + ", launcher "
              + layout.launcher());
        }
      }
      case QUARKUS -> {
        String type = quarkusPackageType(app, dir);
        if (type.equals("uber-jar")) {
          options.packaging(Packaging.PLAIN_JAR);
          artifact = artifact + "-runner";
          evidence.add("quarkus uber-jar: quarkus.package.jar.type=uber-jar");
        } else if (type.equals("fast-jar")) {
          options.packaging(Packaging.QUARKUS_FAST_JAR);
          evidence.add("quarkus fast-jar: " + where + "pom.xml plugin quarkus-maven-plugin; layers lib/, "
              + "quarkus-run.jar, quarkus/, app/");
        } else {
          throw new CliException("quarkus.package.jar.type '" + type + "' is not supported; use fast-jar (the "
              + "default) or uber-jar (nothing was written)");
        }
      }
      case MICRONAUT, NONE -> plainJar(app, framework, flags, options, evidence);
    }
    options.artifactName(artifact);
    boolean fastJar = framework == Framework.QUARKUS && !artifact.endsWith("-runner");
    evidence.add((fastJar ? "output " + where + "target/quarkus-app/ with app/" : "jar " + where + "target/")
        + artifact + ".jar: " + where + "pom.xml "
        + (Pom.at(app.project(), "build", "finalName").isPresent() ? "build.finalName" : "artifactId and version"));

    AppConfig config = JvmService.config(dir, app.dir());
    boolean health = switch (framework) {
      case SPRING_BOOT -> app.dependsOn("spring-boot-starter-actuator") || app.dependsOn("spring-boot-actuator");
      case QUARKUS -> app.dependsOn("quarkus-smallrye-health");
      case MICRONAUT -> app.dependsOn("micronaut-management");
      case NONE -> false;
    };
    JvmService.apply(framework, health, config, flags, options, evidence);
  }

  /** Reads every module's POM, depth first, in {@code <modules>} order. */
  private static void collect(Path dir, Pom pom, List<Pom> out) {
    for (String module : pom.modules()) {
      String file = module + "/pom.xml";
      String text = ProjectFiles.read(dir, file).orElseThrow(() -> new CliException(pom.file() + " lists module '"
          + module + "', but " + file + " does not exist; fix <modules>, nothing was written"));
      Pom child = Pom.parse(file, module, text, pom.chain());
      out.add(child);
      collect(dir, child, out);
    }
  }

  /** The module that builds the application: {@code --module}, else the one with an application plugin. */
  private static Pom application(Pom root, List<Pom> modules, Overrides flags, List<String> evidence) {
    List<String> dirs = modules.stream().map(Pom::dir).toList();
    if (flags.module().isPresent()) {
      String wanted = Pom.normalize(flags.module().get());
      Pom app = modules.stream().filter(m -> m.dir().equals(wanted)).findFirst().orElseThrow(() -> new CliException(
          "--module '" + flags.module().get() + "' is not a module of pom.xml; use one of " + String.join(", ", dirs)
              + " (nothing was written)"));
      evidence.add("application module " + app.dir() + ": --module");
      return app;
    }
    List<Pom> apps = modules.stream().filter(m -> framework(m) != Framework.NONE || mainClass(m).isPresent())
        .toList();
    if (apps.size() == 1) {
      Pom app = apps.get(0);
      evidence.add("application module " + app.dir() + ": " + app.file() + " " + why(app));
      return app;
    }
    if (apps.isEmpty()) {
      throw new CliException("no module of pom.xml builds an application (none has the spring-boot, quarkus or "
          + "micronaut plugin or a main class); pass --module with one of " + String.join(", ", dirs)
          + " (nothing was written)");
    }
    throw new CliException("several modules build an application: "
        + String.join(", ", apps.stream().map(a -> a.dir() + " (" + why(a) + ")").toList())
        + "; pass --module to choose (nothing was written)");
  }

  private static String why(Pom pom) {
    return switch (framework(pom)) {
      case SPRING_BOOT -> "plugin spring-boot-maven-plugin";
      case QUARKUS -> "plugin quarkus-maven-plugin";
      case MICRONAUT -> "Micronaut";
      case NONE -> "main class " + mainClass(pom).orElse("");
    };
  }

  static Framework framework(Pom pom) {
    if (pom.plugin("spring-boot-maven-plugin").isPresent()) {
      return Framework.SPRING_BOOT;
    }
    if (pom.plugin("quarkus-maven-plugin").isPresent()) {
      return Framework.QUARKUS;
    }
    if (pom.plugin("micronaut-maven-plugin").isPresent()
        || pom.parentNamed("io.micronaut.platform", "micronaut-parent").isPresent()
        || pom.parentNamed("io.micronaut", "micronaut-parent").isPresent()) {
      return Framework.MICRONAUT;
    }
    return Framework.NONE;
  }

  /** The Spring Boot version from the parent, the BOM import, the plugin or {@code spring-boot.version}. */
  private static Optional<String> bootVersion(Pom app, List<String> evidence) {
    Optional<Element> parent = app.parentNamed("org.springframework.boot", "spring-boot-starter-parent");
    if (parent.isPresent() && Pom.text(parent.get(), "version").isPresent()) {
      String v = Pom.text(parent.get(), "version").get();
      evidence.add("spring boot " + v + ": pom.xml parent spring-boot-starter-parent");
      return Optional.of(v);
    }
    Optional<Map.Entry<Pom, Element>> bom = app.bomImport("org.springframework.boot", "spring-boot-dependencies");
    if (bom.isPresent() && Pom.text(bom.get().getValue(), "version").isPresent()) {
      String written = Pom.text(bom.get().getValue(), "version").get();
      return resolved(bom.get().getKey(), written, bom.get().getKey().file()
          + " dependencyManagement imports spring-boot-dependencies", evidence);
    }
    for (Element plugin : app.pluginEntries("spring-boot-maven-plugin")) {
      Optional<String> written = Pom.text(plugin, "version");
      if (written.isPresent()) {
        return resolved(app, written.get(), "plugin spring-boot-maven-plugin version", evidence);
      }
    }
    if (app.properties().containsKey("spring-boot.version")) {
      return resolved(app, "${spring-boot.version}", "pom.xml property spring-boot.version", evidence);
    }
    throw new CliException("cannot tell the Spring Boot version (no spring-boot-starter-parent, spring-boot-dependencies "
        + "import or plugin version in the project's POMs), which decides the launcher class; add "
        + "<spring-boot.version>3.5.7</spring-boot.version> (your version) to <properties> (nothing was written)");
  }

  private static Optional<String> resolved(Pom pom, String written, String from, List<String> evidence) {
    String v = pom.resolve(written);
    if (v.contains("${")) {
      throw new CliException(from + " '" + written + "' cannot be resolved; set the property in pom.xml "
          + "(nothing was written)");
    }
    evidence.add("spring boot " + v + ": " + from + " ('" + written + "'" + (v.equals(written) ? "" : " = '" + v + "'")
        + ")");
    return Optional.of(v);
  }

  private static String quarkusPackageType(Pom app, Path dir) {
    AppConfig config = JvmService.config(dir, app.dir());
    Map<String, String> props = app.properties();
    return config.get("quarkus.package.jar.type").or(() -> config.get("quarkus.package.type"))
        .or(() -> Optional.ofNullable(props.get("quarkus.package.jar.type")))
        .or(() -> Optional.ofNullable(props.get("quarkus.package.type"))).orElse("fast-jar");
  }

  /** A plain (or Micronaut shaded) jar: its main class, and whether its dependencies sit in {@code lib/}. */
  private static void plainJar(Pom app, Framework framework, Overrides flags, JavaOptions.Builder options,
      List<String> evidence) {
    boolean lib = app.plugin("maven-dependency-plugin").flatMap(p -> Pom.child(p, "executions")).stream()
        .flatMap(e -> Pom.children(e).stream()).flatMap(e -> Pom.child(e, "goals").stream())
        .flatMap(g -> Pom.children(g).stream()).anyMatch(g -> g.getTextContent().strip().equals("copy-dependencies"));
    boolean shaded = app.plugin("maven-shade-plugin").isPresent() || framework == Framework.MICRONAUT;
    Optional<String> main = mainClass(app);
    if (lib && !shaded) {
      options.packaging(Packaging.JAR_WITH_LIB);
      evidence.add("jar with lib/: pom.xml maven-dependency-plugin copy-dependencies; layers lib/ released, "
          + "lib/ snapshots, the jar");
    } else {
      options.packaging(Packaging.PLAIN_JAR);
    }
    if (flags.entry().isPresent()) {
      options.mainClass(flags.entry().get());
      evidence.add("main class " + flags.entry().get() + ": --entry");
    } else if (main.isPresent()) {
      evidence.add("main class " + main.get() + ": pom.xml manifest mainClass (java -jar)");
    } else if (framework == Framework.MICRONAUT) {
      evidence.add("main class: the Micronaut parent's shaded jar manifest (java -jar)");
    } else {
      throw new CliException("cannot tell the main class: " + app.file() + " names no <mainClass> in the "
          + "maven-jar-plugin or maven-shade-plugin manifest; pass --entry with the class, e.g. com.example.Main "
          + "(nothing was written)");
    }
  }

  /** The {@code Main-Class} the jar, shade or assembly plugin writes into the manifest. */
  static Optional<String> mainClass(Pom pom) {
    for (String plugin : List.of("maven-jar-plugin", "maven-shade-plugin", "maven-assembly-plugin")) {
      for (Element p : pom.pluginEntries(plugin)) {
        for (Element e : descendants(p, "mainClass")) {
          String v = pom.resolve(e.getTextContent().strip());
          if (!v.isEmpty() && !v.contains("${")) {
            return Optional.of(v);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<Element> descendants(Element from, String name) {
    List<Element> out = new ArrayList<>();
    for (Element c : Pom.children(from)) {
      if (c.getTagName().equals(name)) {
        out.add(c);
      }
      out.addAll(descendants(c, name));
    }
    return out;
  }

  private static String artifactName(Pom app) {
    Optional<Element> finalName = Pom.at(app.project(), "build", "finalName");
    String artifact = finalName.map(f -> app.resolve(f.getTextContent().strip())).orElseGet(() -> {
      Map<String, String> p = app.properties();
      String id = p.getOrDefault("project.artifactId", "");
      String v = p.getOrDefault("project.version", "");
      return app.resolve(id + (v.isEmpty() ? "" : "-" + v));
    });
    if (artifact.isEmpty() || artifact.contains("${")) {
      throw new CliException(app.file() + " jar name '" + artifact + "' cannot be worked out; set <build><finalName>, "
          + "nothing was written");
    }
    return artifact;
  }

  private static int javaVersion(Pom app, List<String> evidence) {
    String file = app.file();
    Map<String, String> properties = app.properties();
    for (String name : List.of("maven.compiler.release", "java.version", "maven.compiler.target")) {
      if (properties.containsKey(name)) {
        String written = properties.get(name);
        String resolved = app.resolve(written);
        int version = release(resolved, "pom.xml property " + name);
        evidence.add("java " + version + ": pom.xml property " + name + " ('" + written + "'"
            + (resolved.equals(written) ? "" : " = '" + resolved + "'") + ")");
        return version;
      }
    }
    for (Element p : app.pluginEntries("maven-compiler-plugin")) {
      Optional<String> release = Pom.at(p, "configuration", "release").map(e -> e.getTextContent().strip());
      if (release.isPresent()) {
        int version = release(app.resolve(release.get()), file + " maven-compiler-plugin release");
        evidence.add("java " + version + ": " + file + " maven-compiler-plugin <release> ('" + release.get() + "')");
        return version;
      }
    }
    for (Element p : app.pluginEntries("maven-toolchains-plugin")) {
      Optional<String> jdk = Pom.at(p, "configuration", "toolchains", "jdk", "version")
          .map(e -> e.getTextContent().strip());
      if (jdk.isPresent()) {
        Matcher m = Pattern.compile("(?:1\\.)?(\\d{1,2})").matcher(app.resolve(jdk.get()));
        if (m.find()) {
          int version = JavaDetector.supported(Integer.parseInt(m.group(1)), jdk.get(),
              file + " maven-toolchains-plugin jdk version");
          evidence.add("java " + version + ": " + file + " maven-toolchains-plugin jdk version ('" + jdk.get() + "')");
          return version;
        }
      }
    }
    evidence.add("java 17: default (no maven.compiler.release, java.version or maven.compiler.target)");
    return 17;
  }

  private static int release(String value, String where) {
    Matcher m = RELEASE.matcher(value.strip());
    if (!m.matches()) {
      throw new CliException(where + " '" + value + "' is not a Java release; use e.g. 17 or 21, nothing was written");
    }
    return JavaDetector.supported(Integer.parseInt(m.group(1)), value, where);
  }
}
