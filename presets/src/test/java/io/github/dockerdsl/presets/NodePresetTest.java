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
            .withTitle("shop").withDescription("The shop front end").withSource("https://github.com/acme/shop"))
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

  @Test
  void yarn_berry_with_a_checked_in_release_and_node_flags() {
    NodeOptions options = NodeOptions.builder().packageManager(PackageManager.YARN_BERRY)
        .packageManagerVersion("4.5.3").yarnPath(".yarn/releases/yarn-4.5.3.cjs")
        .buildScript("build", "dist").entryFile("dist/index.js").nodeFlags(java.util.List.of("--enable-source-maps"))
        .common(CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false)).build();
    Dockerfile df = NodePreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.toString()).contains("node .yarn/releases/yarn-4.5.3.cjs workspaces focus --all --production")
        .contains("node .yarn/releases/yarn-4.5.3.cjs install --immutable")
        .contains("CMD [\"node\", \"--enable-source-maps\", \"dist/index.js\"]")
        .doesNotContain("--frozen-lockfile").doesNotContain("corepack");
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void yarn_berry_without_a_release_uses_corepack() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().packageManager(PackageManager.YARN_BERRY).build())
        .toDockerfile();
    assertThat(df.toString()).contains("RUN corepack enable").contains("yarn workspaces focus --all --production");
  }

  @Test
  void pnpm_workspace_package_deployed_with_its_workspace_dependencies() {
    NodeOptions options = NodeOptions.builder().packageManager(PackageManager.PNPM).packageManagerVersion("9.15.0")
        .workspace("@acme/api", java.util.List.of("packages/lib/package.json", "packages/api/package.json"))
        .buildScript("build", "dist").entryFile("dist/index.js")
        .common(CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false)).build();
    Dockerfile df = NodePreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void distroless_uses_the_health_probe() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().variant(Variant.DISTROLESS).port(8080)
        .healthcheckPath("/ready").build()).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.toString()).contains("COPY --from=healthprobe --link /out/healthprobe /usr/local/bin/healthprobe")
        .contains("CMD [\"/usr/local/bin/healthprobe\", \"http://127.0.0.1:8080/ready\"]");
  }

  @Test
  void bad_node_flag_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NodeOptions.builder()
        .nodeFlags(java.util.List.of("--inspect; rm -rf /")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node flag '--inspect; rm -rf /' is not a node option; use e.g. --enable-source-maps");
  }

  @Test
  void yarn_path_without_yarn_berry_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NodeOptions.builder()
        .yarnPath(".yarn/releases/yarn-4.5.3.cjs").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("yarn path '.yarn/releases/yarn-4.5.3.cjs' needs the package manager YARN_BERRY, not NPM");
  }
}
