package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void help_of_a_command_still_works() {
    assertThat(CliTest.run("help", "rules").out()).startsWith("Usage: dockerdsl rules");
  }
}
