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

class NoSudoTest {
  private static final Rule RULE = Rules.NO_SUDO;

  @Test
  void sudo_is_an_error() {
    assertThat(findings(RULE, "sudo -E apt-get install -y curl")).singleElement().satisfies(v -> {
      assertThat(v.rule().code()).isEqualTo("DF033");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.location().instructionIndex()).isEqualTo(1);
      assertThat(v.message()).isEqualTo("RUN calls sudo ('sudo -E apt-get install -y curl'), which depends on a "
          + "sudoers setup and keeps a privilege-escalation tool in the image");
      assertThat(v.fix()).isEqualTo("drop sudo: switch with .user(\"root\") before the RUN and back to the app "
          + "user after it; to drop privileges at run time use gosu or su-exec");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"make && sudo make install", "find . | xargs sudo rm", "(sudo true)",
      "echo $(sudo id -u)", "bash -c 'sudo ls'"})
  void sudo_anywhere_in_the_script_is_found(String script) {
    assertThat(findings(RULE, script)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"apt-get install -y sudoku", "echo sudo", "gosu app true", "grep -r 'sudo' /etc"})
  void sudo_as_data_passes(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @Test
  void heredocs_fed_to_other_programs_are_data() {
    assertThat(findings(RULE, Command.heredocs("cat <<EOF > /etc/motd", Heredoc.of("EOF", "sudo rm -rf /"))))
        .isEmpty();
    assertThat(findings(RULE, Command.heredocs("bash -e <<EOF", Heredoc.of("EOF", "sudo rm -rf /")))).hasSize(1);
  }

  @Test
  void exec_form_is_checked() {
    assertThat(findings(RULE, Command.exec("sudo", "make", "install"))).hasSize(1);
  }
}
