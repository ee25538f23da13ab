package io.github.dockerdsl.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import org.junit.jupiter.api.Test;

/** The exception's header counts rules, a company rule's report links no page of ours, violations print readably. */
class ReportsTest {
  /** A company rule without a documentation page: every LABEL is reported. */
  private static final Rule NO_LABELS = new Rule() {
    @Override
    public RuleId id() {
      return RuleId.of("ACME042", "NoLabels");
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "No LABEL instructions";
    }

    @Override
    public void check(RuleContext context, ViolationSink sink) {
      context.forEachInstruction((s, i, instruction) -> {
        if (instruction.keyword().equals("LABEL")) {
          sink.report(s, i, "LABEL found", "remove it");
        }
      });
    }
  };

  private static Dockerfile.Builder twoLabels() {
    return Dockerfile.builder().stage(Stage.from("node:20.11.1").user("node").label("a", "1").label("b", "2").build());
  }

  @Test
  void one_rule_found_twice_is_one_rule_with_two_findings_and_no_page_of_ours() {
    Policy policy = Policy.strict().named("acme").withRule(NO_LABELS);
    assertThatThrownBy(() -> twoLabels().build(policy))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageStartingWith("Dockerfile violates 1 rule (2 findings) of policy 'acme':\n[ACME042 NoLabels] ERROR")
        .hasMessageContaining("  suppress: .suppress(<the ACME042 rule>, \"<reason>\") right after the instruction\n")
        .hasMessageEndingWith("  suppress: .suppress(<the ACME042 rule>, \"<reason>\") right after the instruction")
        .hasMessageNotContaining("docs/rules");
  }

  @Test
  void a_custom_rule_has_no_documentation_unless_it_says_so() {
    assertThat(NO_LABELS.documentation()).isEmpty();
    assertThat(Rules.PINNED_BASE_IMAGE.documentation()).hasValue(java.net.URI.create("docs/rules/DF001.md"));
  }

  @Test
  void two_rules_are_counted_as_two() {
    Policy policy = Policy.strict().named("acme").withRule(NO_LABELS);
    Dockerfile.Builder builder = Dockerfile.builder()
        .stage(Stage.from("node").user("node").label("a", "1").build());
    assertThatThrownBy(() -> builder.build(policy))
        .hasMessageStartingWith("Dockerfile violates 2 rules of policy 'acme':\n");
  }

  @Test
  void violation_to_string_is_one_readable_line() {
    Violation v = Policy.strict().withRule(NO_LABELS).evaluate(twoLabels().build(Policy.none())).stream()
        .filter(x -> x.rule().code().equals("ACME042")).findFirst().orElseThrow();
    assertThat(v).hasToString("ERROR ACME042 NoLabels at stage 1, instruction 2 LABEL: LABEL found (fix: remove it)");
  }
}
