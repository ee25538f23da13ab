package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default-profile settings of a JVM application from {@code src/main/resources/application.properties}
 * and {@code application.yml}/{@code .yaml}, flattened to dotted keys, each remembering the file it came
 * from so that {@code init} can say where a port or a path was read.
 */
final class AppConfig {
  /** The files read, in the order Spring Boot lets later ones win: YAML first, then properties. */
  private static final String[] FILES = {"application.yml", "application.yaml", "application.properties"};

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

  /** One setting and the file it came from. */
  record Setting(String value, String file) {}

  private final Map<String, Setting> settings;

  private AppConfig(Map<String, Setting> settings) {
    this.settings = settings;
  }

  /** The settings of the module in {@code moduleDir} ({@code dir/src/main/resources/application.*}); none when absent. */
  static AppConfig read(Path projectDir, String moduleDir) {
    Map<String, Setting> all = new LinkedHashMap<>();
    String base = (moduleDir.isEmpty() ? "" : moduleDir + "/") + "src/main/resources/";
    for (String name : FILES) {
      String file = base + name;
      Optional<String> text = ProjectFiles.read(projectDir, file);
      if (text.isEmpty()) {
        continue;
      }
      if (name.endsWith(".properties")) {
        properties(text.get(), file, all);
      } else {
        yaml(text.get(), file, all);
      }
    }
    return new AppConfig(all);
  }

  /** A setting as written, or empty. */
  Optional<Setting> raw(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /** A setting with {@code ${ENV:default}} placeholders replaced by their defaults, or empty. */
  Optional<String> get(String key) {
    return raw(key).map(s -> {
      Matcher m = PLACEHOLDER.matcher(s.value());
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        if (m.group(2) == null) {
          throw new CliException(s.file() + " sets " + key + " to '" + s.value() + "', which has no default here; "
              + "pass the value with " + flagFor(key) + " (nothing was written)");
        }
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(2)));
      }
      m.appendTail(out);
      return out.toString().strip();
    });
  }

  /** How init describes where a setting came from: {@code application.yml server.port ('9000')}. */
  String source(String key) {
    Setting s = settings.get(key);
    return s.file() + " " + key + " ('" + s.value() + "')";
  }

  /**
   * A port setting: empty when unset, else the port.
   *
   * @throws CliException naming the flag when it is not a port (or is -1, 0: random or off, handled by callers)
   */
  Optional<Integer> port(String key) {
    Optional<String> value = get(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      int port = Integer.parseInt(value.get());
      if (port < -1 || port > 65535) {
        throw new NumberFormatException();
      }
      return Optional.of(port);
    } catch (NumberFormatException e) {
      throw new CliException(source(key) + " is not a port; pass the port with " + flagFor(key)
          + " (nothing was written)");
    }
  }

  private static String flagFor(String key) {
    return key.contains("port") ? "--port" : "--health-path";
  }

  private static void properties(String text, String file, Map<String, Setting> out) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new CliException(file + " cannot be read: " + ProjectFiles.firstLine(e.getMessage())
          + "; fix it, nothing was written");
    }
    for (String key : p.stringPropertyNames()) {
      out.put(key, new Setting(p.getProperty(key), file));
    }
  }

  private static void yaml(String text, String file, Map<String, Setting> out) {
    try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(text)) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        // a document for a profile does not apply to the default profile
        if (doc == null || doc.at("/spring/config/activate/on-profile").isValueNode()
            || doc.at("/spring/profiles").isValueNode()) {
          continue;
        }
        flatten("", doc, file, out);
      }
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      // SnakeYAML names the problem's place last: "... in 'reader', line 3, column 2:"
      List<MatchResult> places = Pattern.compile("line (\\d+), column (\\d+)").matcher(message).results().toList();
      String where = places.isEmpty() ? "" : ": line " + places.get(places.size() - 1).group(1) + ", column "
          + places.get(places.size() - 1).group(2);
      throw new CliException(file + " is not valid YAML" + where + ": "
          + ProjectFiles.firstLine(message).replaceAll(" at \\[Source.*", "") + "; fix it, nothing was written");
    }
  }

  private static void flatten(String prefix, JsonNode node, String file, Map<String, Setting> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), file, out);
      }
    } else if (node.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), file, out);
        joined.append(i == 0 ? "" : ",").append(node.get(i).asText());
      }
      out.put(prefix, new Setting(joined.toString(), file));
    } else if (!node.isNull() && !prefix.isEmpty()) {
      out.put(prefix, new Setting(node.asText(), file));
    }
  }
}
