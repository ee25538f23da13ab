package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code lint FILE...} with nothing but file names and at most a {@code --format} runs without picocli
 * ({@link LintCommand#filesOnly}): it must be the command picocli parses from the same arguments, and
 * anything else must go to picocli.
 */
class LintFilesOnlyTest {
  private static final String SAMPLE = "src/test/resources/lint/sample.Dockerfile";
  private static final String CLEAN = "src/test/resources/lint/clean.Dockerfile";
  private static final String BROKEN = "src/test/resources/lint/broken.Dockerfile";
  private static final PrintWriter SINK = new PrintWriter(StringWriter.nullWriter());

  @Test
  void file_names_alone_give_the_values_picocli_parses_from_them() {
    for (String[] args : List.of(new String[] {"lint", "Dockerfile"}, new String[] {"lint", "a", "b/c.Dockerfile", "-"},
        new String[] {"lint", "lint", "help", "x y", "./-x", "a=b", "${HOME}"})) {
      LintCommand.Values picocli = picocliValues(args);
      assertThat(LintCommand.filesOnly(new Main(), SINK, SINK, args)).as(String.join(" ", args))
          .hasValueSatisfying(c -> assertThat(c.values()).isEqualTo(picocli));
      assertThat(picocli.format()).isEqualTo(LintCommand.Format.text);
    }
  }

  @Test
  void one_format_spelt_exactly_gives_the_values_picocli_parses() {
    for (String[] args : List.of(new String[] {"lint", "--format", "json", "a"}, new String[] {"lint", "a", "--format=sarif"},
        new String[] {"lint", "a", "--format", "text", "b", "-"})) {
      LintCommand.Values picocli = picocliValues(args);
      assertThat(LintCommand.filesOnly(new Main(), SINK, SINK, args)).as(String.join(" ", args))
          .hasValueSatisfying(c -> assertThat(c.values()).isEqualTo(picocli));
    }
    assertThat(picocliValues("lint", "a", "--format=sarif").format()).isEqualTo(LintCommand.Format.sarif);
  }

  @Test
  void options_argument_files_empty_names_and_other_commands_go_to_picocli() {
    for (String[] args : List.of(new String[] {"lint"}, new String[] {"lint", "--format", "json"},
        new String[] {"lint", "a", "--format"}, new String[] {"lint", "--format", "JSON", "a"},
        new String[] {"lint", "--format=", "a"}, new String[] {"lint", "--formats", "a"},
        new String[] {"lint", "--format", "json", "--format", "text", "a"}, new String[] {"lint", "--format", "@f", "a"},
        new String[] {"lint", "--format=json", "--format", "a"},
        new String[] {"lint", "a", "--show-suppressed"}, new String[] {"lint", "--", "a"}, new String[] {"lint", "-h"},
        new String[] {"lint", "@args.txt"}, new String[] {"lint", "a", ""}, new String[] {"lint", "a\0b"},
        new String[] {"--verbose", "lint", "a"}, new String[] {"fmt", "a"}, new String[] {"help", "lint"},
        new String[] {})) {
      assertThat(LintCommand.filesOnly(new Main(), SINK, SINK, args)).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void a_picocli_system_property_sends_even_file_names_to_picocli() {
    System.setProperty("picocli.trimQuotes", "true");
    try {
      assertThat(LintCommand.filesOnly(new Main(), SINK, SINK, "lint", "\"a\"")).isEmpty();
    } finally {
      System.clearProperty("picocli.trimQuotes");
    }
  }

  @Test
  void reports_errors_and_exit_codes_are_those_of_the_same_run_through_picocli() {
    String[] files = {SAMPLE, BROKEN, CLEAN, "no/such/Dockerfile"};
    for (String format : new String[] {"text", "json", "sarif"}) {
      String[] args = concat(new String[] {"lint", "--format", format}, files);
      CliTest.Result direct = CliTest.run(args);
      assertThat(direct).as(format).isEqualTo(run("", true, args));
      assertThat(direct.code()).isEqualTo(2);
      assertThat(direct.err()).contains("dockerdsl: no/such/Dockerfile: no such file");
    }
    CliTest.Result direct = CliTest.run(concat(new String[] {"lint"}, files));
    assertThat(direct).isEqualTo(run("", true, concat(new String[] {"lint"}, files)))
        .isEqualTo(CliTest.run(concat(new String[] {"lint", "--format=text"}, files)));
    assertThat(CliTest.run("lint", CLEAN)).isEqualTo(run("", true, "lint", CLEAN))
        .extracting(CliTest.Result::code).isEqualTo(0);
  }

  @Test
  void standard_input_and_a_configuration_beside_the_file_are_read_as_through_picocli(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve(".dockerdsl.toml"), "[rules]\nDF002 = \"off\"\n");
    Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM debian:bookworm-slim\nRUN echo hi\n");
    assertThat(run("", false, "lint", file.toString())).isEqualTo(run("", true, "lint", file.toString()));
    assertThat(run("", false, "lint", "--format=json", file.toString()))
        .isEqualTo(run("", true, "lint", "--format=json", file.toString()));
    String stdin = "FROM debian:bookworm-slim\nRUN echo hi\n";
    assertThat(run(stdin, false, "lint", "-")).isEqualTo(run(stdin, true, "lint", "-"))
        .satisfies(r -> assertThat(r.out()).contains("1 file checked"));
  }

  /** A run as {@link Main#run} makes it, or (picocli true) the same arguments forced through picocli. */
  private static CliTest.Result run(String stdin, boolean picocli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int code;
    if (picocli) {
      Main main = new Main();
      main.in = in;
      code = Main.runWithPicocli(main, new PrintWriter(out), new PrintWriter(err), args);
    } else {
      code = Main.run(in, new PrintWriter(out), new PrintWriter(err), args);
    }
    return new CliTest.Result(code, out.toString(), err.toString());
  }

  private static LintCommand.Values picocliValues(String... args) {
    CommandLine cli = Main.commandLine(new Main(), args);
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    return ((LintCommand) parsed.subcommand().commandSpec().userObject()).values();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
