package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.messages;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoTlsBypassTest {
  private static final Rule RULE = Rules.NO_TLS_BYPASS;
  private static final String TLS =
      " turns off TLS certificate verification, so whoever sits on the network path chooses what is downloaded";
  private static final String SIGNATURES = " skips package signature checks, so a tampered package installs silently";

  @Test
  void curl_k_is_an_error() {
    assertThat(findings(RULE, "curl -fsSLk https://x.example/install.sh -o /tmp/i.sh")).singleElement()
        .satisfies(v -> {
          assertThat(v.rule().code()).isEqualTo("DF034");
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("'curl -fsSLk'" + TLS);
          assertThat(v.fix()).isEqualTo("remove it and trust the server's CA instead: COPY the CA certificate into "
              + "/usr/local/share/ca-certificates/ and RUN update-ca-certificates");
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "curl --insecure https://x | 'curl --insecure'",
      "wget --no-check-certificate https://x | 'wget --no-check-certificate'",
      "pip install --trusted-host pypi.example x | 'pip --trusted-host'",
      "python3 -m pip config set global.trusted-host pypi.example | 'python3 -m pip config set global.trusted-host pypi.example'",
      "npm config set strict-ssl false | 'npm config set strict-ssl false'",
      "yarn config set strict-ssl false | 'yarn config set strict-ssl false'",
      "npm install --strict-ssl=false x | 'npm --strict-ssl=false'",
      "git -c http.sslVerify=false clone https://x | 'git -c http.sslVerify=false'",
      "git config --global http.sslverify false | 'git config http.sslverify false'",
      "apt-get -o Acquire::https::Verify-Peer=false update | 'apt-get -o Acquire::https::Verify-Peer=false'",
      "NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci | 'NODE_TLS_REJECT_UNAUTHORIZED=0'",
      "export GIT_SSL_NO_VERIFY=1 && git clone https://x | 'GIT_SSL_NO_VERIFY=1'",
      "env PYTHONHTTPSVERIFY=0 python x.py | 'PYTHONHTTPSVERIFY=0'",
      "dnf install -y --setopt=sslverify=0 x | 'dnf --setopt=sslverify=0'"})
  void tls_bypasses_are_errors(String script, String what) {
    assertThat(messages(findings(RULE, script))).containsExactly(what + TLS);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "apt-get install -y --allow-unauthenticated x | 'apt-get --allow-unauthenticated'",
      "apt-get update --allow-insecure-repositories | 'apt-get --allow-insecure-repositories'",
      "apt-get install -y --force-yes x | 'apt-get --force-yes'",
      "apk add --no-cache --allow-untrusted x.apk | 'apk --allow-untrusted'",
      "rpm -i --nosignature x.rpm | 'rpm --nosignature'",
      "dnf install -y --nogpgcheck x | 'dnf --nogpgcheck'",
      "yum install -y --setopt=gpgcheck=0 x | 'yum --setopt=gpgcheck=0'",
      "zypper -n --no-gpg-checks in x | 'zypper --no-gpg-checks'",
      "echo 'deb [trusted=yes] http://x ./' > /etc/apt/sources.list.d/x.list | "
          + "'echo 'deb [trusted=yes] http://x ./''"})
  void signature_bypasses_are_errors(String script, String what) {
    assertThat(messages(findings(RULE, script))).containsExactly(what + SIGNATURES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"curl -fsSL https://x -o y", "curl -o k https://x", "curl -H 'k: v' https://x",
      "wget -q https://x", "pip install --index-url https://pypi.example/simple x", "npm config set registry x",
      "git config --global http.sslVerify true", "git -c core.autocrlf=false clone x",
      "NODE_TLS_REJECT_UNAUTHORIZED=1 npm ci", "PYTHONHTTPSVERIFY=$V python x.py", "echo sslverify=1",
      "apt-get install -y --no-install-recommends x", "rpm -i x.rpm"})
  void verified_downloads_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @Test
  void env_and_arg_values_are_errors() {
    assertThat(findings(RULE, stage().env("NODE_TLS_REJECT_UNAUTHORIZED", "0").build())).singleElement()
        .satisfies(v -> {
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("ENV NODE_TLS_REJECT_UNAUTHORIZED=0" + TLS
              + " for every later command and the running container");
        });
    assertThat(messages(findings(RULE, stage().arg("GIT_SSL_NO_VERIFY", "true").build())))
        .containsExactly("ARG GIT_SSL_NO_VERIFY=true" + TLS + " for later RUN commands");
    assertThat(findings(RULE, stage().env("npm_config_strict_ssl", "false").env("PIP_TRUSTED_HOST", "x").build()))
        .hasSize(2);
    assertThat(findings(RULE, stage().env("PYTHONHTTPSVERIFY", "1").arg("GIT_SSL_NO_VERIFY").build())).isEmpty();
  }

  @Test
  void global_args_are_checked() {
    Dockerfile df = Dockerfile.builder().globalArg("NODE_TLS_REJECT_UNAUTHORIZED", "0")
        .stage(Stage.from("node:20").build()).build(Policy.none());
    assertThat(Policy.strict().evaluate(df)).filteredOn(v -> v.rule().equals(RULE.id())).singleElement()
        .satisfies(v -> assertThat(v.location().stageIndex()).isEqualTo(-1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "yum-config-manager --save --setopt=sslverify=0 | 'yum-config-manager --setopt=sslverify=0'",
      "yum-config-manager --save --setopt=*.sslverify=false | 'yum-config-manager --setopt=*.sslverify=false'",
      "dnf config-manager --save --setopt=sslverify=false | 'dnf --setopt=sslverify=false'",
      "dnf config-manager setopt sslverify=0 | 'dnf config-manager sslverify=0'",
      "npm c set strict-ssl false | 'npm c set strict-ssl false'",
      "echo 'sslverify=0' >> /etc/yum.conf | 'echo 'sslverify=0''",
      "\"echo sslverify=false | tee -a /etc/dnf/dnf.conf\" | 'echo 'sslverify=false''"})
  void config_managers_aliases_and_files_written_are_errors(String script, String what) {
    assertThat(messages(findings(RULE, script))).containsExactly(what + TLS);
  }

  @Test
  void git_ssl_no_verify_is_an_error_for_any_value_even_a_variable() {
    assertThat(messages(findings(RULE, stage().arg("X", "1").env("GIT_SSL_NO_VERIFY", "$X").build())))
        .containsExactly("ENV GIT_SSL_NO_VERIFY=$X" + TLS + " for every later command and the running container");
    assertThat(findings(RULE, stage().env("GIT_SSL_NO_VERIFY", "false").build())).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"echo \"sslverify=0\"", "printf 'sslverify=0\\n' >/dev/null", "echo sslverify=0 >&2",
      "yum-config-manager --save --setopt=sslverify=1"})
  void text_printed_to_the_log_or_verification_left_on_passes(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }
}
