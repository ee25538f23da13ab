package io.github.dockerdsl.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.parse.SuppressionComment;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
  /** Each finding as {@code line:column CODE [waived by comment]}. */
  private static List<String> brief(LintResult result) {
    return result.findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule().code() + f.waiver().map(w -> " by " + w.comment()).orElse(""))
        .collect(Collectors.toList());
  }

  static String sample() throws IOException {
    try (var in = LinterTest.class.getResourceAsStream("/lint/sample.Dockerfile")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void windows_paths_under_a_backtick_escape_are_linted_not_refused() {
    // findings locate their instruction by rendering it: with the file's escape, not the default '\'
    LintResult r = Linter.lint("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
        + "WORKDIR C:\\app\ncopy config\\ C:\\app\\config\\\nCMD [\"app.exe\"]\n");
    assertThat(r.findings()).extracting(f -> f.rule().code() + ":" + f.line()).contains("DF050:4");
  }

  @Test
  void findings_carry_rule_severity_position_message_and_fix() {
    LintResult r = Linter.lint("FROM node:latest\nWORKDIR /app\nUSER node\nCMD node server.js\n");
    assertThat(r.path()).isEqualTo("Dockerfile");
    assertThat(r.findings()).first().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rules.PINNED_BASE_IMAGE.id());
      assertThat(f.rule().name()).isEqualTo("PinnedBaseImage");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.column()).isEqualTo(1);
      assertThat(f.endLine()).isEqualTo(1);
      assertThat(f.stageIndex()).isZero();
      assertThat(f.instructionIndex()).isEqualTo(-1);
      assertThat(f.keyword()).isEqualTo("FROM");
      assertThat(f.isSuppressed()).isFalse();
      assertThat(f.isBlocking()).isTrue();
    });
    assertThat(brief(r)).contains("4:1 DF004");
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void rules_the_typed_api_makes_impossible_fire_on_parsed_files() {
    LintResult r = Linter.lint("FROM node:20\nMAINTAINER jane\nEXPOSE 80:80\nUSER node\n"
        + "HEALTHCHECK NONE\nCMD [\"a\"]\n  CMD node b.js\n");
    assertThat(brief(r)).contains("2:1 DF019", "3:1 DF021", "6:1 DF020", "7:3 DF004");
  }

  @Test
  void multi_line_instructions_have_an_end_line_and_the_preamble_a_position() {
    LintResult r = Linter.lint("ARG  DB_PASSWORD=hunter2\nFROM node:20\nRUN apt-get update \\\n"
        + "  && apt-get install -y curl\nUSER node\n");
    assertThat(r.findings()).filteredOn(f -> f.rule().code().equals("DF005")).singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isEqualTo(3);
          assertThat(f.endLine()).isEqualTo(4);
        });
  }

  @Test
  void hadolint_ignore_waives_the_mapped_rules_of_the_next_instruction_only() {
    LintResult r = Linter.lint("FROM debian:12\n# hadolint ignore=DL3008,DL3015\n"
        + "RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
        + "RUN apt-get install -y wget && rm -rf /var/lib/apt/lists/*\nUSER 1000\n");
    assertThat(brief(r)).containsExactly(
        "3:1 DF031 by # hadolint ignore=DL3015",
        "3:1 DF039 by # hadolint ignore=DL3008",
        "4:1 DF031",
        "4:1 DF037",
        "4:1 DF039");
    assertThat(r.findings().get(0).waiver()).contains(new Waiver(SuppressionComment.Syntax.HADOLINT, "DL3015",
        Optional.empty(), Waiver.Scope.INSTRUCTION));
  }

  @Test
  void hadolint_global_ignore_and_an_ignore_above_from_waive_as_hadolint_does() {
    LintResult r = Linter.lint("# hadolint global ignore=DL3008\n# hadolint ignore=DL3007\nFROM debian:latest\n"
        + "RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\n");
    assertThat(brief(r)).containsExactly(
        "3:1 DF001 by # hadolint ignore=DL3007",
        "4:1 DF039 by # hadolint global ignore=DL3008");
  }

  @Test
  void check_skip_waives_the_rules_with_that_buildkit_sibling_and_skip_all_every_such_rule() {
    assertThat(brief(Linter.lint("# check=skip=JSONArgsRecommended\nFROM node:20\nUSER node\nCMD node a.js\n")))
        .containsExactly("4:1 DF004 by # check=skip=JSONArgsRecommended");
    assertThat(brief(Linter.lint("# check=skip=all\nfrom node:20\nUSER node\nMAINTAINER x\nCMD node a.js\n")))
        .containsExactly(
            "2:1 DF050 by # check=skip=all",
            "4:1 DF019 by # check=skip=all",
            "5:1 DF004 by # check=skip=all");
  }

  @Test
  void unused_or_unmapped_foreign_waivers_are_silent_but_our_own_unused_ones_are_reported() {
    LintResult r = Linter.lint("# check=skip=CopyIgnoredFile\n# hadolint global ignore=DL3059\nFROM node:20\n"
        + "# hadolint ignore=DL3006\n# dockerdsl:suppress DF033 -- sudo is gone\nUSER node\n");
    assertThat(brief(r)).containsExactly("6:1 DF900");
  }

  @Test
  void df056_report_is_approved() {
    LintResult r = Linter.lint("FROM node:20\n# hadolint ignore=DL300\nUSER node\n");
    org.approvaltests.Approvals.verify(r.findings().stream().filter(f -> f.rule().code().equals("DF056"))
        .map(f -> TextReport.line("Dockerfile", f)).collect(java.util.stream.Collectors.joining("\n")));
  }

  @Test
  void malformed_waivers_are_reported_as_df056_and_waive_nothing() {
    LintResult r = Linter.lint("# check=skip=JsonArgsRecommended\nFROM node:20\n# hadolint ignore=DL300\n"
        + "# dockerdsl:suppress DF002\nUSER root\n# dockerdsl:suppress df019 -- old file\nMAINTAINER x\n");
    assertThat(r.findings()).filteredOn(f -> f.rule().code().equals("DF056"))
        .extracting(f -> f.line() + " " + f.message())
        .containsExactly(
            "1 check=skip names 'JsonArgsRecommended', which is not a BuildKit check, so it waives nothing",
            "3 hadolint waiver names 'DL300', which is not a hadolint rule id (DLnnnn or SCnnnn), so it waives nothing",
            "4 waiver '# dockerdsl:suppress DF002' has no reason after ' -- ', so it waives nothing",
            "6 waiver '# dockerdsl:suppress' names 'df019', which is not a rule code such as DF005, so it waives nothing");
    assertThat(brief(r)).contains("5:1 DF002", "7:1 DF019");
  }

  @Test
  void unsuppressible_rules_refuse_foreign_waivers_too() {
    Policy policy = Policy.strict().unsuppressible(Rules.PINNED_BASE_IMAGE);
    LintResult r = Linter.lint(DockerfileParser.parse("# hadolint ignore=DL3007\nFROM node:latest\nUSER node\n"),
        policy);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.isSuppressed()).isFalse();
      assertThat(f.message()).endsWith(" (its suppression is refused: rule DF001 is unsuppressible in policy 'strict')");
    });
  }

  @Test
  void our_own_waivers_are_honoured_and_named() {
    LintResult r = Linter.lint("FROM node:20\n# dockerdsl:suppress DF002 -- the base image drops privileges\n"
        + "USER root\n");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.waiver()).contains(new Waiver(SuppressionComment.Syntax.DOCKERDSL, "DF002",
          Optional.of("the base image drops privileges"), Waiver.Scope.INSTRUCTION));
      assertThat(f.waiver().get().comment()).isEqualTo("# dockerdsl:suppress DF002 -- the base image drops privileges");
    });
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void a_policy_without_a_rule_reports_nothing_for_it() {
    Policy policy = Policy.strict().without(Rules.WELL_FORMED_WAIVERS, "we use hadolint's own checks");
    assertThat(brief(Linter.lint(DockerfileParser.parse("FROM node:20\n# hadolint ignore=X1\nUSER node\n"), policy)))
        .isEmpty();
  }

  @Test
  void syntax_errors_propagate() {
    assertThatThrownBy(() -> Linter.lint("FROM node:20\nRUNN make\n"))
        .isInstanceOf(DockerfileSyntaxException.class)
        .hasMessageStartingWith("line 2, column 1: instruction 'RUNN' is unknown; did you mean RUN?");
  }

  @Test
  void lint_of_a_path_reports_the_path(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM node:20\nUSER node\n");
    assertThat(Linter.lint(file).path()).isEqualTo(file.toString());
    assertThat(Linter.lint(file).findings()).isEmpty();
  }

  @Test
  void text_report_of_the_sample() throws IOException {
    LintResult r = Linter.lint(DockerfileParser.parse(sample()), Policy.strict()).withPath("app/Dockerfile");
    Approvals.verify(TextReport.render(List.of(r), false) + "\n--- with suppressed findings ---\n"
        + TextReport.render(List.of(r), true));
  }

  @Test
  void text_report_summary_counts_files_and_plurals() {
    LintResult clean = new LintResult("a", List.of());
    assertThat(TextReport.render(List.of(clean), false)).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
    assertThat(TextReport.summary(List.of(clean, clean))).startsWith("2 files checked");
  }
}
