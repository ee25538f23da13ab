package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** Which commands {@link Main} builds for a run: only the one named, unless help or completion needs them all. */
class MainTest {
  private static final String[] ALL = {"init", "lint", "fmt", "import", "parse", "rules", "generate-completion", "help"};

  @Test
  void a_named_command_is_the_only_one_built() {
    assertThat(Main.commandLine(new Main(), "lint", "Dockerfile").getSubcommands()).containsOnlyKeys("lint");
    assertThat(Main.commandLine(new Main(), "--verbose", "fmt", "--check", "x").getSubcommands()).containsOnlyKeys("fmt");
  }

  @Test
  void help_completion_no_command_or_a_misspelt_one_build_them_all() {
    for (String[] args : new String[][] {{}, {"--help"}, {"help", "lint"}, {"generate-completion"}, {"lnt"},
        {"--", "lint"}}) {
      assertThat(Main.commandLine(new Main(), args).getSubcommands()).as(String.join(" ", args))
          .containsOnlyKeys(ALL);
    }
  }

  @Test
  void a_lone_command_keeps_the_inherited_verbose_option_and_its_help() {
    CliTest.Result r = CliTest.run("lint", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: dockerdsl lint [-hV] [--show-suppressed] [--verbose]");
  }

  @Test
  void no_command_interpolates_variables_and_help_still_names_the_default() {
    assertThat(Main.commandLine(new Main(), "lint", "x").getSubcommands().get("lint").isInterpolateVariables())
        .isFalse();
    assertThat(Main.commandLine(new Main(), "lint", "--help").getSubcommands().get("lint").isInterpolateVariables())
        .isTrue();
    assertThat(Main.commandLine(new Main(), "lint", "-hV").getSubcommands().get("lint").isInterpolateVariables())
        .isTrue();
    assertThat(Main.commandLine(new Main()).getSubcommands().get("rules").isInterpolateVariables()).isTrue();
    assertThat(CliTest.run("lint", "--help").out()).contains("text, json or sarif (default: text).",
        "-h, --help").doesNotContain("${");
  }

  /** The approved text is the annotated command's help (the jar of this branch's start): the model built in code reads the same. */
  @Test
  void lint_help_reads_as_when_it_was_annotated() {
    CliTest.Result r = CliTest.run("lint", "--help");
    assertThat(r.code()).isZero();
    Approvals.verify(r.out());
  }

  /** As above, for the root, whose model, version and {@code -h}/{@code -V} are built in code too. */
  @Test
  void root_help_reads_as_when_it_was_annotated() {
    CliTest.Result r = CliTest.run("--help");
    assertThat(r.code()).isZero();
    Approvals.verify(r.out());
  }

  @Test
  void version_and_usage_errors_read_as_before() {
    assertThat(CliTest.run("--version").out()).isEqualTo("dockerdsl 0.1.0-SNAPSHOT\n");
    CliTest.Result missing = CliTest.run("lint");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("dockerdsl: Missing required parameter: 'FILE'\nTry 'dockerdsl lint --help'.\n");
    assertThat(CliTest.run("lint", "--format", "x", "f").err()).isEqualTo("dockerdsl: Invalid value for option "
        + "'--format': expected one of [text, json, sarif] (case-sensitive) but was 'x'\nTry 'dockerdsl lint --help'.\n");
  }

  /** {@code --verbose} is the root's, inherited by {@code lint}: given after {@code lint} it still sets the root's flag. */
  @Test
  void verbose_after_the_command_sets_the_roots_flag() {
    Main main = new Main();
    Main.commandLine(main, "lint", "--verbose", "x").parseArgs("lint", "--verbose", "x");
    assertThat(main.verbose).isTrue();
    Main quiet = new Main();
    Main.commandLine(quiet, "lint", "x").parseArgs("lint", "x");
    assertThat(quiet.verbose).isFalse();
  }

  @Test
  void help_of_a_command_still_works() {
    assertThat(CliTest.run("help", "rules").out()).startsWith("Usage: dockerdsl rules");
  }
}
