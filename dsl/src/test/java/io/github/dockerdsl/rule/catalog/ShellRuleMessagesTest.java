package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Reports;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Violation;
import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** Pins the full report of one violation of each shell rule, as a user reads it. */
class ShellRuleMessagesTest {

  private static void verify(List<Violation> violations) {
    assertThat(violations).hasSize(1);
    Approvals.verify(Reports.describe(violations.get(0)).replaceAll("\\((\\w+\\.java):\\d+\\)", "($1:<line>)"));
  }

  private static void verify(Rule rule, String script) {
    verify(findings(rule, script));
  }

  @Test
  void df005_package_cache_cleanup() {
    verify(Rules.PACKAGE_CACHE_CLEANUP, "apt-get update && apt-get install -y --no-install-recommends curl");
  }

  @Test
  void df030_package_manager_non_interactive() {
    verify(Rules.PACKAGE_MANAGER_NON_INTERACTIVE, "dnf install nginx && dnf clean all");
  }

  @Test
  void df031_apt_no_install_recommends() {
    verify(Rules.APT_NO_INSTALL_RECOMMENDS, "apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*");
  }

  @Test
  void df032_pip_no_cache_dir() {
    verify(Rules.PIP_NO_CACHE_DIR, "python3 -m pip install -r requirements.txt");
  }

  @Test
  void df033_no_sudo() {
    verify(Rules.NO_SUDO, "sudo make install");
  }

  @Test
  void df034_no_tls_bypass() {
    verify(Rules.NO_TLS_BYPASS, "curl -fsSLk https://get.example.com/install.sh -o /tmp/install.sh");
  }

  @Test
  void df035_pipefail_for_pipes() {
    verify(Rules.PIPEFAIL_FOR_PIPES, "curl -fsSL https://get.example.com/install.sh | sh");
  }

  @Test
  void df036_workdir_not_cd() {
    verify(Rules.WORKDIR_NOT_CD, "cd /app/src && make");
  }

  @Test
  void df037_curl_or_wget() {
    Stage build = Stage.from("alpine:3.20").as("build").run("apk add --no-cache wget").build();
    verify(findings(Rules.CURL_OR_WGET, build, stage().run("apk add --no-cache curl").build()));
  }

  @Test
  void df038_no_dist_upgrade() {
    verify(Rules.NO_DIST_UPGRADE, "apt-get update && apt-get upgrade -y");
  }

  @Test
  void df039_pin_package_versions() {
    verify(Rules.PIN_PACKAGE_VERSIONS, "pip install --no-cache-dir flask gunicorn");
  }
}
