package io.github.dockerdsl.cli;

import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaOptions.BuildTool;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import io.github.dockerdsl.presets.JavaPreset;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Detects a Java project from {@code pom.xml} or {@code build.gradle(.kts)}: the Java release from
 * the compiler properties or the Gradle toolchain, Spring Boot from its parent or plugin, the jar's
 * name, and the wrapper ({@code mvnw}, {@code gradlew}).
 */
final class JavaDetector {
  /** The files whose presence makes a directory a Java project. */
  static final List<String> MARKERS = List.of("pom.xml", "build.gradle.kts", "build.gradle");

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern RELEASE = Pattern.compile("^(?:1\\.)?(\\d{1,2})$");
  private static final Pattern TOOLCHAIN = Pattern.compile("languageVersion(?:\\s*=\\s*|\\.set\\(\\s*)"
      + "JavaLanguageVersion\\.of\\(\\s*\"?(\\d{1,2})\"?\\s*\\)");
  private static final Pattern SOURCE_COMPATIBILITY = Pattern.compile(
      "sourceCompatibility\\s*=\\s*(?:JavaVersion\\.VERSION_(?:1_)?(\\d{1,2})|['\"](?:1\\.)?(\\d{1,2})['\"])");
  private static final Pattern BOOT_PLUGIN = Pattern.compile(
      "id\\s*\\(?\\s*['\"]org\\.springframework\\.boot['\"]|apply\\s+plugin:\\s*['\"]org\\.springframework\\.boot['\"]");
  private static final Pattern ROOT_NAME = Pattern.compile("rootProject\\.name\\s*=\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern GRADLE_VERSION = Pattern.compile("(?m)^\\s*version\\s*=\\s*['\"]([^'\"]+)['\"]");

  private JavaDetector() {}

  /** The detection, or empty when there is no Maven or Gradle build file. */
  static Optional<Detection> detect(Path dir, InitFlags flags) {
    Optional<String> pom = ProjectFiles.read(dir, "pom.xml");
    String gradleFile = ProjectFiles.exists(dir, "build.gradle.kts") ? "build.gradle.kts" : "build.gradle";
    Optional<String> gradle = ProjectFiles.read(dir, gradleFile);
    if (pom.isEmpty() && gradle.isEmpty()) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    boolean mvnw = ProjectFiles.exists(dir, "mvnw");
    boolean gradlew = ProjectFiles.exists(dir, "gradlew");
    boolean maven;
    if (pom.isPresent() && gradle.isPresent()) {
      maven = !(gradlew && !mvnw);
      String why = mvnw != gradlew ? "only " + (mvnw ? "mvnw" : "gradlew") + " is present"
          : "Maven wins when no single wrapper decides";
      evidence.add("java project: " + (maven ? "pom.xml wins over " + gradleFile : gradleFile + " wins over pom.xml")
          + " (" + why + ")");
    } else {
      maven = pom.isPresent();
      evidence.add("java project: " + (maven ? "pom.xml" : gradleFile));
    }
    JavaOptions.Builder options = JavaOptions.builder();
    if (maven) {
      options.buildTool(BuildTool.MAVEN);
      maven(parseXml(pom.get()), dir, options, evidence);
    } else {
      options.buildTool(BuildTool.GRADLE);
      gradle(gradle.get(), gradleFile, dir, options, evidence);
    }
    String wrapper = maven ? "mvnw" : "gradlew";
    if (maven ? mvnw : gradlew) {
      options.wrapper();
      evidence.add("wrapper: " + wrapper);
    } else {
      evidence.add("no wrapper: builds on the " + (maven ? "maven" : "gradle") + " image (no " + wrapper + ")");
    }
    return Optional.of(new Detection("java", JavaPreset.of(flags.applyJava(options, evidence)), evidence));
  }

  private static Document parseXml(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(text)));
    } catch (SAXParseException e) {
      throw new CliException("pom.xml is not valid XML: line " + e.getLineNumber() + ": "
          + ProjectFiles.firstLine(e.getMessage()).replaceAll("\\.$", "") + "; fix it, nothing was written");
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new CliException("pom.xml is not valid XML: " + ProjectFiles.firstLine(e.getMessage())
          + "; fix it, nothing was written");
    }
  }

  private static void maven(Document pom, Path dir, JavaOptions.Builder options, List<String> evidence) {
    Element project = pom.getDocumentElement();
    if (!project.getTagName().equals("project")) {
      throw new CliException("pom.xml root element '" + project.getTagName()
          + "' is not <project>; fix it, nothing was written");
    }
    Map<String, String> properties = new HashMap<>();
    Optional<Element> props = child(project, "properties");
    if (props.isPresent()) {
      for (Element p : children(props.get())) {
        properties.put(p.getTagName(), p.getTextContent().strip());
      }
    }
    text(project, "version").or(() -> child(project, "parent").flatMap(p -> text(p, "version")))
        .ifPresent(v -> properties.putIfAbsent("project.version", v));
    text(project, "artifactId").ifPresent(v -> properties.putIfAbsent("project.artifactId", v));

    Optional<Element> parent = child(project, "parent");
    boolean bootParent = parent.isPresent()
        && text(parent.get(), "groupId").orElse("").equals("org.springframework.boot")
        && text(parent.get(), "artifactId").orElse("").equals("spring-boot-starter-parent");
    boolean bootPlugin = child(project, "build").flatMap(b -> child(b, "plugins")).stream()
        .flatMap(p -> children(p).stream())
        .anyMatch(p -> text(p, "artifactId").orElse("").equals("spring-boot-maven-plugin"));

    int version = 0;
    for (String name : List.of("maven.compiler.release", "java.version", "maven.compiler.target")) {
      if (properties.containsKey(name)) {
        String written = properties.get(name);
        String resolved = resolve(written, properties);
        version = release(resolved, "pom.xml property " + name);
        evidence.add("java " + version + ": pom.xml property " + name + " ('" + written + "'"
            + (resolved.equals(written) ? "" : " = '" + resolved + "'") + ")");
        break;
      }
    }
    if (version == 0) {
      Optional<String> release = plugin(project, "maven-compiler-plugin")
          .flatMap(p -> child(p, "configuration")).flatMap(c -> text(c, "release"));
      if (release.isPresent()) {
        version = release(resolve(release.get(), properties), "pom.xml maven-compiler-plugin release");
        evidence.add("java " + version + ": pom.xml maven-compiler-plugin <release> ('" + release.get() + "')");
      }
    }
    if (version == 0) {
      Optional<String> jdk = plugin(project, "maven-toolchains-plugin").flatMap(p -> child(p, "configuration"))
          .flatMap(c -> child(c, "toolchains")).flatMap(t -> child(t, "jdk")).flatMap(j -> text(j, "version"));
      if (jdk.isPresent()) {
        Matcher m = Pattern.compile("(?:1\\.)?(\\d{1,2})").matcher(resolve(jdk.get(), properties));
        if (m.find()) {
          version = supported(Integer.parseInt(m.group(1)), jdk.get(), "pom.xml maven-toolchains-plugin jdk version");
          evidence.add("java " + version + ": pom.xml maven-toolchains-plugin jdk version ('" + jdk.get() + "')");
        }
      }
    }
    if (version == 0) {
      version = 17;
      evidence.add("java 17: default (no maven.compiler.release, java.version or maven.compiler.target)");
    }
    options.javaVersion(version);
    if (bootParent || bootPlugin) {
      options.packaging(Packaging.SPRING_BOOT_LAYERED);
      evidence.add("spring boot, layered jar: pom.xml " + (bootParent
          ? "parent spring-boot-starter-parent" + parent.flatMap(p -> text(p, "version")).map(v -> " " + v).orElse("")
          : "plugin spring-boot-maven-plugin"));
    }
    Optional<String> finalName = child(project, "build").flatMap(b -> text(b, "finalName"));
    String artifact;
    String from;
    if (finalName.isPresent()) {
      artifact = resolve(finalName.get(), properties);
      from = "pom.xml build.finalName";
    } else {
      String id = properties.getOrDefault("project.artifactId", "");
      String v = properties.getOrDefault("project.version", "");
      artifact = resolve(id + (v.isEmpty() ? "" : "-" + v), properties);
      from = "pom.xml artifactId and version";
    }
    if (artifact.isEmpty() || artifact.contains("${")) {
      throw new CliException("pom.xml jar name '" + artifact + "' cannot be worked out; set <build><finalName>, "
          + "nothing was written");
    }
    options.artifactName(artifact);
    evidence.add("jar target/" + artifact + ".jar: " + from);
  }

  private static void gradle(String script, String file, Path dir, JavaOptions.Builder options,
      List<String> evidence) {
    Matcher m = TOOLCHAIN.matcher(script);
    Matcher s = SOURCE_COMPATIBILITY.matcher(script);
    int version;
    if (m.find()) {
      version = supported(Integer.parseInt(m.group(1)), m.group(), file + " toolchain languageVersion");
      evidence.add("java " + version + ": " + file + " toolchain languageVersion ('" + m.group() + "')");
    } else if (s.find()) {
      version = supported(Integer.parseInt(s.group(1) != null ? s.group(1) : s.group(2)), s.group(),
          file + " sourceCompatibility");
      evidence.add("java " + version + ": " + file + " sourceCompatibility ('" + s.group() + "')");
    } else {
      version = 17;
      evidence.add("java 17: default (" + file + " has no toolchain languageVersion or sourceCompatibility)");
    }
    options.javaVersion(version);
    if (BOOT_PLUGIN.matcher(script).find()) {
      options.packaging(Packaging.SPRING_BOOT_LAYERED);
      evidence.add("spring boot, layered jar: " + file + " plugin org.springframework.boot");
    }
    String settingsFile = ProjectFiles.exists(dir, "settings.gradle.kts") ? "settings.gradle.kts" : "settings.gradle";
    Matcher name = ROOT_NAME.matcher(ProjectFiles.read(dir, settingsFile).orElse(""));
    String project;
    String from;
    if (name.find()) {
      project = name.group(1);
      from = settingsFile + " rootProject.name";
    } else {
      Path abs = dir.toAbsolutePath().normalize();
      project = abs.getFileName() == null ? "app" : abs.getFileName().toString();
      from = "the directory name";
    }
    Matcher v = GRADLE_VERSION.matcher(script);
    String artifact = project;
    if (v.find() && !v.group(1).equals("unspecified")) {
      artifact = project + "-" + v.group(1);
      from += " and " + file + " version";
    }
    options.artifactName(artifact);
    evidence.add("jar build/libs/" + artifact + ".jar: " + from);
  }

  private static int release(String value, String where) {
    Matcher m = RELEASE.matcher(value.strip());
    if (!m.matches()) {
      throw new CliException(where + " '" + value + "' is not a Java release; use e.g. 17 or 21, nothing was written");
    }
    return supported(Integer.parseInt(m.group(1)), value, where);
  }

  private static int supported(int version, String value, String where) {
    if (version < 11) {
      throw new CliException(where + " '" + value + "' is Java " + version + "; the Java preset needs 11 or later, "
          + "nothing was written");
    }
    return version;
  }

  private static String resolve(String value, Map<String, String> properties) {
    String current = value;
    for (int depth = 0; depth < 5; depth++) {
      Matcher m = PROPERTY.matcher(current);
      StringBuilder out = new StringBuilder();
      boolean changed = false;
      while (m.find()) {
        String replacement = properties.get(m.group(1));
        changed |= replacement != null;
        m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
      }
      m.appendTail(out);
      current = out.toString();
      if (!changed) {
        break;
      }
    }
    return current;
  }

  private static Optional<Element> plugin(Element project, String artifactId) {
    Optional<Element> build = child(project, "build");
    if (build.isEmpty()) {
      return Optional.empty();
    }
    List<Element> candidates = new ArrayList<>();
    child(build.get(), "plugins").ifPresent(p -> candidates.addAll(children(p)));
    child(build.get(), "pluginManagement").flatMap(pm -> child(pm, "plugins"))
        .ifPresent(p -> candidates.addAll(children(p)));
    return candidates.stream().filter(p -> text(p, "artifactId").orElse("").equals(artifactId)).findFirst();
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }
}
