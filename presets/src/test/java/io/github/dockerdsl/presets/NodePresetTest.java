package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.presets.NodeOptions.PackageManager;
import io.github.dockerdsl.presets.NodeOptions.Variant;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class NodePresetTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");
  private static final Options IGNORE = new Options().forFile().withExtension(".dockerignore");

  @Test
  void defaults() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().build()).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void defaults_dockerignore() {
    Approvals.verify(NodePreset.of(NodeOptions.builder().build()).toDockerIgnore().toString(), IGNORE);
  }

  @Test
  void npm_with_build_script_for_engine_20_10() {
    NodeOptions options = NodeOptions.builder()
        .buildScript("build", "dist").entryFile("dist/server.js")
        .privateRegistry()
        .common(CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false)
            .withTitle("shop", "The shop front end").withSource("https://github.com/acme/shop"))
        .build();
    Dockerfile df = NodePreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.ENGINE_20_10);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void pnpm_alpine() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().packageManager(PackageManager.PNPM).variant(Variant.ALPINE)
        .build()).toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void yarn_distroless() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().packageManager(PackageManager.YARN)
        .variant(Variant.DISTROLESS).buildScript("build", "build").entryFile("build/main.js").build()).toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }
}
