package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .dockerdsl.toml}, {@code --config}, ignored paths and {@code lint -}. */
class LintConfigTest {
  /** Two findings: DF015 (EXPOSE without HEALTHCHECK, warning) and DF039 (unpinned apt package, info). */
  private static final String SERVICE = String.join("\n",
      "FROM debian:12.5-slim",
      "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
      "USER 10001",
      "EXPOSE 8080",
      "CMD [\"/app\"]",
      "");

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void without_configuration_the_defaults_apply() throws IOException {
    CliTest.Result r = CliTest.run("lint", write("svc/Dockerfile", SERVICE).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("warning: [DF015 HealthcheckInServiceImage]", "info: [DF039 PinPackageVersions]")
        .endsWith("1 file checked: 0 errors, 1 warning, 1 info; 0 suppressed\n");
  }

  @Test
  void the_nearest_config_above_the_file_sets_severities_and_turns_rules_off() throws IOException {
    write(".dockerdsl.toml", "[rules]\nDF015 = \"error\"\nDF039 = \"off\"\n");
    Path file = write("services/api/Dockerfile", SERVICE);
    CliTest.Result r = CliTest.run("lint", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(file + ":4:1: error: [DF015 HealthcheckInServiceImage]")
        .doesNotContain("DF039")
        .endsWith("1 file checked: 1 error, 0 warnings, 0 info; 0 suppressed\n");
  }

  @Test
  void a_rule_table_sets_the_severity_and_an_explicit_config_wins() throws IOException {
    write(".dockerdsl.toml", "[rules]\nDF015 = \"error\"\n");
    Path other = write("ci/lint.toml", "[rules.DF015]\nseverity = \"info\"\n");
    CliTest.Result r = CliTest.run("lint", "--config", other.toString(), write("Dockerfile", SERVICE).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("1 file checked: 0 errors, 0 warnings, 2 info; 0 suppressed\n");
  }

  @Test
  void ignored_paths_are_skipped_with_a_note() throws IOException {
    write(".dockerdsl.toml", "[lint]\nignore = [\"vendor/**\"]\n");
    Path vendored = write("vendor/lib/Dockerfile", "FROM node\n");
    Path own = write("Dockerfile", SERVICE);
    CliTest.Result r = CliTest.run("lint", vendored.toString(), own.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("dockerdsl: " + vendored + ": skipped, " + dir.resolve(".dockerdsl.toml")
        + " ignores 'vendor/**'\n");
    assertThat(r.out()).endsWith("1 file checked: 0 errors, 1 warning, 1 info; 0 suppressed\n");
  }

  @Test
  void mistakes_in_the_config_are_usage_errors_naming_file_and_key() throws IOException {
    Path dockerfile = write("Dockerfile", SERVICE);
    assertThat(errorFor("[rules]\nDF999 = \"off\"\n", dockerfile)).isEqualTo("rules.DF999 names no rule; "
        + "'dockerdsl rules' lists the built-in ones, and company rules come from --rules-jar or lint.rules-jars");
    assertThat(errorFor("[rules]\nDF015 = \"fatal\"\n", dockerfile))
        .isEqualTo("rules.DF015 is 'fatal'; give error, warning, info or off");
    assertThat(errorFor("[rules.DF015]\nlevel = \"info\"\n", dockerfile))
        .isEqualTo("unknown key rules.DF015.level; a rule's table takes severity and options");
    assertThat(errorFor("[lint]\nignores = [\"x\"]\n", dockerfile))
        .isEqualTo("unknown key lint.ignores; [lint] takes ignore and rules-jars");
    assertThat(errorFor("[rule]\nDF015 = \"off\"\n", dockerfile))
        .isEqualTo("unknown table [rule]; the configuration has [lint] and [rules], see docs/linter.md");
    assertThat(errorFor("[rules.DF015.options]\nmax = 3\n", dockerfile))
        .isEqualTo("rules.DF015.options: rule DF015 HealthcheckInServiceImage takes no options");
    assertThat(errorFor("[rules\n", dockerfile)).startsWith("is not valid TOML: ");
  }

  private String errorFor(String toml, Path dockerfile) throws IOException {
    Path config = write(".dockerdsl.toml", toml);
    CliTest.Result r = CliTest.run("lint", dockerfile.toString());
    assertThat(r.code()).as(toml).isEqualTo(2);
    assertThat(r.out()).as(toml).isEmpty();
    String prefix = "dockerdsl: " + config + ": ";
    assertThat(r.err()).as(toml).startsWith(prefix).endsWith("\n");
    return r.err().substring(prefix.length(), r.err().length() - 1);
  }

  @Test
  void a_missing_config_file_is_a_usage_error() {
    CliTest.Result r = CliTest.run("lint", "--config", dir.resolve("nope.toml").toString(), "Dockerfile");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: " + dir.resolve("nope.toml") + ": no such file (given with --config)\n");
  }

  @Test
  void lint_dash_reads_standard_input() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream("FROM node\nCMD [\"node\", \"a.js\"]\n".getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), "lint", "-");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).startsWith("-:1:1: error: [DF001 PinnedBaseImage] base image 'node' has no tag")
        .endsWith("1 file checked: 2 errors, 0 warnings, 0 info; 0 suppressed\n");
  }

  @Test
  void the_tables_dockerdsl_rules_prints_turn_the_opt_in_rules_on() throws IOException {
    write(".dockerdsl.toml", OptInRules.howToEnable("DF070") + "\n" + OptInRules.howToEnable("DF071") + "\n");
    Path file = write("Dockerfile", SERVICE);
    CliTest.Result r = CliTest.run("lint", file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(file + ":1:1: error: [DF070 AllowedRegistries]", "[DF071 LabelSchema]");
  }

  @Test
  void company_policy_rules_are_turned_on_by_their_options() throws IOException {
    write(".dockerdsl.toml", String.join("\n",
        "[rules.DF070]",
        "severity = \"error\"",
        "options = { registries = [\"registry.acme.com\"] }",
        "[rules.DF071]",
        "options = { labels = { \"org.opencontainers.image.source\" = \"url\" } }",
        ""));
    Path file = write("Dockerfile", SERVICE);
    CliTest.Result r = CliTest.run("lint", file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":1:1: error: [DF070 AllowedRegistries]", "[DF071 LabelSchema]");
  }

  @Test
  void a_company_policy_rule_without_its_options_is_a_configuration_error() throws IOException {
    write(".dockerdsl.toml", "[rules]\nDF070 = \"error\"\n");
    CliTest.Result r = CliTest.run("lint", write("Dockerfile", SERVICE).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: " + dir.resolve(".dockerdsl.toml") + ": rules.DF070.options.registries "
        + "is missing; DF070 is off until it lists the allowed registries, e.g. registries = [\"registry.acme.com\", "
        + "\"ghcr.io\"]\n");
  }

  @Test
  void a_label_format_that_does_not_exist_names_the_allowed_ones() throws IOException {
    write(".dockerdsl.toml", "[rules.DF071]\noptions = { labels = { \"a\" = \"date\" } }\n");
    CliTest.Result r = CliTest.run("lint", write("Dockerfile", SERVICE).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: " + dir.resolve(".dockerdsl.toml") + ": rules.DF071.options.labels: format "
        + "'date' of label 'a' is not known; use one of text, url, rfc3339, spdx, git-hash, semver, email\n");
  }
}
