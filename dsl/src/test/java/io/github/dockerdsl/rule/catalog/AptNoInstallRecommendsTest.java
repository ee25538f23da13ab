package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptNoInstallRecommendsTest {
  private static final Rule RULE = Rules.APT_NO_INSTALL_RECOMMENDS;

  @Test
  void apt_get_install_without_the_flag_is_an_error() {
    assertThat(findings(RULE, "apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"))
        .singleElement().satisfies(v -> {
          assertThat(v.rule().code()).isEqualTo("DF031");
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("'apt-get install' without --no-install-recommends also installs every "
              + "recommended package");
          assertThat(v.fix()).isEqualTo("add --no-install-recommends: 'apt-get install -y --no-install-recommends ...',"
              + " and name the extra packages you need");
        });
  }

  @Test
  void apt_install_counts_too() {
    assertThat(findings(RULE, "apt install -y curl")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "apt-get install -y --no-install-recommends curl", "apt-get --no-install-recommends -y install curl",
      "apt-get install -y -o APT::Install-Recommends=false curl", "apt-get update", "apt-get remove -y x",
      "dnf install -y x"})
  void installs_without_recommends_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }
}
