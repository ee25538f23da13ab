package io.github.dockerdsl.presets.internal.jvm;

import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
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
 * from so that the tool can say where a port or a path was read. Shared by {@code dockerdsl init} and the
 * Maven plugin; each parses YAML text itself (this module has no YAML parser) and hands over the documents
 * as the nested maps, lists and scalars a YAML library returns. Not API.
 */
public final class AppConfig {
  /** The files read, in the order Spring Boot lets later ones win: YAML first, then properties. */
  private static final List<String> FILES = List.of("application.yml", "application.yaml", "application.properties");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

  /** Reads a file of the project, or empty when it is not a regular file. */
  @FunctionalInterface
  public interface Files {
    /** The text of {@code name}, a path relative to the project's directory. */
    Optional<String> read(String name);
  }

  /** A YAML parser: its documents as nested {@code Map}s, {@code List}s and scalars (null for an empty one). */
  @FunctionalInterface
  public interface Yaml {
    /** Every document of {@code text}, in order; throws the library's exception when it is not YAML. */
    List<?> documents(String text) throws IOException;
  }

  /** One setting and the file it came from. */
  public record Setting(String value, String file) {}

  private final Map<String, Setting> settings;
  private final Wording wording;

  private AppConfig(Map<String, Setting> settings, Wording wording) {
    this.settings = settings;
    this.wording = wording;
  }

  /**
   * The settings of the module in {@code moduleDir} ({@code moduleDir/src/main/resources/application.*}, relative
   * to the project's directory; empty for the project itself); none when there is no such file.
   *
   * @throws AppConfigException when a file is not valid YAML or properties
   */
  public static AppConfig read(Files files, String moduleDir, Yaml yaml, Wording wording) {
    Map<String, Setting> all = new LinkedHashMap<>();
    String base = (moduleDir.isEmpty() ? "" : moduleDir + "/") + "src/main/resources/";
    for (String name : FILES) {
      String file = base + name;
      Optional<String> text = files.read(file);
      if (text.isEmpty()) {
        continue;
      }
      if (name.endsWith(".properties")) {
        properties(text.get(), file, all, wording);
      } else {
        yaml(text.get(), file, yaml, all, wording);
      }
    }
    return new AppConfig(all, wording);
  }

  /** A setting as written, or empty. */
  public Optional<Setting> raw(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /**
   * A setting with {@code ${ENV:default}} placeholders replaced by their defaults, or empty.
   *
   * @throws AppConfigException for a placeholder without a default, naming the override to use instead
   */
  public Optional<String> get(String key) {
    return raw(key).map(s -> {
      Matcher m = PLACEHOLDER.matcher(s.value());
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        if (m.group(2) == null) {
          throw new AppConfigException(s.file() + " sets " + key + " to '" + s.value() + "', which has no default "
              + "here; " + wording.verb() + " the value with " + wording.overrideFor(key) + wording.nothingWritten());
        }
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(2)));
      }
      m.appendTail(out);
      return out.toString().strip();
    });
  }

  /** Where a setting came from, as the evidence says it: {@code application.yml server.port ('9000')}. */
  public String source(String key) {
    Setting s = settings.get(key);
    return s.file() + " " + key + " ('" + s.value() + "')";
  }

  /**
   * A port setting: empty when unset, else the port (-1 and 0, off and random, are left to callers).
   *
   * @throws AppConfigException naming the file, the key, the value and the override when it is not a port
   */
  public Optional<Integer> port(String key) {
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
      throw new AppConfigException(source(key) + " is not a port; " + wording.verb() + " the port with "
          + wording.overrideFor(key) + wording.nothingWritten());
    }
  }

  /** The wording of the tool that read the settings, for the messages built from them. */
  Wording wording() {
    return wording;
  }

  private static void properties(String text, String file, Map<String, Setting> out, Wording wording) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new AppConfigException(file + " cannot be read: " + firstLine(e.getMessage()) + wording.fixIt(), e);
    }
    for (String key : p.stringPropertyNames()) {
      out.put(key, new Setting(p.getProperty(key), file));
    }
  }

  private static void yaml(String text, String file, Yaml yaml, Map<String, Setting> out, Wording wording) {
    try {
      for (Object doc : yaml.documents(text)) {
        // a document for a profile does not apply to the default profile
        if (doc == null || isValue(doc, "spring", "config", "activate", "on-profile")
            || isValue(doc, "spring", "profiles")) {
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
      throw new AppConfigException(file + " is not valid YAML" + where + ": "
          + firstLine(message).replaceAll(" at \\[Source.*", "") + wording.fixIt(), e);
    }
  }

  /** Whether the path of keys leads, through maps, to a scalar or a null (not a map or a list). */
  private static boolean isValue(Object doc, String... keys) {
    Object node = doc;
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return false;
      }
      node = map.get(key);
    }
    return !(node instanceof Map<?, ?>) && !(node instanceof List<?>);
  }

  private static void flatten(String prefix, Object node, String file, Map<String, Setting> out) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        flatten(prefix.isEmpty() ? key : prefix + "." + key, e.getValue(), file, out);
      }
    } else if (node instanceof List<?> list) {
      // a list is also one comma-separated setting, as Spring Boot binds it to a String
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), file, out);
        joined.append(i == 0 ? "" : ",").append(text(list.get(i)));
      }
      out.put(prefix, new Setting(joined.toString(), file));
    } else if (node != null && !prefix.isEmpty()) {
      out.put(prefix, new Setting(text(node), file));
    }
  }

  /** A value as text: a scalar as written, "null" for a null, nothing for a map or a list. */
  private static String text(Object node) {
    if (node == null) {
      return "null";
    }
    if (node instanceof Map<?, ?> || node instanceof List<?>) {
      return "";
    }
    return node instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : node.toString();
  }

  /** The first line of a library's error message, which often spans several. */
  private static String firstLine(String message) {
    return message == null ? "" : message.strip().split("\\R", 2)[0];
  }
}
