package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinPackageVersionsTest {
  private static final Rule RULE = Rules.PIN_PACKAGE_VERSIONS;

  @Test
  void unpinned_apt_packages_are_info() {
    assertThat(findings(RULE, "apt-get install -y --no-install-recommends curl=7.88.1-10 git ca-certificates"))
        .singleElement().satisfies(v -> {
          assertThat(v.rule().code()).isEqualTo("DF039");
          assertThat(v.severity()).isEqualTo(Severity.INFO);
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("'apt-get install' installs 'git' and 'ca-certificates' without a "
              + "version, so each build may get a different one");
          assertThat(v.fix()).isEqualTo("pin each package, e.g. 'git=<version>' (apt-cache policy git lists the "
              + "candidates)");
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "apk add --no-cache curl | 'apk add' installs 'curl' without a version, so each build may get a different one",
      "pip install --no-cache-dir flask | 'pip install' installs 'flask' without a version, so each build may get a different one",
      "npm install -g @angular/cli | 'npm install' installs '@angular/cli' without a version, so each build may get a different one",
      "gem install bundler | 'gem install' installs 'bundler' without a version, so each build may get a different one",
      "apt-get install -y a b c d e f g | 'apt-get install' installs 'a', 'b', 'c', 'd', 'e' and 2 more without a version, so each build may get a different one"})
  void unpinned_packages_of_every_manager_are_found(String script, String message) {
    assertThat(messages(findings(RULE, script))).containsExactly(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"apk add --no-cache curl=8.5.0-r0 git~2.45", "pip install --no-cache-dir flask==3.0.0 "
      + "'requests>=2.31'", "pip install --no-cache-dir -r requirements.txt", "pip install --no-cache-dir .",
      "pip install --no-cache-dir ./dist/app-1.0-py3-none-any.whl", "npm install -g npm@10.8.1",
      "npm install -g @angular/cli@18.0.0", "npm ci", "npm install", "gem install bundler:2.5.0",
      "gem install bundler -v 2.5.0", "apt-get install -y ./app.deb", "apt-get install -y \"$PACKAGES\"",
      "dnf install -y curl"})
  void pinned_or_lock_file_installs_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }
}
