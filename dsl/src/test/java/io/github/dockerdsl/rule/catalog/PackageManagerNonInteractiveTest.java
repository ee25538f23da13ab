package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackageManagerNonInteractiveTest {
  private static final Rule RULE = Rules.PACKAGE_MANAGER_NON_INTERACTIVE;

  @Test
  void apt_get_install_without_y_is_an_error() {
    assertThat(findings(RULE, "apt-get update && apt-get install --no-install-recommends curl"))
        .singleElement().satisfies(v -> {
          assertThat(v.rule().code()).isEqualTo("DF030");
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("'apt-get install' asks for confirmation without -y, so the build fails at "
              + "the prompt");
          assertThat(v.fix()).isEqualTo("add -y: 'apt-get install -y ...'");
        });
  }

  @Test
  void dnf_and_zypper_without_their_switch_are_errors() {
    assertThat(messages(findings(RULE, "dnf install x && dnf clean all")))
        .containsExactly("'dnf install' asks for confirmation without -y, so the build fails at the prompt");
    assertThat(findings(RULE, "zypper install x")).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("'zypper install' asks for confirmation without -n, so the build fails at the "
          + "prompt");
      assertThat(v.fix()).isEqualTo("add -n before the command: 'zypper -n install ...'");
    });
    assertThat(findings(RULE, "sudo DEBIAN_FRONTEND=noninteractive apt-get upgrade")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "apt-get install -y curl", "apt-get -y install curl", "apt-get install --yes curl",
      "apt-get install --assume-yes curl", "apt-get -qq install curl", "apt-get -qy install curl",
      "apt-get install -o APT::Get::Assume-Yes=true curl", "yes | apt-get install curl", "apt-get update",
      "apt-cache policy curl", "dnf install -y x", "yum -y install x", "microdnf install -y x",
      "dnf install --assumeyes x", "zypper -n install x", "zypper --non-interactive in x", "zypper install -y x",
      "apk add --no-cache x"})
  void non_interactive_calls_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"apt-get install -q -q --no-install-recommends curl", "apt-get -q install -q curl",
      "apt-get install --quiet --quiet curl", "apt-get install -q=2 curl", "apt-get install -qq curl"})
  void quiet_level_two_implies_yes_however_it_is_spelt(String script) {
    assertThat(findings(Rules.PACKAGE_MANAGER_NON_INTERACTIVE, script)).isEmpty();
  }

  @Test
  void one_quiet_is_not_enough() {
    assertThat(findings(Rules.PACKAGE_MANAGER_NON_INTERACTIVE, "apt-get install -q curl")).hasSize(1);
    assertThat(findings(Rules.PACKAGE_MANAGER_NON_INTERACTIVE, "dnf rei bash")).hasSize(1);
  }
}
