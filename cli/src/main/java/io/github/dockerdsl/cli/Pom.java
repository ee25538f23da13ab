package io.github.dockerdsl.cli;

import java.io.IOException;
import java.io.StringReader;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * One {@code pom.xml} of a Maven build and the POMs above it in the same project (its aggregators),
 * whose properties, plugins and dependencies it inherits: enough of Maven's model to detect what a
 * module builds, without running Maven.
 *
 * @param file the POM's path relative to the project, such as {@code service/pom.xml}
 * @param dir the module directory, empty for the root
 * @param project the {@code <project>} element
 * @param ancestors the POMs of the directories above, nearest first
 */
record Pom(String file, String dir, Element project, List<Pom> ancestors) {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  /** Parses a POM's text; one-line errors name the file and the line. */
  static Pom parse(String file, String dir, String text, List<Pom> ancestors) {
    Element project = parseXml(file, text).getDocumentElement();
    if (!project.getTagName().equals("project")) {
      throw new CliException(file + " root element '" + project.getTagName()
          + "' is not <project>; fix it, nothing was written");
    }
    return new Pom(file, dir, project, List.copyOf(ancestors));
  }

  /** This POM and its ancestors, nearest first. */
  List<Pom> chain() {
    List<Pom> all = new ArrayList<>();
    all.add(this);
    all.addAll(ancestors);
    return all;
  }

  /** The properties this POM sees: its ancestors', overridden by its own, plus {@code project.*}. */
  Map<String, String> properties() {
    Map<String, String> properties = new HashMap<>();
    List<Pom> chain = chain();
    for (int i = chain.size() - 1; i >= 0; i--) {
      child(chain.get(i).project, "properties").ifPresent(p -> {
        for (Element e : children(p)) {
          properties.put(e.getTagName(), e.getTextContent().strip());
        }
      });
    }
    version().ifPresent(v -> properties.put("project.version", v));
    text(project, "artifactId").ifPresent(v -> properties.put("project.artifactId", v));
    return properties;
  }

  /** The version, from {@code <version>} or the parent's. */
  Optional<String> version() {
    return text(project, "version").or(() -> child(project, "parent").flatMap(p -> text(p, "version")));
  }

  /** A value with {@code ${...}} properties replaced, as far as they are known. */
  String resolve(String value) {
    Map<String, String> properties = properties();
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

  /** The module directories listed in {@code <modules>}, relative to the project root. */
  List<String> modules() {
    List<String> out = new ArrayList<>();
    child(project, "modules").ifPresent(ms -> {
      for (Element m : children(ms)) {
        String path = m.getTextContent().strip().replace('\\', '/').replaceAll("/+$", "");
        if (path.endsWith(".xml")) {
          path = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        }
        out.add(normalize(dir.isEmpty() ? path : dir + "/" + path));
      }
    });
    return out;
  }

  /** The {@code <parent>} of this POM, in this POM or its ancestors, that has this group and artifact. */
  Optional<Element> parentNamed(String groupId, String artifactId) {
    for (Pom pom : chain()) {
      Optional<Element> parent = child(pom.project, "parent");
      if (parent.isPresent() && text(parent.get(), "groupId").orElse("").equals(groupId)
          && text(parent.get(), "artifactId").orElse("").equals(artifactId)) {
        return parent;
      }
    }
    return Optional.empty();
  }

  /** A plugin in effect for this module: declared in {@code <build><plugins>} here or in an ancestor. */
  Optional<Element> plugin(String artifactId) {
    for (Pom pom : chain()) {
      Optional<Element> found = pluginsOf(pom.project, "plugins").stream()
          .filter(p -> text(p, "artifactId").orElse("").equals(artifactId)).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A plugin's declaration or its {@code <pluginManagement>} entry, here or in an ancestor (for versions). */
  List<Element> pluginEntries(String artifactId) {
    List<Element> out = new ArrayList<>();
    for (Pom pom : chain()) {
      for (Element p : pluginsOf(pom.project, "plugins")) {
        if (text(p, "artifactId").orElse("").equals(artifactId)) {
          out.add(p);
        }
      }
      for (Element p : pluginsOf(pom.project, "pluginManagement")) {
        if (text(p, "artifactId").orElse("").equals(artifactId)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Whether a dependency with this artifactId is declared here or in an ancestor's {@code <dependencies>}. */
  boolean dependsOn(String artifactId) {
    for (Pom pom : chain()) {
      Optional<Element> deps = child(pom.project, "dependencies");
      if (deps.isPresent() && children(deps.get()).stream()
          .anyMatch(d -> text(d, "artifactId").orElse("").equals(artifactId))) {
        return true;
      }
    }
    return false;
  }

  /** The {@code <dependencyManagement>} import of this BOM, here or in an ancestor, with the POM declaring it. */
  Optional<Map.Entry<Pom, Element>> bomImport(String groupId, String artifactId) {
    for (Pom pom : chain()) {
      Optional<Element> deps = child(pom.project, "dependencyManagement").flatMap(d -> child(d, "dependencies"));
      if (deps.isEmpty()) {
        continue;
      }
      for (Element d : children(deps.get())) {
        if (text(d, "groupId").map(pom::resolve).orElse("").equals(groupId)
            && text(d, "artifactId").map(pom::resolve).orElse("").equals(artifactId)
            && text(d, "scope").orElse("").equals("import")) {
          return Optional.of(Map.entry(pom, d));
        }
      }
    }
    return Optional.empty();
  }

  private static List<Element> pluginsOf(Element project, String where) {
    Optional<Element> build = child(project, "build");
    if (build.isEmpty()) {
      return List.of();
    }
    Optional<Element> plugins = where.equals("plugins") ? child(build.get(), "plugins")
        : child(build.get(), "pluginManagement").flatMap(pm -> child(pm, "plugins"));
    return plugins.map(Pom::children).orElse(List.of());
  }

  /** Collapses {@code a/./b} and {@code a/x/../b}. */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static Optional<Element> child(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
  }

  static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }

  /** The first element at this path of child names below {@code from}. */
  static Optional<Element> at(Element from, String... names) {
    Optional<Element> current = Optional.of(from);
    for (String name : names) {
      current = current.flatMap(e -> child(e, name));
    }
    return current;
  }

  private static org.w3c.dom.Document parseXml(String file, String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(text)));
    } catch (SAXParseException e) {
      throw new CliException(file + " is not valid XML: line " + e.getLineNumber() + ": "
          + ProjectFiles.firstLine(e.getMessage()).replaceAll("\\.$", "") + "; fix it, nothing was written");
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new CliException(file + " is not valid XML: " + ProjectFiles.firstLine(e.getMessage())
          + "; fix it, nothing was written");
    }
  }
}
