package io.github.dockerdsl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import java.util.List;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * Pins what {@code dockerdsl lint} prints for the cases where we now read shell and paths as hadolint,
 * BuildKit and Checkov do: the Dockerfile, then every finding of the rule under test, as a user sees them.
 */
class LinterAgreementMessagesTest {
  private static void verify(Rule rule, String dockerfile) {
    verify(rule, dockerfile, Policy.strict());
  }

  static void verify(Rule rule, String dockerfile, Policy policy) {
    LintResult result = Linter.lint(DockerfileParser.parse(dockerfile), policy);
    List<String> lines = result.findings().stream().filter(f -> f.rule().equals(rule.id()))
        .map(f -> TextReport.line("Dockerfile", f)).collect(Collectors.toList());
    assertThat(lines).isNotEmpty();
    Approvals.verify("Dockerfile:\n" + dockerfile.indent(4) + "\nfindings of " + rule.id() + ":\n"
        + String.join("\n", lines) + "\n");
  }

  @Test
  void df005_dnf_aliases_and_the_wrong_tools_clean() {
    verify(Rules.PACKAGE_CACHE_CLEANUP, """
        FROM fedora:40
        RUN dnf -y upgrade-minimal
        RUN dnf -y rei bash
        RUN dnf install -y make-4.4.1 && microdnf clean all
        RUN dnf install -y make-4.4.1 && dnf clean all
        USER 1000
        """);
  }

  @Test
  void df007_quoted_workdirs() {
    verify(Rules.ABSOLUTE_WORKDIR, """
        FROM debian:12
        ARG DIR=/srv
        WORKDIR "/srv/app"
        WORKDIR 'C:\\'
        WORKDIR "${DIR}"
        WORKDIR "app"
        USER 1000
        """);
  }

  @Test
  void df017_whole_image_without_a_tag() {
    verify(Rules.COPY_WHOLE_STAGE, """
        FROM debian:12
        COPY --from=busybox / /
        COPY --from=busybox:1.36 / /
        USER 1000
        """);
  }

  @Test
  void df034_config_managers_aliases_and_variables() {
    verify(Rules.NO_TLS_BYPASS, """
        FROM fedora:40
        ARG X=1
        RUN yum-config-manager --save --setopt=sslverify=0
        RUN npm c set strict-ssl false
        ENV GIT_SSL_NO_VERIFY=$X
        RUN echo "sslverify=0"
        RUN echo "sslverify=0" >> /etc/dnf/dnf.conf
        USER 1000
        """);
  }

  @Test
  void df039_paths_constraints_option_values_and_git() {
    verify(Rules.PIN_PACKAGE_VERSIONS, """
        FROM python:3.12
        WORKDIR /app
        RUN pip install --no-cache-dir src/mypkg
        RUN pip install --no-cache-dir flask -c constraints.txt
        RUN pip install --no-cache-dir --root-user-action ignore flask==3.0.3
        RUN npm install app-1.0.0.tgz && npm install --loglevel warn express@4.19.2
        RUN gem install nokogiri:1.16.0 -- --use-system-libraries
        RUN pipx install ruff && gem i rake
        RUN npm install git+https://github.com/acme/lib.git
        RUN yum install -y curl && zypper -n install git && go install golang.org/x/tools/cmd/goimports@latest
        USER 1000
        """);
  }

  @Test
  void df012_to_df028_stage_and_from_rules() {
    for (Rule rule : List.of(Rules.COPY_TO_DIRECTORY, Rules.COPY_FROM_OWN_STAGE, Rules.COPY_FROM_UNKNOWN_NAME,
        Rules.REDUNDANT_TARGET_PLATFORM, Rules.FROM_PLATFORM_CONSTANT, Rules.INVALID_DEFAULT_ARG_IN_FROM)) {
      assertThat(lines(rule, STAGES)).as(rule.id().toString()).isNotEmpty();
    }
    Approvals.verify("Dockerfile:\n" + STAGES.indent(4) + "\nfindings of DF012, DF013, DF025 to DF028:\n"
        + String.join("\n", lines(null, STAGES)) + "\n");
  }

  @Test
  void df040_to_df045_shell_rules() {
    for (Rule rule : List.of(Rules.APT_GET_NOT_APT, Rules.YARN_CACHE_CLEAN, Rules.USERADD_LOG_INIT, Rules.NO_SSHD,
        Rules.APT_UPDATE_IN_SAME_RUN, Rules.NO_CHPASSWD)) {
      assertThat(lines(rule, SHELL)).as(rule.id().toString()).isNotEmpty();
    }
    Approvals.verify("Dockerfile:\n" + SHELL.indent(4) + "\nfindings of DF040 to DF045:\n"
        + String.join("\n", lines(null, SHELL)) + "\n");
  }

  private static final String STAGES = """
      ARG TAG
      FROM --platform=$TARGETPLATFORM node:${TAG} AS deps
      COPY package.json package-lock.json /app
      COPY --from=deps /app/node_modules /srv/
      FROM --platform=linux/amd64 debian:12 AS runtime
      COPY --from=dpes /app/node_modules /srv/node_modules/
      USER 1000
      """;

  private static final String SHELL = """
      FROM node:20 AS runtime
      WORKDIR /app
      RUN apt-get update
      RUN apt install -y curl
      RUN yarn install --frozen-lockfile
      RUN useradd -u 1000000 app && echo 'app:changeme' | chpasswd
      EXPOSE 22
      CMD ["/usr/sbin/sshd", "-D"]
      USER 1000
      """;

  private static final java.util.Set<String> NEW_RULES = java.util.Set.of("DF012", "DF013", "DF025", "DF026",
      "DF027", "DF028", "DF040", "DF041", "DF042", "DF043", "DF044", "DF045");

  /** The text report lines of one rule, or of the rules DF012, DF013, DF025-DF028 and DF040-DF045 when rule is null. */
  private static List<String> lines(Rule rule, String dockerfile) {
    LintResult result = Linter.lint(DockerfileParser.parse(dockerfile), Policy.strict());
    return result.findings().stream()
        .filter(f -> rule == null ? NEW_RULES.contains(f.rule().code()) : f.rule().equals(rule.id()))
        .map(f -> TextReport.line("Dockerfile", f)).collect(Collectors.toList());
  }

  @Test
  void a_check_skip_comment_above_an_instruction_waives_that_instruction_only() {
    LintResult result = Linter.lint(DockerfileParser.parse("""
        FROM node:20 AS runtime
        # check=skip=JSONArgsRecommended
        CMD node server.js
        ENTRYPOINT node other.js
        USER 1000
        """), Policy.strict());
    List<Finding> df004 = result.findings().stream().filter(f -> f.rule().code().equals("DF004"))
        .collect(Collectors.toList());
    assertThat(df004).extracting(Finding::line, Finding::isSuppressed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true), org.assertj.core.groups.Tuple.tuple(4, false));
    assertThat(df004.get(0).waiver().orElseThrow().scope()).isEqualTo(Waiver.Scope.INSTRUCTION);
  }
}
