package io.github.dockerdsl.examples.acme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.presets.CompanyStandards;
import io.github.dockerdsl.rule.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The jar's own tests run on the module path (the module has a module-info), where ServiceLoader ignores
 * META-INF/services: finding {@code acme} here proves the {@code provides} clause.
 */
class AcmeCompanyStandardsTest {
  @Test
  void the_module_provides_acme_to_service_loader() {
    assertThat(AcmeCompanyStandards.class.getModule().isNamed()).as("tests run on the module path").isTrue();
    List<CompanyStandards> found = CompanyStandards.available(AcmeCompanyStandardsTest.class.getClassLoader());
    assertThat(found).extracting(CompanyStandards::name).containsExactly("acme");
    assertThat(found.get(0)).isInstanceOf(AcmeCompanyStandards.class);
  }

  @Test
  void the_modules_layer_provides_acme_too() {
    ModuleLayer layer = AcmeCompanyStandards.class.getModule().getLayer();
    assertThat(CompanyStandards.available(layer)).extracting(CompanyStandards::name).containsExactly("acme");
  }

  @Test
  void the_policy_runs_the_company_rule_once_and_keeps_acme_strict() {
    CompanyStandards acme = new AcmeCompanyStandards();
    assertThat(acme.policy().name()).isEqualTo("acme-strict");
    assertThat(acme.policy().rules()).extracting(r -> r.id())
        .containsOnlyOnce(RuleId.of("ACME001", "InternalRegistryOnly"));
    assertThat(acme.asCustomization().policy()).contains(acme.policy());
  }
}
