package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockerdsl.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmt}, {@code parse --json} and {@code generate-completion} through {@link Main#run}. */
class FmtParseCommandTest {
  static final Path SAMPLES = Path.of("src/test/resources/dockerfiles");
  static final String MESSY = "from node:20-bookworm-slim as build\nworkdir /app\nenv NODE_ENV production\n"
      + "run npm ci && \\\n      npm run build\ncmd [\"node\",   \"dist/server.js\"]\n";
  static final String CANONICAL = "FROM node:20-bookworm-slim AS build\nWORKDIR /app\nENV NODE_ENV=production\n"
      + "RUN npm ci && \\\n      npm run build\nCMD [\"node\", \"dist/server.js\"]\n";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void fmt_prints_the_canonical_form_and_changes_nothing() throws IOException {
    Path messy = file("Dockerfile", MESSY);
    Result r = CliTest.run("fmt", messy.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(CANONICAL);
    assertThat(Files.readString(messy)).isEqualTo(MESSY);
  }

  @Test
  void fmt_of_several_files_heads_each_with_its_name() throws IOException {
    Path a = file("a.Dockerfile", MESSY);
    Path b = file("b.Dockerfile", CANONICAL);
    Result r = CliTest.run("fmt", a.toString(), b.toString());
    assertThat(r.out()).isEqualTo("# ==> " + a + " <==\n" + CANONICAL + "# ==> " + b + " <==\n" + CANONICAL);
  }

  @Test
  void fmt_check_exits_1_and_names_each_file_that_is_not_canonical() throws IOException {
    Path messy = file("Dockerfile", MESSY);
    Path clean = file("clean.Dockerfile", CANONICAL);
    Result r = CliTest.run("fmt", "--check", messy.toString(), clean.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("dockerdsl: " + messy + " is not canonical (first difference at line 1); "
        + "run 'dockerdsl fmt --write " + messy + "'\n");
    assertThat(Files.readString(messy)).isEqualTo(MESSY);
  }

  @Test
  void fmt_check_exits_0_on_canonical_files() throws IOException {
    Result r = CliTest.run("fmt", "--check", file("Dockerfile", CANONICAL).toString());
    assertThat(r).isEqualTo(new Result(0, "", ""));
  }

  @Test
  void fmt_write_rewrites_a_hand_written_file_in_place_keeping_its_mode() throws IOException {
    Path messy = file("Dockerfile", MESSY);
    Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-rw-r--"));
    Result r = CliTest.run("fmt", "--write", messy.toString());
    assertThat(r).isEqualTo(new Result(0, "formatted " + messy + "\n", ""));
    assertThat(Files.readString(messy)).isEqualTo(CANONICAL);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(messy))).isEqualTo("rw-rw-r--");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(messy);
    }
    assertThat(CliTest.run("fmt", "--write", messy.toString())).isEqualTo(new Result(0, "", ""));
  }

  @Test
  void fmt_write_through_a_symbolic_link_rewrites_the_target() throws IOException {
    Path real = file("real.Dockerfile", MESSY);
    Path link = Files.createSymbolicLink(dir.resolve("Dockerfile"), real.getFileName());
    assertThat(CliTest.run("fmt", "--write", link.toString()).code()).isEqualTo(0);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo(CANONICAL);
  }

  @Test
  void fmt_check_and_write_together_are_a_usage_error() throws IOException {
    Result r = CliTest.run("fmt", "--check", "--write", file("Dockerfile", MESSY).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dockerdsl: Error: --check, --write are mutually exclusive (specify only one)\n"
        + "Try 'dockerdsl fmt --help'.");
  }

  @Test
  void fmt_syntax_error_is_file_line_column_and_exit_2_and_the_file_is_kept() throws IOException {
    String broken = "FROM alpine:3.20\nRUN --mont=type=cache,target=/b make\n";
    Path file = file("Dockerfile", broken);
    Result r = CliTest.run("fmt", "--write", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("dockerdsl: " + file + ":2:5: flag '--mont' is unknown for RUN; "
        + "RUN takes --device, --mount, --network, --security\n");
    assertThat(Files.readString(file)).isEqualTo(broken);
  }

  @Test
  void fmt_continues_after_a_bad_file_and_exits_with_the_worst_code() throws IOException {
    Path missing = dir.resolve("nope");
    Path messy = file("Dockerfile", MESSY);
    Result r = CliTest.run("fmt", "--check", missing.toString(), messy.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: " + missing + ": no such file\n"
        + "dockerdsl: " + messy + " is not canonical (first difference at line 1); run 'dockerdsl fmt --write "
        + messy + "'\n");
  }

  @Test
  void fmt_without_files_is_a_usage_error() {
    Result r = CliTest.run("fmt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dockerdsl: Missing required parameter: 'FILE'\n");
  }

  @Test
  void parse_json_of_a_rich_file() {
    Result r = CliTest.run("parse", SAMPLES.resolve("rich.Dockerfile").toString(), "--json");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    Approvals.verify(r.out(), new Options().forFile().withExtension(".json"));
  }

  @Test
  void parse_json_has_the_schema_version_and_positions() throws IOException {
    Result r = CliTest.run("parse", "--json", file("Dockerfile", MESSY).toString());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(ParseJson.SCHEMA_VERSION);
    JsonNode run = json.path("stages").path(0).path("instructions").path(2);
    assertThat(run.path("type").asText()).isEqualTo("run");
    assertThat(run.path("keywordAsWritten").asText()).isEqualTo("run");
    assertThat(run.path("line").asInt()).isEqualTo(4);
    assertThat(run.path("endLine").asInt()).isEqualTo(5);
    assertThat(json.path("stages").path(0).path("instructions").path(1).path("sourceFlags").toString())
        .isEqualTo("[\"LEGACY_KEY_VALUE\"]");
  }

  @Test
  void parse_defaults_to_json() throws IOException {
    Path dockerfile = file("Dockerfile", CANONICAL);
    Result plain = CliTest.run("parse", dockerfile.toString());
    assertThat(plain.code()).isZero();
    assertThat(plain.err()).isEmpty();
    assertThat(new ObjectMapper().readTree(plain.out()).path("schemaVersion").asInt())
        .isEqualTo(ParseJson.SCHEMA_VERSION);
    assertThat(plain.out()).isEqualTo(CliTest.run("parse", "--json", dockerfile.toString()).out());
  }

  @Test
  void parse_syntax_error_is_file_line_column() throws IOException {
    Path file = file("Dockerfile", "RUN echo hi\n");
    Result r = CliTest.run("parse", "--json", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("dockerdsl: " + file + ":1:1: ").doesNotContain("\n\t").endsWith("\n");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void parse_of_a_missing_file() {
    Result r = CliTest.run("parse", "--json", dir.resolve("nope").toString());
    assertThat(r).isEqualTo(new Result(2, "", "dockerdsl: " + dir.resolve("nope") + ": no such file\n"));
  }

  @Test
  void verbose_adds_the_stack_trace() throws IOException {
    Result r = CliTest.run("--verbose", "parse", "--json", file("Dockerfile", "RUN echo hi\n").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("DockerfileSyntaxException", "\tat ");
  }

  @Test
  void generate_completion_prints_a_bash_script_and_is_hidden_from_help() {
    Result r = CliTest.run("generate-completion");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_dockerdsl");
    assertThat(CliTest.run("--help").out()).contains("fmt", "parse", "init", "rules").doesNotContain("generate-completion");
  }

  @Test
  void help_lists_the_commands() {
    Result r = CliTest.run("--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("Usage: dockerdsl [-hV] [--verbose] [COMMAND]");
  }
}
