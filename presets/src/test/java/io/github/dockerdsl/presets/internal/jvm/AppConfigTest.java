package io.github.dockerdsl.presets.internal.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.internal.jvm.JvmService.Framework;
import io.github.dockerdsl.presets.internal.jvm.JvmService.Overrides;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shared settings code on its own, with YAML documents given as a parser returns them (nested maps,
 * lists, scalars, null), for what the cli's and the plugin's tests do not reach: lists, the older profile
 * key, the order of the files, unreadable properties, and each tool's wording of a bad port.
 */
class AppConfigTest {
  private static final Wording CLI = new Wording("--port", "--health-path", "--no-healthcheck", "pass",
      " (nothing was written)", "; fix it, nothing was written", "init");
  private static final Wording PLUGIN = new Wording("<port>", "<healthPath>", "<healthPath>none</healthPath>", "set",
      "", "; fix it", "the plugin");
  private static final String DIR = "app/src/main/resources/";

  /** The files of a project, by path; the YAML text is a key into {@code yaml}, the documents it parses to. */
  private static AppConfig read(Map<String, String> files, Map<String, List<?>> yaml, Wording wording) {
    return AppConfig.read(name -> Optional.ofNullable(files.get(name)), "app", text -> {
      if (!yaml.containsKey(text)) {
        throw new IOException("mapping values are not allowed here\n in 'reader', line 2, column 7:\n  bad");
      }
      return yaml.get(text);
    }, wording);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void yaml_is_flattened_to_dotted_keys_lists_included_and_profile_documents_are_skipped() {
    Map<String, Object> defaults = map("server", map("port", 9090, "ssl", map("enabled", false)),
        "management", map("endpoints", map("web", map("exposure", map("include", List.of("info", "health"))))),
        "tags", Arrays.asList("a", null, map("x", 1)), "empty", null);
    Map<String, Object> legacyProfile = map("spring", map("profiles", "dev"), "server", map("port", 1111));
    Map<String, Object> profile = map("spring", map("config", map("activate", map("on-profile", "prod"))),
        "server", map("port", 2222));
    List<Object> docs = new ArrayList<>(List.of(defaults, legacyProfile, profile));
    docs.add(null);
    AppConfig config = read(Map.of(DIR + "application.yml", "yml"), Map.of("yml", docs), CLI);
    assertThat(config.port("server.port")).contains(9090);
    assertThat(config.get("server.ssl.enabled")).contains("false");
    assertThat(config.get("management.endpoints.web.exposure.include")).contains("info,health");
    assertThat(config.get("management.endpoints.web.exposure.include[1]")).contains("health");
    // a list's element that is a map or null joins as the text a YAML tree gives it
    assertThat(config.get("tags")).contains("a,null,");
    assertThat(config.get("tags[2].x")).contains("1");
    assertThat(config.raw("tags[1]")).isEmpty();
    assertThat(config.raw("empty")).isEmpty();
    assertThat(config.source("server.port")).isEqualTo(DIR + "application.yml server.port ('9090')");
  }

  @Test
  void properties_win_over_yaml_and_yml_over_yaml_as_in_spring_boot() {
    AppConfig config = read(Map.of(DIR + "application.yml", "yml", DIR + "application.yaml", "yaml",
        DIR + "application.properties", "server.port=7000\n"), Map.of("yml", List.of(map("server",
        map("port", 8000, "address", "0.0.0.0"))), "yaml", List.of(map("server", map("address", "::", "x", "y")))),
        PLUGIN);
    assertThat(config.source("server.port")).isEqualTo(DIR + "application.properties server.port ('7000')");
    assertThat(config.source("server.address")).isEqualTo(DIR + "application.yaml server.address ('::')");
  }

  @Test
  void a_bad_port_names_the_file_the_key_the_value_and_each_tool_s_override() {
    for (String value : List.of("abc", "70000", "-2", "8080.5")) {
      Map<String, String> files = Map.of(DIR + "application.properties", "server.port=" + value + "\n");
      assertThatThrownBy(() -> read(files, Map.of(), CLI).port("server.port")).isInstanceOf(AppConfigException.class)
          .hasMessage(DIR + "application.properties server.port ('" + value + "') is not a port; pass the port with "
              + "--port (nothing was written)");
      assertThatThrownBy(() -> read(files, Map.of(), PLUGIN).port("server.port")).hasMessage(DIR
          + "application.properties server.port ('" + value + "') is not a port; set the port with <port>");
    }
    Map<String, String> zero = Map.of(DIR + "application.properties", "server.port=0\n");
    assertThatThrownBy(() -> JvmService.apply(Framework.SPRING_BOOT, true, read(zero, Map.of(), PLUGIN),
        new Overrides(Optional.empty(), Optional.empty(), false), JavaOptions.builder(), new ArrayList<>()))
        .hasMessage(DIR + "application.properties server.port ('0') picks a random port or none; set <port>");
    Map<String, String> path = Map.of(DIR + "application.properties", "server.servlet.context-path=${CTX}\n");
    assertThatThrownBy(() -> read(path, Map.of(), PLUGIN).get("server.servlet.context-path")).hasMessage(DIR
        + "application.properties sets server.servlet.context-path to '${CTX}', which has no default here; set the "
        + "value with <healthPath>");
  }

  @Test
  void files_that_cannot_be_parsed_are_named_with_the_parser_s_first_line_and_place() {
    Map<String, String> escape = Map.of(DIR + "application.properties", "server.port=\\u00zz\n");
    assertThatThrownBy(() -> read(escape, Map.of(), CLI)).isInstanceOf(AppConfigException.class)
        .hasMessage(DIR + "application.properties cannot be read: Malformed \\uxxxx encoding.; fix it, nothing was "
            + "written");
    Map<String, String> yaml = Map.of(DIR + "application.yml", "server:\n  port: 1: 2\n");
    assertThatThrownBy(() -> read(yaml, Map.of(), PLUGIN)).hasMessage(DIR + "application.yml is not valid YAML: "
        + "line 2, column 7: mapping values are not allowed here; fix it");
  }

  @Test
  void the_plugin_s_evidence_names_its_parameters() {
    Map<String, String> files = Map.of(DIR + "application.properties", "management.server.port=9001\n");
    List<String> evidence = new ArrayList<>();
    JavaOptions.Builder options = JavaOptions.builder();
    JvmService.apply(Framework.SPRING_BOOT, true, read(files, Map.of(), PLUGIN),
        new Overrides(Optional.of(8000), Optional.of("/ready"), false), options, evidence);
    assertThat(evidence).containsExactly("port 8000: <port>",
        "healthcheck http://127.0.0.1:9001/ready: <healthPath> on the management port 9001");
    evidence.clear();
    JvmService.apply(Framework.QUARKUS, false, read(Map.of(), Map.of(), PLUGIN),
        new Overrides(Optional.empty(), Optional.empty(), false), JavaOptions.builder(), evidence);
    assertThat(evidence).containsExactly("port 8080: Quarkus default (no quarkus.http.port in "
        + "application.properties/yml)", "no healthcheck: quarkus-smallrye-health is not a dependency (with it, "
        + "/q/health) (set <healthPath> to probe one)");
  }
}
