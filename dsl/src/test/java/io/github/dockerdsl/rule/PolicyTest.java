package io.github.dockerdsl.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

class PolicyTest {

  private static Stage.Builder latestAsRoot() {
    return Stage.from("node:latest").as("runtime").workdir("/app").cmd("node", "server.js");
  }

  @Test
  void build_reports_every_error_at_once() {
    // GIVEN a Dockerfile with an unpinned base and no USER
    Dockerfile.Builder builder = Dockerfile.builder().stage(latestAsRoot().build());
    // WHEN / THEN
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(PolicyViolationException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.rule().code()).containsExactly("DF001", "DF002");
          assertThat(e.policy().name()).isEqualTo("strict");
          Approvals.verify(e.getMessage().replaceAll("\\(PolicyTest\\.java:\\d+\\)", "(PolicyTest.java:<line>)"));
        });
  }

  @Test
  void suppression_waives_a_rule_and_is_rendered_above_its_instruction() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("node:latest").suppress(Rules.PINNED_BASE_IMAGE, "tracks upstream on purpose in this demo")
            .as("runtime").user("node").cmd("node", "server.js").build())
        .build();
    assertThat(df.toString()).isEqualTo(""
        + "# dockerdsl:suppress DF001 -- tracks upstream on purpose in this demo\n"
        + "FROM node:latest AS runtime\n"
        + "USER node\n"
        + "CMD [\"node\", \"server.js\"]\n");
    assertThat(df.findings()).isEmpty();
    assertThat(df.suppressedFindings()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(Rules.PINNED_BASE_IMAGE.id());
      assertThat(v.isSuppressed()).isTrue();
    });
  }

  @Test
  void unused_suppression_is_a_warning() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("node:20").user("node").suppress(Rules.NON_ROOT_FINAL_USER, "not needed").build())
        .build();
    assertThat(df.findings()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(Rules.UNUSED_SUPPRESSION.id());
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo("suppression of DF002 NonRootFinalUser (\"not needed\") matches no finding");
    });
  }

  @Test
  void unsuppressible_rule_ignores_its_suppression() {
    Policy policy = Policy.strict().named("acme-strict").unsuppressible(Rules.NON_ROOT_FINAL_USER);
    Dockerfile.Builder builder = Dockerfile.builder()
        .stage(Stage.from("node:20").workdir("/app").suppressStage(Rules.NON_ROOT_FINAL_USER, "we like root").build());
    assertThatThrownBy(() -> builder.build(policy))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining("its suppression is refused: rule DF002 is unsuppressible in policy 'acme-strict'");
  }

  @Test
  void severity_can_be_lowered_to_warning() {
    Policy policy = Policy.strict().withSeverity(Rules.PINNED_BASE_IMAGE, Severity.WARNING);
    Dockerfile df = Dockerfile.builder().stage(Stage.from("node").user("node").build()).build(policy);
    assertThat(df.findings()).singleElement().extracting(Violation::message)
        .isEqualTo("base image 'node' has no tag, so it means 'latest' and changes without notice");
  }

  @Test
  void disabling_a_rule_needs_a_reason() {
    assertThatThrownBy(() -> Policy.strict().without(Rules.PINNED_BASE_IMAGE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("disabling DF001 PinnedBaseImage needs a reason; say why the rule does not apply");
  }

  @Test
  void none_policy_checks_invariants_only() {
    Dockerfile df = Dockerfile.builder().stage(latestAsRoot().build()).build(Policy.none());
    assertThat(df.findings()).isEmpty();
  }
}
