package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SPI's defaults and the checks on what ServiceLoader found; the real jar is tested in examples and cli. */
class CompanyStandardsTest {
  /** A company rule that never reports: only its presence in the policy matters here. */
  static final class QuietRule implements Rule {
    @Override
    public RuleId id() {
      return RuleId.of("CO001", "Quiet");
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "Never reports";
    }

    @Override
    public void check(RuleContext context, ViolationSink sink) {}
  }

  record Standards(String name, Customization customization, List<Rule> rules) implements CompanyStandards {
    @Override
    public String summary() {
      return "standards " + name;
    }
  }

  static final class Other implements CompanyStandards {
    @Override
    public String name() {
      return "co";
    }

    @Override
    public String summary() {
      return "other";
    }

    @Override
    public Customization customization() {
      return Customization.NONE;
    }
  }

  private static final Rule QUIET = new QuietRule();

  @Test
  void the_policy_is_strict_plus_the_rules_when_the_customization_has_none() {
    Policy policy = new Standards("co", Customization.NONE, List.of(QUIET)).policy();
    assertThat(policy.name()).isEqualTo(Policy.strict().name());
    assertThat(policy.rules()).hasSize(Policy.strict().rules().size() + 1).contains(QUIET);
  }

  @Test
  void a_rule_the_customizations_policy_already_runs_is_not_added_twice() {
    Customization custom = Customization.builder().policy(Policy.strict().named("co-strict").withRule(QUIET)).build();
    CompanyStandards standards = new Standards("co", custom, List.of(QUIET));
    assertThat(standards.policy().name()).isEqualTo("co-strict");
    assertThat(standards.policy().rules()).filteredOn(r -> r == QUIET).hasSize(1);
    assertThat(standards.asCustomization().policy().orElseThrow().rule(QUIET.id())).contains(QUIET);
  }

  @Test
  void found_standards_are_sorted_by_name() {
    List<CompanyStandards> found = StandardsCheck.check(List.of(
        new Standards("zeta", Customization.NONE, List.of()), new Standards("acme", Customization.NONE, List.of())));
    assertThat(found).extracting(CompanyStandards::name).containsExactly("acme", "zeta");
  }

  @Test
  void a_name_that_cannot_be_typed_is_refused() {
    assertThatThrownBy(() -> StandardsCheck.check(List.of(new Standards("ACME Corp", Customization.NONE, List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("company standards io.github.dockerdsl.presets.CompanyStandardsTest$Standards are named "
            + "'ACME Corp'; a name is lower-case letters, digits and '-', such as acme");
  }

  @Test
  void two_standards_with_one_name_are_refused_naming_both() {
    assertThatThrownBy(() -> StandardsCheck.check(List.of(new Standards("co", Customization.NONE, List.of()),
        new Other())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two company standards are named 'co': io.github.dockerdsl.presets.CompanyStandardsTest$Standards "
            + "and io.github.dockerdsl.presets.CompanyStandardsTest$Other; remove one jar from the path");
  }

  @Test
  void an_unknown_name_says_none_were_found() {
    assertThatThrownBy(() -> CompanyStandards.named("acme", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standards 'acme' not found; found: none. Put the jar of the standards on the path; it names its "
            + "class in META-INF/services/io.github.dockerdsl.presets.CompanyStandards");
  }

  @Test
  void without_jars_nothing_is_found() {
    assertThat(CompanyStandards.available(CompanyStandardsTest.class.getClassLoader())).isEmpty();
  }
}
