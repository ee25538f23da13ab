package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trigger and non-trigger cases of the rules that map hadolint, BuildKit, Trivy and Checkov checks we
 * did not have (DF012-DF028, DF040-DF045), each over hand-written Dockerfile text.
 */
class SiblingRulesTest {
  private static final String HEAD = "FROM debian:12 AS base\nWORKDIR /app\n";

  static Stream<Arguments> triggers() {
    return Stream.of(
        Arguments.of(Rules.COPY_TO_DIRECTORY, HEAD + "COPY a.txt b.txt /srv/app\n"),
        Arguments.of(Rules.COPY_TO_DIRECTORY, HEAD + "ADD --chown=1:1 a.tgz b.tgz dest\n"),
        Arguments.of(Rules.COPY_TO_DIRECTORY, HEAD + "COPY [\"a b\", \"c\", \"/srv\"]\n"),
        Arguments.of(Rules.COPY_FROM_OWN_STAGE, HEAD + "COPY --from=base /x /y\n"),
        Arguments.of(Rules.COPY_FROM_UNKNOWN_NAME, HEAD + "FROM debian:12\nCOPY --from=bsae /x /y\n"),
        Arguments.of(Rules.COPY_FROM_UNKNOWN_NAME, "FROM debian:12\nCOPY --from=later /x /y\nFROM debian:12 AS later\n"),
        Arguments.of(Rules.REDUNDANT_TARGET_PLATFORM, "FROM --platform=$TARGETPLATFORM debian:12\n"),
        Arguments.of(Rules.REDUNDANT_TARGET_PLATFORM, "FROM --platform=${TARGETPLATFORM} debian:12\n"),
        Arguments.of(Rules.FROM_PLATFORM_CONSTANT, "FROM --platform=linux/amd64 debian:12 AS base\n"),
        Arguments.of(Rules.FROM_PLATFORM_CONSTANT, "FROM --platform=linux debian:12\n"),
        Arguments.of(Rules.INVALID_DEFAULT_ARG_IN_FROM, "ARG TAG\nFROM node:${TAG}\n"),
        Arguments.of(Rules.INVALID_DEFAULT_ARG_IN_FROM, "ARG IMAGE=\nFROM $IMAGE\n"),
        Arguments.of(Rules.APT_GET_NOT_APT, HEAD + "RUN apt update && apt install -y curl\n"),
        Arguments.of(Rules.YARN_CACHE_CLEAN, HEAD + "RUN yarn install --frozen-lockfile\n"),
        Arguments.of(Rules.YARN_CACHE_CLEAN, HEAD + "RUN yarn\n"),
        Arguments.of(Rules.USERADD_LOG_INIT, HEAD + "RUN useradd -u 1000000 app\n"),
        Arguments.of(Rules.USERADD_LOG_INIT, HEAD + "RUN useradd --uid=123456 -m app\n"),
        Arguments.of(Rules.NO_SSHD, HEAD + "EXPOSE 22\n"),
        Arguments.of(Rules.NO_SSHD, HEAD + "CMD [\"/usr/sbin/sshd\", \"-D\"]\n"),
        Arguments.of(Rules.NO_SSHD, HEAD + "ENTRYPOINT [\"sh\", \"-c\", \"service ssh start && exec app\"]\n"),
        Arguments.of(Rules.APT_UPDATE_IN_SAME_RUN, HEAD + "RUN apt-get update\n"),
        Arguments.of(Rules.APT_UPDATE_IN_SAME_RUN, HEAD + "RUN apt-get update && echo done\n"),
        Arguments.of(Rules.NO_CHPASSWD, HEAD + "RUN echo 'app:changeme' | chpasswd\n"),
        Arguments.of(Rules.NO_CHPASSWD, HEAD + "RUN chpasswd -e < /tmp/hashes\n"));
  }

  static Stream<Arguments> passes() {
    return Stream.of(
        Arguments.of(Rules.COPY_TO_DIRECTORY, HEAD + "COPY a.txt b.txt /srv/app/\n"),
        Arguments.of(Rules.COPY_TO_DIRECTORY, HEAD + "COPY a.txt /srv/app\n"),
        Arguments.of(Rules.COPY_FROM_OWN_STAGE, HEAD + "FROM debian:12\nCOPY --from=base /x /y\n"),
        Arguments.of(Rules.COPY_FROM_UNKNOWN_NAME, HEAD + "FROM debian:12\nCOPY --from=Base /x /y\n"),
        Arguments.of(Rules.COPY_FROM_UNKNOWN_NAME, HEAD + "COPY --from=busybox:1.36 /bin/sh /bin/\n"),
        Arguments.of(Rules.COPY_FROM_UNKNOWN_NAME, HEAD + "COPY --from=ghcr.io/acme/tools /t /t\n"),
        Arguments.of(Rules.REDUNDANT_TARGET_PLATFORM, "FROM --platform=$BUILDPLATFORM debian:12\n"),
        Arguments.of(Rules.FROM_PLATFORM_CONSTANT, "FROM --platform=$BUILDPLATFORM debian:12\n"),
        Arguments.of(Rules.FROM_PLATFORM_CONSTANT, "FROM --platform=linux/${TARGETARCH} debian:12\n"),
        Arguments.of(Rules.FROM_PLATFORM_CONSTANT, "FROM --platform=${BUILDPLATFORM:-} debian:12\n"),
        Arguments.of(Rules.FROM_PLATFORM_CONSTANT, "FROM --platform=linux/arm64 debian:12 AS build_arm64\n"),
        Arguments.of(Rules.INVALID_DEFAULT_ARG_IN_FROM, "ARG TAG=20\nFROM node:${TAG}\n"),
        Arguments.of(Rules.INVALID_DEFAULT_ARG_IN_FROM, "ARG TAG\nFROM node:${TAG:-20}\n"),
        Arguments.of(Rules.INVALID_DEFAULT_ARG_IN_FROM, "ARG VARIANT\nFROM node:20${VARIANT}\n"),
        Arguments.of(Rules.APT_GET_NOT_APT, HEAD + "RUN apt-get update && apt-cache policy curl\n"),
        Arguments.of(Rules.YARN_CACHE_CLEAN, HEAD + "RUN yarn install --frozen-lockfile && yarn cache clean\n"),
        Arguments.of(Rules.YARN_CACHE_CLEAN, HEAD + "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn\n"),
        Arguments.of(Rules.YARN_CACHE_CLEAN, HEAD + "RUN yarn install\nFROM debian:12\n"),
        Arguments.of(Rules.USERADD_LOG_INIT, HEAD + "RUN useradd -l -u 1000000 app\n"),
        Arguments.of(Rules.USERADD_LOG_INIT, HEAD + "RUN useradd --no-log-init --uid 1000000 app\n"),
        Arguments.of(Rules.USERADD_LOG_INIT, HEAD + "RUN useradd -u 10001 app && useradd -u $BIG app2\n"),
        Arguments.of(Rules.NO_SSHD, HEAD + "EXPOSE 22/udp 8080\nCMD [\"ssh\", \"-V\"]\n"),
        Arguments.of(Rules.APT_UPDATE_IN_SAME_RUN, HEAD + "RUN apt-get update && apt-get install -y curl\n"),
        Arguments.of(Rules.NO_CHPASSWD, HEAD + "RUN useradd --system app\n"));
  }

  @ParameterizedTest(name = "{0} reports {1}")
  @MethodSource("triggers")
  void reports(Rule rule, String dockerfile) {
    assertThat(ParsedFindings.of(rule, dockerfile)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} passes {1}")
  @MethodSource("passes")
  void passes(Rule rule, String dockerfile) {
    assertThat(ParsedFindings.of(rule, dockerfile)).isEmpty();
  }

  @Test
  void code_that_names_a_build_context_is_not_an_unknown_name() {
    Dockerfile.Builder code = Dockerfile.builder().stage(Stage.from("debian:12")
        .copy(Copy.of("/x", "/y").withFrom(NamedContext.of("tools"))).user("1000").build());
    assertThat(Findings.of(Rules.COPY_FROM_UNKNOWN_NAME, code)).isEmpty();
  }

  @Test
  void code_is_checked_for_redundant_and_constant_platforms() {
    assertThat(Findings.of(Rules.REDUNDANT_TARGET_PLATFORM,
        Stage.from("debian:12").platform(Platform.TARGETPLATFORM))).hasSize(1);
    assertThat(Findings.of(Rules.FROM_PLATFORM_CONSTANT,
        Stage.from("debian:12").platform(Platform.parse("linux/amd64")))).hasSize(1);
  }

  @Test
  void shell_rules_read_code_too() {
    assertThat(findings(Rules.NO_CHPASSWD, "echo root:x | chpasswd")).hasSize(1);
    assertThat(findings(Rules.APT_GET_NOT_APT, List.of("apt", "install", "-y", "curl").stream()
        .reduce((a, b) -> a + " " + b).orElseThrow())).hasSize(1);
  }
}
