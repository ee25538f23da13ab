package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.presets.GoOptions.Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoPresetTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");
  private static final Options IGNORE = new Options().forFile().withExtension(".dockerignore");
  private static final CommonOptions ENGINE_20_10 = CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false);

  /** No finding at all, not even a waived DF015: the health probe gives scratch and distroless a HEALTHCHECK. */
  private static void assertClean(Dockerfile df) {
    assertThat(df.findings()).isEmpty();
  }

  @Test
  void defaults() {
    Dockerfile df = GoPreset.of(GoOptions.builder().build()).toDockerfile();
    assertClean(df);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void defaults_dockerignore() {
    Approvals.verify(GoPreset.of(GoOptions.builder().build()).toDockerIgnore().toString(), IGNORE);
  }

  @Test
  void scratch_with_healthcheck_flag_for_engine_20_10() {
    GoOptions options = GoOptions.builder().healthcheckArgs("-healthcheck")
        .common(ENGINE_20_10.withTitle("hello").withDescription("The sample service").withSource("https://github.com/acme/hello"))
        .build();
    Dockerfile df = GoPreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.ENGINE_20_10);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void distroless_static_with_private_modules() {
    GoOptions options = GoOptions.builder().runtime(Runtime.DISTROLESS_STATIC).mainPackage(".").binaryName("api")
        .port(9090).goPrivate("github.com/acme/*,gitlab.acme.internal").build();
    Dockerfile df = GoPreset.of(options).toDockerfile();
    assertClean(df);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void distroless_static_with_healthcheck_flag() {
    GoOptions options = GoOptions.builder().runtime(Runtime.DISTROLESS_STATIC).goVersion("1.23")
        .healthcheckArgs("health", "--timeout=2s").build();
    Dockerfile df = GoPreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void vendored_modules_build_offline_with_the_probe() {
    GoOptions options = GoOptions.builder().vendored().mainPackage("./cmd/api").binaryName("api")
        .healthcheckPath("/healthz").common(ENGINE_20_10).build();
    Dockerfile df = GoPreset.of(options).toDockerfile();
    assertClean(df);
    assertThat(df.toString()).doesNotContain("go mod download").contains("go build -mod=vendor")
        .contains("COPY vendor vendor").doesNotContain("--link");
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void no_healthcheck_is_a_waiver_with_its_reason() {
    Dockerfile df = GoPreset.of(GoOptions.builder().noHealthcheck().build()).toDockerfile();
    assertThat(df.toString()).doesNotContain("healthprobe").doesNotContain("HEALTHCHECK")
        .contains("# dockerdsl:suppress DF015 -- " + PresetSupport.NO_HEALTHCHECK_BY_OPTION);
  }

  static Stream<GoOptions> every_combination() {
    List<GoOptions> all = new ArrayList<>();
    for (Runtime runtime : Runtime.values()) {
      for (CommonOptions common : List.of(CommonOptions.DEFAULTS, ENGINE_20_10)) {
        for (int shape = 0; shape < 3; shape++) {
          GoOptions.Builder b = GoOptions.builder().runtime(runtime).common(common);
          if (shape == 1) {
            b.healthcheckArgs("-healthcheck").goPrivate("github.com/acme/*");
          } else if (shape == 2) {
            b.vendored();
          }
          all.add(b.build());
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("every_combination")
  void every_combination_passes_the_strict_policy_within_its_target(GoOptions options) {
    Dockerfile df = GoPreset.of(options).toDockerfile();
    assertClean(df);
    assertThat(options.common().targetSyntax().isAtLeast(df.requiredSyntax()))
        .as("required %s, target %s", df.requiredSyntax(), options.common().targetSyntax()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("every_combination")
  void dockerignore_never_ignores_a_copied_file(GoOptions options) {
    GoPreset preset = GoPreset.of(options);
    DockerIgnore ignore = preset.toDockerIgnore();
    for (Stage stage : preset.toDockerfile().stages()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Copy && ((Copy) i).from().isEmpty()) {
          for (String source : ((Copy) i).sources()) {
            assertThat(ignore.isIgnored(source.replace("*", ""))).as(source).isFalse();
          }
        }
      }
    }
    assertThat(ignore.isIgnored("cmd/server/main.go")).isFalse();
    assertThat(ignore.isIgnored("vendor/modules.txt")).isFalse();
  }

  @Test
  void refuses_an_ignore_hook_that_hides_go_mod() {
    Customization hideGoMod = Customization.builder().hooks(new PresetHooks() {
      @Override
      public DockerIgnore dockerIgnore(DockerIgnore proposed) {
        return proposed.toBuilder().exclude("go.*").build();
      }
    }).build();
    assertThatThrownBy(() -> GoPreset.of(GoOptions.builder().build()).with(hideGoMod).toDockerIgnore())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(".dockerignore excludes 'go.mod', which stage 'build' copies (COPY go.mod go.sum* ./); "
            + "remove the pattern or add an exception");
  }

  @Test
  void rejects_a_bad_go_version() {
    assertThatThrownBy(() -> GoOptions.builder().goVersion("go1.22").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("go version 'go1.22' is not a Go version; use e.g. 1.22 or 1.22.5");
  }

  @Test
  void rejects_a_main_package_outside_the_module() {
    assertThatThrownBy(() -> GoOptions.builder().mainPackage("cmd/server").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("main package 'cmd/server' is not a package path in the module; use e.g. . or ./cmd/server");
  }

  @Test
  void rejects_a_binary_name_with_a_slash() {
    assertThatThrownBy(() -> GoOptions.builder().binaryName("bin/app").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("binary name 'bin/app' is not a file name; use e.g. server");
  }

  @Test
  void rejects_a_bad_port() {
    assertThatThrownBy(() -> GoOptions.builder().port(70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port '70000' is out of range; ports are 1 to 65535");
  }

  @Test
  void rejects_a_blank_healthcheck_argument() {
    assertThatThrownBy(() -> GoOptions.builder().healthcheckArgs(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthcheck argument ' ' is blank or has control characters; use e.g. -healthcheck");
  }

  @Test
  void rejects_goprivate_with_a_space() {
    assertThatThrownBy(() -> GoOptions.builder().goPrivate("github.com/acme/* rm").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GOPRIVATE 'github.com/acme/* rm' is not a comma-separated list of module path patterns; "
            + "use e.g. github.com/acme/*");
  }
}
