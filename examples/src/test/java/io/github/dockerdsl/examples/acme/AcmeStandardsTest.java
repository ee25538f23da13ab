package io.github.dockerdsl.examples.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.GoOptions;
import io.github.dockerdsl.presets.GoPreset;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaPreset;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.NodePreset;
import io.github.dockerdsl.presets.PythonOptions;
import io.github.dockerdsl.presets.PythonPreset;
import io.github.dockerdsl.rule.PolicyViolationException;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class AcmeStandardsTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");

  private static String checked(Dockerfile df) {
    assertThat(df.findings()).isEmpty();
    assertThat(df.policy().name()).isEqualTo("acme-strict");
    return df.toString();
  }

  @Test
  void node_defaults() {
    Approvals.verify(checked(NodePreset.of(NodeOptions.builder().build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile()), DOCKERFILE);
  }

  @Test
  void node_distroless_gets_no_ca_step() {
    Approvals.verify(checked(NodePreset.of(NodeOptions.builder().variant(NodeOptions.Variant.DISTROLESS).build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile()), DOCKERFILE);
  }

  @Test
  void python_defaults() {
    Approvals.verify(checked(PythonPreset.of(PythonOptions.builder().build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile()), DOCKERFILE);
  }

  @Test
  void go_defaults_on_scratch_gets_no_ca_step() {
    Approvals.verify(checked(GoPreset.of(GoOptions.builder().healthcheckArgs("-health").build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile()), DOCKERFILE);
  }

  @Test
  void java_defaults_for_engine_20_10() {
    JavaOptions options = JavaOptions.builder()
        .common(CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false)
            .withTitle("orders").withDescription("The order service").withLicenses("Apache-2.0").withVendor("Someone Else"))
        .build();
    Approvals.verify(checked(JavaPreset.of(options).with(AcmeStandards.CUSTOMIZATION).toDockerfile()), DOCKERFILE);
  }

  @Test
  void java_spring_boot_layered_distroless() {
    Approvals.verify(checked(JavaPreset.of(JavaOptions.builder()
        .packaging(JavaOptions.Packaging.SPRING_BOOT_LAYERED).runtime(JavaOptions.RuntimeImage.DISTROLESS).build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile()), DOCKERFILE);
  }

  @Test
  void java_gradle_jlink() {
    Approvals.verify(checked(JavaPreset.of(JavaOptions.builder().buildTool(JavaOptions.BuildTool.GRADLE)
        .runtime(JavaOptions.RuntimeImage.JLINK).build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile()), DOCKERFILE);
  }

  @Test
  void a_docker_hub_image_fails_acme001() {
    Dockerfile.Builder builder = Dockerfile.builder()
        .stage(Stage.from("node:20.11.1-bookworm-slim").user("10001:10001").cmd("node", "index.js").build());
    assertThatThrownBy(() -> builder.build(AcmeStandards.POLICY))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageStartingWith("Dockerfile violates 1 rule of policy 'acme-strict':\n"
            + "[ACME001 InternalRegistryOnly] ERROR at stage 1, instruction FROM\n"
            + "    FROM node:20.11.1-bookworm-slim\n")
        .hasMessageEndingWith("\n  base image 'node:20.11.1-bookworm-slim' does not come from registry.acme.internal\n"
            + "  fix: pull it through the mirror, e.g. "
            + "Stage.from(\"registry.acme.internal/dockerhub/library/node:20.11.1-bookworm-slim\"), "
            + "or apply AcmeStandards.CUSTOMIZATION, which rewrites and pins base images\n"
            + "  suppress: Stage.from(...).suppress(<the ACME001 rule>, \"<reason>\") before the first instruction, "
            + "see https://wiki.acme.internal/docker/rules/ACME001");
    try {
      builder.build(AcmeStandards.POLICY);
    } catch (PolicyViolationException e) {
      Violation v = e.violations().get(0);
      assertThat(v.rule()).isEqualTo(RuleId.of("ACME001", "InternalRegistryOnly"));
      assertThat(v.message())
          .isEqualTo("base image 'node:20.11.1-bookworm-slim' does not come from registry.acme.internal");
    }
  }

  @Test
  void acme001_suggests_the_mirror_path_of_other_registries() {
    assertThat(InternalRegistryOnly.mirrored(ImageRef.parse("gcr.io/distroless/java17-debian12:nonroot")))
        .isEqualTo("registry.acme.internal/gcr/distroless/java17-debian12:nonroot");
    assertThat(InternalRegistryOnly.mirrored(ImageRef.parse("bitnami/redis:7.2")))
        .isEqualTo("registry.acme.internal/dockerhub/bitnami/redis:7.2");
  }

  @Test
  void the_policy_is_strict_with_the_company_rule() {
    assertThat(AcmeStandards.POLICY.name()).isEqualTo("acme-strict");
    assertThat(AcmeStandards.POLICY.severity(Rules.PINNED_BASE_IMAGE)).isEqualTo(Severity.ERROR);
    assertThat(AcmeStandards.POLICY.rules()).extracting(r -> r.id().code()).contains("ACME001", "DF001", "DF002");
    // DF003 is unsuppressible as soon as the rule is in the catalogue (see AcmeStandards)
    assertThat(AcmeStandards.POLICY.isUnsuppressible(RuleId.of("DF003", "SecretsInArgOrEnv")))
        .isEqualTo(Rules.byCode("DF003").isPresent());
  }

  @Test
  void the_lock_pins_well_formed_digests() {
    var lock = AcmeStandards.readLock(AcmeStandards.LOCK_RESOURCE);
    assertThat(lock).hasSizeGreaterThanOrEqualTo(20)
        .containsKey("registry.acme.internal/dockerhub/library/node:20-bookworm-slim")
        .containsKey("registry.acme.internal/gcr/distroless/java17-debian12:nonroot");
    assertThat(lock.values()).allSatisfy(d -> assertThat(d.toString()).matches("sha256:[0-9a-f]{64}"));
  }

  @Test
  void a_bad_lock_line_is_refused_with_its_text() {
    assertThatThrownBy(() -> AcmeStandards.parseLock("# ok\nregistry.acme.internal/dockerhub/library/node:20\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lock line 'registry.acme.internal/dockerhub/library/node:20' is not an image and a digest; "
            + "write e.g. registry.acme.internal/dockerhub/library/node:20 sha256:<64 hex>");
  }

  @Test
  void an_image_missing_from_the_lock_fails_the_build() {
    assertThatThrownBy(() -> NodePreset.of(NodeOptions.builder().nodeVersion("18").build())
        .with(AcmeStandards.CUSTOMIZATION).toDockerfile())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image 'registry.acme.internal/dockerhub/library/node:18-bookworm-slim' has no digest in the lock; "
            + "add it to the lock map, e.g. \"registry.acme.internal/dockerhub/library/node:18-bookworm-slim\" "
            + "-> Digest.sha256(\"<64 hex>\")");
  }

  @Test
  void docs_show_the_customization_source() throws IOException {
    String docs = Files.readString(Path.of("../docs/company-standards.md"));
    String source = Files.readString(Path.of("acme-standards/src/main/java/io/github/dockerdsl/examples/acme/AcmeStandards.java"));
    int from = source.indexOf("// docs-snippet-start\n") + "// docs-snippet-start\n".length();
    String snippet = source.substring(from, source.indexOf("  // docs-snippet-end", from));
    assertThat(docs).contains(snippet.stripTrailing().stripIndent().strip());
  }
}
