package io.github.dockerdsl.examples.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.presets.CompanyStandards;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaPreset;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * A preset in Java with the ACME standards jar (examples/acme-standards) found by name with
 * ServiceLoader on the class path, as any build that has the jar as a dependency finds it.
 */
class AcmeStandardsJarTest {
  private static final ClassLoader LOADER = AcmeStandardsJarTest.class.getClassLoader();

  @Test
  void service_loader_finds_acme_on_the_class_path() {
    List<CompanyStandards> found = CompanyStandards.available(LOADER);
    assertThat(found).extracting(CompanyStandards::name).containsExactly("acme");
    assertThat(found.get(0).rules()).extracting(r -> r.id().toString()).containsExactly("ACME001 InternalRegistryOnly");
  }

  @Test
  void a_java_preset_with_the_standards_found_by_name() {
    CompanyStandards acme = CompanyStandards.named("acme", CompanyStandards.available(LOADER));
    Dockerfile dockerfile = JavaPreset.of(JavaOptions.builder().build()).with(acme.asCustomization()).toDockerfile();
    assertThat(dockerfile.policy().name()).isEqualTo("acme-strict");
    assertThat(dockerfile.findings()).isEmpty();
    // the SPI applies exactly what the Java constant applies
    assertThat(dockerfile).isEqualTo(JavaPreset.of(JavaOptions.builder().build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile());
    Approvals.verify(dockerfile.toString(), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void an_unknown_name_lists_the_standards_found() {
    assertThatThrownBy(() -> CompanyStandards.named("acne", CompanyStandards.available(LOADER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standards 'acne' not found; found: acme (ACME Corp: mirrored and digest-pinned base images, "
            + "ACME labels, the corporate CA, policy acme-strict). Put the jar of the standards on the path; it names "
            + "its class in META-INF/services/io.github.dockerdsl.presets.CompanyStandards");
  }
}
