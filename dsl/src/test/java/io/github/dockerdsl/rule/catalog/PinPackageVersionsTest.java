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
      "dnf install -y curl-7.76.1 xz-5.2.4-4.el8 ./local.rpm @core nodejs:20", "zypper -n in curl=8.0 'git>=2'",
      "go install ./cmd/app", "go install golang.org/x/tools/cmd/goimports@v0.24.0",
      "go install golang.org/x/tools/cmd/goimports", "pipx install ruff==0.6.4"})
  void pinned_or_lock_file_installs_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pip install --no-cache-dir src/mypkg", "pip install --no-cache-dir vendor/pkg-1.0",
      "npm install app-1.0.0.tgz", "npm install ./packages/lib", "pip install --no-cache-dir flask -c constraints.txt",
      "pip install --no-cache-dir --constraint=constraints.txt flask",
      "pip install --no-cache-dir --root-user-action ignore flask==3.0.0", "npm install --loglevel warn express@4.19.2",
      "gem install nokogiri:1.16.0 -- --use-system-libraries", "gem i rake -v 13.2.1",
      "npm install git+https://github.com/acme/lib.git#3f2a9c1", "npm install acme/lib#v1.2.0"})
  void paths_files_constraints_and_option_values_are_not_unpinned_packages(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "pipx install ruff | 'pipx install' installs 'ruff'",
      "gem i rake | 'gem i' installs 'rake'",
      "npm install git+https://github.com/acme/lib.git | 'npm install' installs 'git+https://github.com/acme/lib.git'",
      "npm install acme/lib | 'npm install' installs 'acme/lib'",
      "yum install -y curl java-17-openjdk | 'yum install' installs 'curl' and 'java-17-openjdk'",
      "microdnf install -y git | 'microdnf install' installs 'git'",
      "zypper -n install curl | 'zypper install' installs 'curl'",
      "go install golang.org/x/tools/cmd/goimports@latest | 'go install' installs 'golang.org/x/tools/cmd/goimports@latest'"})
  void aliases_and_more_managers_are_read(String script, String message) {
    assertThat(messages(findings(RULE, script)))
        .containsExactly(message + " without a version, so each build may get a different one");
  }

  @Test
  void git_sources_are_pinned_to_a_commit_and_go_to_a_release() {
    assertThat(findings(RULE, "npm install git+https://github.com/acme/lib.git")).singleElement()
        .satisfies(v -> assertThat(v.fix()).isEqualTo("pin it to a commit, e.g. "
            + "'git+https://github.com/acme/lib.git#<commit>', or install from a lock file with npm ci"));
    assertThat(findings(RULE, "go install golang.org/x/vuln/cmd/govulncheck@latest")).singleElement()
        .satisfies(v -> assertThat(v.fix()).isEqualTo(
            "pin a released version, e.g. 'go install golang.org/x/vuln/cmd/govulncheck@v1.2.3'"));
  }
}
