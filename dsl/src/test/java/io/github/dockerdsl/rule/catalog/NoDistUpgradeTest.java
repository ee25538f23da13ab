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

class NoDistUpgradeTest {
  private static final Rule RULE = Rules.NO_DIST_UPGRADE;

  @Test
  void apt_get_dist_upgrade_is_a_warning() {
    assertThat(findings(RULE, "apt-get update && apt-get dist-upgrade -y")).singleElement().satisfies(v -> {
      assertThat(v.rule().code()).isEqualTo("DF038");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.location().instructionIndex()).isEqualTo(1);
      assertThat(v.message()).isEqualTo("'apt-get dist-upgrade' upgrades every package to whatever is current on "
          + "build day, so two builds of this Dockerfile differ");
      assertThat(v.fix()).isEqualTo(NoDistUpgrade.FIX);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"apt-get upgrade -y", "apt full-upgrade -y", "apk upgrade --no-cache", "dnf upgrade -y",
      "yum update -y", "microdnf update -y", "zypper -n dup", "zypper -n update"})
  void whole_system_upgrades_are_found(String script) {
    assertThat(messages(findings(RULE, script))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"apt-get update", "apk update", "dnf upgrade -y openssl", "yum update -y openssl",
      "apk upgrade openssl", "apt-get install -y --only-upgrade openssl"})
  void index_refreshes_and_single_package_upgrades_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }
}
