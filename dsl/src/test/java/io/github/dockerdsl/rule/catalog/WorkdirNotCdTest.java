package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkdirNotCdTest {
  private static final Rule RULE = Rules.WORKDIR_NOT_CD;

  @Test
  void cd_is_a_warning() {
    assertThat(findings(RULE, "cd /app/src && make")).singleElement().satisfies(v -> {
      assertThat(v.rule().code()).isEqualTo("DF036");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.location().instructionIndex()).isEqualTo(1);
      assertThat(v.message()).isEqualTo("'cd /app/src' changes the directory only until the end of this RUN, hidden "
          + "in a shell string");
      assertThat(v.fix()).isEqualTo("set the directory with .workdir(\"/app/src\") before the RUN, or keep the cd in a "
          + "subshell: '(cd /app/src && ...)'");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"make; cd build && make install", "if true; then cd x; fi", "{ cd x; make; }"})
  void top_level_cd_anywhere_is_found(String script) {
    assertThat(findings(RULE, script)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"( cd x && make )", "(cd x; make) && (cd y; make)", "echo $(cd x && pwd)",
      "sh -c 'cd x && make'", "cd \"$(mktemp -d)\" && make", "cd /tmp/build && make", "echo cd x",
      "git clone x && make -C x"})
  void subshells_and_scratch_directories_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @Test
  void heredoc_scripts_are_checked() {
    assertThat(findings(RULE, Command.heredoc(Heredoc.of("EOF", "cd /src", "make")))).hasSize(1);
  }
}
