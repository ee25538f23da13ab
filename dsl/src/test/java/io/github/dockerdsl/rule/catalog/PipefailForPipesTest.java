package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.messages;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipefailForPipesTest {
  private static final Rule RULE = Rules.PIPEFAIL_FOR_PIPES;

  @Test
  void a_pipe_without_pipefail_is_a_warning() {
    assertThat(findings(RULE, "curl -fsSL https://x.example/install.sh | sh -s -- -y")).singleElement()
        .satisfies(v -> {
          assertThat(v.rule().code()).isEqualTo("DF035");
          assertThat(v.severity()).isEqualTo(Severity.WARNING);
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("RUN pipes 'curl -fsSL https://x.example/install.sh' into 'sh -s -- -y' "
              + "without pipefail, so a failure of 'curl' goes unnoticed");
          assertThat(v.fix()).isEqualTo("set a shell with pipefail before this RUN: .shell(\"/bin/bash\", \"-o\", "
              + "\"pipefail\", \"-c\") (on Alpine \"/bin/ash\"), or start a bash script with 'set -o pipefail'");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"set -o pipefail && curl x | sh", "set -euo pipefail; curl x | sh", "echo 'a | b'",
      "a || b", "curl x > y", "bash -c 'a | b'"})
  void protected_or_pipeless_scripts_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @Test
  void set_after_the_pipe_is_too_late() {
    assertThat(findings(RULE, "a | b && set -o pipefail")).hasSize(1);
  }

  @Test
  void a_shell_with_pipefail_covers_later_runs_and_stages_built_from_it() {
    Stage base = stage().shell("/bin/bash", "-o", "pipefail", "-c").run("a | b").build();
    Stage next = Stage.from(base).run("c | d").build();
    assertThat(findings(RULE, base, next)).isEmpty();
    assertThat(findings(RULE, stage().shell("/bin/bash", "-eo", "pipefail", "-c").run("a | b").build())).isEmpty();
    assertThat(messages(findings(RULE, stage().run("a | b").shell("/bin/bash", "-o", "pipefail", "-c").build())))
        .hasSize(1);
  }

  @Test
  void non_posix_shells_are_not_judged() {
    assertThat(findings(RULE, stage().shell("pwsh", "-Command").run("Get-Item x | Remove-Item").build())).isEmpty();
  }

  @Test
  void heredoc_scripts_and_explicit_shells_are_checked() {
    assertThat(findings(RULE, Command.heredoc(Heredoc.of("EOF", "curl x | sh")))).hasSize(1);
    assertThat(findings(RULE, Command.heredoc(Heredoc.of("EOF", "#!/bin/bash -eo pipefail", "curl x | sh"))))
        .isEmpty();
    assertThat(findings(RULE, Command.heredocs("bash -o pipefail <<EOF", Heredoc.of("EOF", "curl x | sh"))))
        .isEmpty();
    assertThat(findings(RULE, Command.heredoc(Heredoc.of("EOF", "#!/usr/bin/env python3", "print(1 | 2)"))))
        .isEmpty();
    assertThat(findings(RULE, Command.exec("/bin/bash", "-c", "curl x | sh"))).hasSize(1);
    assertThat(findings(RULE, Command.exec("/bin/bash", "-o", "pipefail", "-c", "curl x | sh"))).isEmpty();
  }
}
