package io.github.dockerdsl.examples.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.Customization;
import io.github.dockerdsl.presets.GoOptions;
import io.github.dockerdsl.presets.GoPreset;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.NodePreset;
import io.github.dockerdsl.rule.PolicyViolationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** Every recipe of docs/company-standards.md: its output approved, its source quoted by the docs. */
class StandardsCookbookTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");
  private static final String COMMIT = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";
  private static final String CREATED = "2024-05-01T12:00:00Z";

  @Test
  void mirror_and_pin_a_go_service() {
    Dockerfile df = GoPreset.of(GoOptions.builder().build()).with(StandardsCookbook.MIRROR_AND_PIN).toDockerfile();
    assertThat(df.toString()).doesNotContain("FROM golang").contains("FROM --platform=$BUILDPLATFORM "
        + "registry.example.com/dockerhub/library/golang:1.22-bookworm@sha256:");
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void one_project_pins_its_own_runtime_image() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().common(StandardsCookbook.ownRuntimeImage()).build())
        .toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void the_corporate_ca_on_node_slim() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().build())
        .with(Customization.builder().hooks(StandardsCookbook.CORPORATE_CA).build()).toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void no_ca_step_where_there_is_no_apt() {
    Customization ca = Customization.builder().hooks(StandardsCookbook.CORPORATE_CA).build();
    String distroless = NodePreset.of(NodeOptions.builder().variant(NodeOptions.Variant.DISTROLESS).build()).with(ca)
        .toDockerfile().toString();
    String scratch = GoPreset.of(GoOptions.builder().build()).with(ca).toDockerfile().toString();
    assertThat(distroless).doesNotContain("ca-certificates");
    assertThat(scratch).doesNotContain("update-ca-certificates").doesNotContain("example-root-ca");
  }

  @Test
  void labels_of_the_build_and_of_the_company() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().common(StandardsCookbook.buildLabels(COMMIT, CREATED)).build())
        .with(Customization.builder().hooks(StandardsCookbook.COMPANY_LABELS).build()).toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void packages_for_the_build_and_the_runtime() {
    Dockerfile df = NodePreset.of(StandardsCookbook.withPackages(NodeOptions.builder(), CommonOptions.DEFAULTS)
        .buildScript("build", "dist").entryFile("dist/server.js").build()).toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void files_and_env_from_the_options_and_a_hook() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().buildScript("build", "dist").entryFile("dist/server.js")
            .common(StandardsCookbook.withConfig(CommonOptions.DEFAULTS)).build())
        .with(Customization.builder().hooks(StandardsCookbook.PUBLIC_FILES).build()).toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void the_policy_refuses_images_off_the_mirror_and_untraceable_labels() {
    assertThatExceptionOfType(PolicyViolationException.class)
        .isThrownBy(() -> NodePreset.of(NodeOptions.builder().build())
            .with(Customization.builder().policy(StandardsCookbook.POLICY).build()).toDockerfile())
        .satisfies(e -> assertThat(e.violations()).extracting(v -> v.rule().code())
            .containsOnly("DF070", "DF071"));
  }

  @Test
  void all_together_passes_the_policy() {
    NodeOptions.Builder options = NodeOptions.builder().buildScript("build", "dist").entryFile("dist/server.js");
    Dockerfile df = NodePreset.of(StandardsCookbook.withPackages(options,
            StandardsCookbook.withConfig(StandardsCookbook.buildLabels(COMMIT, CREATED))).build())
        .with(StandardsCookbook.STANDARDS)
        .with(Customization.builder().hooks(StandardsCookbook.PUBLIC_FILES).build())
        .toDockerfile();
    assertThat(df.policy().name()).isEqualTo("example-strict");
    assertThat(df.findings()).extracting(v -> v.rule().code()).containsOnly("DF039");
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void the_docs_quote_every_recipe() throws IOException {
    String docs = Files.readString(Path.of("../docs/company-standards.md"));
    String source = Files.readString(
        Path.of("src/main/java/io/github/dockerdsl/examples/standards/StandardsCookbook.java"));
    Matcher m = Pattern.compile("  // docs:([a-z-]+)\n(.*?)\n  // docs:end", Pattern.DOTALL).matcher(source);
    int recipes = 0;
    while (m.find()) {
      recipes++;
      assertThat(docs).as("docs/company-standards.md quotes the recipe '%s'", m.group(1))
          .contains(m.group(2).stripIndent());
    }
    assertThat(recipes).isEqualTo(8);
  }
}
