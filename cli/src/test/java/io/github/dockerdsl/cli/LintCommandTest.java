package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class LintCommandTest {
  private static final String SAMPLE = "src/test/resources/lint/sample.Dockerfile";
  private static final String CLEAN = "src/test/resources/lint/clean.Dockerfile";
  private static final String BROKEN = "src/test/resources/lint/broken.Dockerfile";

  @Test
  void text_report_of_the_sample() {
    CliTest.Result r = CliTest.run("lint", SAMPLE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    Approvals.verify(r.out());
  }

  @Test
  void text_report_with_suppressed_findings() {
    CliTest.Result r = CliTest.run("lint", "--show-suppressed", SAMPLE);
    assertThat(r.out()).contains("[suppressed by # hadolint ignore=DL3008]",
        "[suppressed by # check=skip=JSONArgsRecommended]",
        "[suppressed by # dockerdsl:suppress DF002 -- the entrypoint drops to uid 1000 with gosu]");
  }

  @Test
  void json_report_of_the_sample() {
    CliTest.Result r = CliTest.run("lint", "--format", "json", SAMPLE, CLEAN);
    assertThat(r.code()).isEqualTo(1);
    Approvals.verify(r.out(), new Options().forFile().withExtension(".json"));
  }

  @Test
  void sarif_report_of_the_sample() throws Exception {
    CliTest.Result r = CliTest.run("lint", "--format", "sarif", SAMPLE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(sarifProblems(new ObjectMapper().readTree(r.out()))).isEmpty();
    Approvals.verify(r.out(), new Options().forFile().withExtension(".sarif.json"));
  }

  @Test
  void a_clean_file_exits_0() {
    CliTest.Result r = CliTest.run("lint", CLEAN);
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
  }

  @Test
  void a_syntax_error_is_one_line_on_stderr_and_exit_2_and_other_files_are_still_checked() {
    CliTest.Result r = CliTest.run("lint", BROKEN, CLEAN);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: " + BROKEN + ":2:5: flag '--mont' is unknown for RUN; RUN takes "
        + "--device, --mount, --network, --security\n");
    assertThat(r.out()).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
  }

  @Test
  void many_files_are_linted_in_parallel_and_reported_in_the_order_given() {
    String[] cycle = {SAMPLE, BROKEN, CLEAN, "no/such/Dockerfile"};
    List<String> args = new ArrayList<>(List.of("lint"));
    StringBuilder expectedOut = new StringBuilder();
    StringBuilder expectedErr = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String file = cycle[(i * 7 + i / 5) % cycle.length];
      args.add(file);
      CliTest.Result one = CliTest.run("lint", file);
      expectedOut.append(withoutSummary(one.out()));
      expectedErr.append(one.err());
    }
    CliTest.Result all = CliTest.run(args.toArray(String[]::new));
    assertThat(all.code()).isEqualTo(2);
    assertThat(all.err()).isEqualTo(expectedErr.toString());
    assertThat(withoutSummary(all.out())).isEqualTo(expectedOut.toString());
    assertThat(all.out()).endsWith("24 files checked: 16 errors, 80 warnings, 0 info; 48 suppressed\n");
  }

  private static String withoutSummary(String report) {
    return report.substring(0, report.lastIndexOf('\n', report.length() - 2) + 1);
  }

  @Test
  void a_missing_file_is_an_input_error() {
    CliTest.Result r = CliTest.run("lint", "no/such/Dockerfile");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: no/such/Dockerfile: no such file\n");
  }

  @Test
  void no_file_or_an_unknown_format_is_a_usage_error() {
    assertThat(CliTest.run("lint").code()).isEqualTo(2);
    CliTest.Result r = CliTest.run("lint", "--format", "xml", CLEAN);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dockerdsl: Invalid value for option '--format'");
  }

  @Test
  void the_structural_check_finds_a_missing_property() throws Exception {
    JsonNode broken = new ObjectMapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},"
        + "\"results\":[{\"ruleId\":\"DF001\",\"message\":{}}]}]}");
    assertThat(sarifProblems(broken)).contains("runs[0].tool.driver.name is missing",
        "runs[0].results[0].message.text is missing", "runs[0].results[0].locations is missing");
  }

  /**
   * The properties SARIF 2.1.0 requires, and those GitHub code scanning needs, checked by hand; an
   * empty list means the log is well-formed for our purposes.
   */
  static List<String> sarifProblems(JsonNode log) {
    List<String> problems = new ArrayList<>();
    if (!"2.1.0".equals(log.path("version").asText())) {
      problems.add("version is not 2.1.0");
    }
    require(log, "$schema", "", problems);
    JsonNode runs = log.path("runs");
    if (!runs.isArray() || runs.isEmpty()) {
      problems.add("runs is missing or empty");
      return problems;
    }
    for (int i = 0; i < runs.size(); i++) {
      String at = "runs[" + i + "]";
      JsonNode driver = runs.get(i).path("tool").path("driver");
      require(driver, "name", at + ".tool.driver.", problems);
      require(driver, "informationUri", at + ".tool.driver.", problems);
      Set<String> ruleIds = new HashSet<>();
      JsonNode rules = driver.path("rules");
      for (int k = 0; k < rules.size(); k++) {
        JsonNode rule = rules.get(k);
        String r = at + ".tool.driver.rules[" + k + "].";
        require(rule, "id", r, problems);
        require(rule.path("shortDescription"), "text", r + "shortDescription.", problems);
        require(rule.path("fullDescription"), "text", r + "fullDescription.", problems);
        require(rule.path("help"), "text", r + "help.", problems);
        require(rule, "helpUri", r, problems);
        checkLevel(rule.path("defaultConfiguration").path("level"), r + "defaultConfiguration.level", problems);
        if (!ruleIds.add(rule.path("id").asText())) {
          problems.add(r + "id is a duplicate");
        }
      }
      JsonNode results = runs.get(i).path("results");
      if (!results.isArray()) {
        problems.add(at + ".results is missing");
        continue;
      }
      for (int k = 0; k < results.size(); k++) {
        JsonNode result = results.get(k);
        String r = at + ".results[" + k + "].";
        require(result.path("message"), "text", r + "message.", problems);
        if (!ruleIds.contains(result.path("ruleId").asText())) {
          problems.add(r + "ruleId '" + result.path("ruleId").asText() + "' is not in tool.driver.rules");
        }
        checkLevel(result.path("level"), r + "level", problems);
        JsonNode locations = result.path("locations");
        if (!locations.isArray() || locations.isEmpty()) {
          problems.add(r + "locations is missing");
          continue;
        }
        JsonNode physical = locations.get(0).path("physicalLocation");
        require(physical.path("artifactLocation"), "uri", r + "locations[0].physicalLocation.artifactLocation.", problems);
        JsonNode region = physical.path("region");
        if (region.path("startLine").asInt(0) < 1 || region.path("startColumn").asInt(0) < 1
            || region.path("endLine").asInt(0) < region.path("startLine").asInt(0)) {
          problems.add(r + "locations[0].physicalLocation.region is not a valid 1-based region");
        }
        JsonNode suppressions = result.path("suppressions");
        for (int s = 0; s < suppressions.size(); s++) {
          String kind = suppressions.get(s).path("kind").asText();
          if (!kind.equals("inSource") && !kind.equals("external")) {
            problems.add(r + "suppressions[" + s + "].kind '" + kind + "' is not inSource or external");
          }
        }
      }
    }
    return problems;
  }

  @Test
  void the_dockerignore_beside_the_dockerfile_is_read(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("Dockerfile"),
        "FROM debian:12\nWORKDIR /app\nCOPY .env config/ ./\nUSER 1000\n");
    java.nio.file.Files.writeString(dir.resolve(".dockerignore"), "# secrets\n.env\n");
    CliTest.Result r = CliTest.run("lint", dir.resolve("Dockerfile").toString());
    assertThat(r.out()).contains(":3:1: warning: [DF011 CopyIgnoredFile] COPY of '.env', which the .dockerignore "
        + "excludes, so it never reaches the builder and the build fails with 'not found'");
  }

  @Test
  void a_dockerignore_that_does_not_compile_is_an_input_error(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nUSER 1000\n");
    java.nio.file.Files.writeString(dir.resolve(".dockerignore"), "node_modules\nsrc/[abc\n");
    CliTest.Result r = CliTest.run("lint", dir.resolve("Dockerfile").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: " + dir.resolve(".dockerignore") + ": .dockerignore line 2: "
        + ".dockerignore pattern 'src/[abc' has an unclosed '['; close it or escape it\n");
  }

  private static void require(JsonNode node, String property, String at, List<String> problems) {
    if (!node.path(property).isTextual() || node.path(property).asText().isEmpty()) {
      problems.add(at + property + " is missing");
    }
  }

  private static void checkLevel(JsonNode level, String at, List<String> problems) {
    if (!Set.of("none", "note", "warning", "error").contains(level.asText())) {
      problems.add(at + " '" + level.asText() + "' is not none, note, warning or error");
    }
  }
}
