package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.presets.JavaOptions.BuildTool;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import io.github.dockerdsl.presets.JavaOptions.RuntimeImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JavaPresetTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");
  private static final Options IGNORE = new Options().forFile().withExtension(".dockerignore");
  private static final CommonOptions ENGINE_20_10 = CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false);

  private static Dockerfile verified(JavaOptions options) {
    Dockerfile df = JavaPreset.of(options).toDockerfile();
    assertThat(df.findings()).allSatisfy(v -> assertThat(v.isSuppressed()).as(v.message()).isTrue());
    return df;
  }

  @Test
  void defaults() {
    Approvals.verify(verified(JavaOptions.builder().build()).toString(), DOCKERFILE);
  }

  @Test
  void docs_page_shows_the_default_output() throws java.io.IOException {
    String page = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/presets/java.md"));
    assertThat(page).contains(JavaPreset.of(JavaOptions.builder().build()).toDockerfile().toString());
  }

  @Test
  void defaults_dockerignore() {
    Approvals.verify(JavaPreset.of(JavaOptions.builder().build()).toDockerIgnore().toString(), IGNORE);
  }

  @Test
  void gradle_dockerignore() {
    Approvals.verify(JavaPreset.of(JavaOptions.builder().buildTool(BuildTool.GRADLE).build()).toDockerIgnore()
        .toString(), IGNORE);
  }

  @Test
  void maven_for_engine_20_10() {
    JavaOptions options = JavaOptions.builder()
        .common(ENGINE_20_10.withTitle("orders", "The order service").withSource("https://github.com/acme/orders"))
        .build();
    Dockerfile df = verified(options);
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.ENGINE_20_10);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void maven_wrapper_private_repository_spring_boot_layered() {
    Approvals.verify(verified(JavaOptions.builder().wrapper().privateRepository()
        .packaging(Packaging.SPRING_BOOT_LAYERED).build()).toString(), DOCKERFILE);
  }

  @Test
  void maven_spring_boot_layered_distroless_java_21() {
    Approvals.verify(verified(JavaOptions.builder().javaVersion(21).packaging(Packaging.SPRING_BOOT_LAYERED)
        .runtime(RuntimeImage.DISTROLESS).build()).toString(), DOCKERFILE);
  }

  @Test
  void maven_jlink_without_healthcheck() {
    Approvals.verify(verified(JavaOptions.builder().jlink("java.base", "java.logging").noHealthcheck()
        .jvmOptions("-XX:MaxRAMPercentage=60.0", "-XX:+ExitOnOutOfMemoryError", "-Xss512k").build()).toString(),
        DOCKERFILE);
  }

  @Test
  void gradle_plain_jar() {
    Approvals.verify(verified(JavaOptions.builder().buildTool(BuildTool.GRADLE).artifactName("orders-1.0")
        .port(9000).healthcheckPath("/actuator/health").build()).toString(), DOCKERFILE);
  }

  @Test
  void gradle_wrapper_private_repository_spring_boot_jlink_java_21_for_engine_20_10() {
    Dockerfile df = verified(JavaOptions.builder().buildTool(BuildTool.GRADLE).wrapper().privateRepository()
        .javaVersion(21).packaging(Packaging.SPRING_BOOT_LAYERED).runtime(RuntimeImage.JLINK).common(ENGINE_20_10)
        .build());
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.ENGINE_20_10);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void gradle_distroless_with_custom_user_ids_still_runs_as_nonroot() {
    Dockerfile df = verified(JavaOptions.builder().buildTool(BuildTool.GRADLE).runtime(RuntimeImage.DISTROLESS)
        .common(CommonOptions.DEFAULTS.withUser(20000, 20000)).build());
    assertThat(df.finalStage().toString()).contains("USER 65532:65532").doesNotContain("20000");
  }

  static Stream<Arguments> every_combination() {
    List<Arguments> all = new ArrayList<>();
    for (BuildTool tool : BuildTool.values()) {
      for (boolean wrapper : new boolean[] {false, true}) {
        for (Packaging packaging : Packaging.values()) {
          for (RuntimeImage runtime : RuntimeImage.values()) {
            for (boolean privateRepository : new boolean[] {false, true}) {
              all.add(Arguments.of(tool, wrapper, packaging, runtime, privateRepository));
            }
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} wrapper={1} {2} {3} private={4}")
  @MethodSource("every_combination")
  void every_combination_passes_the_strict_policy_at_engine_20_10_and_ignores_no_copied_file(BuildTool tool,
      boolean wrapper, Packaging packaging, RuntimeImage runtime, boolean privateRepository) {
    JavaOptions.Builder builder = JavaOptions.builder().buildTool(tool).packaging(packaging).runtime(runtime)
        .common(ENGINE_20_10);
    if (wrapper) {
      builder.wrapper();
    }
    if (privateRepository) {
      builder.privateRepository();
    }
    JavaPreset preset = JavaPreset.of(builder.build());
    Dockerfile df = preset.toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.ENGINE_20_10);
    assertThat(df.toString()).doesNotContain("--link").doesNotContain("<<");
    // toDockerIgnore() refuses an ignore file that hides a copied file; it must not throw
    assertThat(preset.toDockerIgnore().patterns()).isNotEmpty();
  }

  @Test
  void dockerignore_never_ignores_the_copied_files() {
    var ignore = JavaPreset.of(JavaOptions.builder().buildTool(BuildTool.GRADLE).wrapper().build()).toDockerIgnore();
    assertThat(List.of("gradlew", "gradle", "gradle/wrapper/gradle-wrapper.jar", "settings.gradle.kts",
        "build.gradle.kts", "src", "src/main/java/App.java")).allSatisfy(p -> assertThat(ignore.isIgnored(p)).isFalse());
    var maven = JavaPreset.of(JavaOptions.builder().wrapper().build()).toDockerIgnore();
    assertThat(List.of("mvnw", ".mvn", ".mvn/wrapper/maven-wrapper.properties", "pom.xml", "src/main/resources/a.yml"))
        .allSatisfy(p -> assertThat(maven.isIgnored(p)).isFalse());
    assertThat(maven.isIgnored("target")).isTrue();
    assertThat(maven.isIgnored(".env")).isTrue();
  }

  @Test
  void rejects_an_unsupported_java_version() {
    assertThatThrownBy(() -> JavaOptions.builder().javaVersion(8).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java version '8' is not supported; use 11 or later, such as 17 or 21");
  }

  @Test
  void rejects_spring_boot_layers_on_java_11() {
    assertThatThrownBy(() -> JavaOptions.builder().javaVersion(11).packaging(Packaging.SPRING_BOOT_LAYERED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java version '11' is too old for SPRING_BOOT_LAYERED; its launcher needs Spring Boot 3.2+, "
            + "which needs 17 or later");
  }

  @Test
  void rejects_an_artifact_name_with_extension_or_path() {
    assertThatThrownBy(() -> JavaOptions.builder().artifactName("app.jar").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("artifact name 'app.jar' is not a jar name without extension; use e.g. app for target/app.jar");
    assertThatThrownBy(() -> JavaOptions.builder().artifactName("target/app").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("artifact name 'target/app' is not a jar name without extension; use e.g. app for target/app.jar");
  }

  @Test
  void rejects_bad_jlink_modules() {
    assertThatThrownBy(() -> JavaOptions.builder().jlink("java.base", "Java.SQL").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jlink module 'Java.SQL' is not a module name; use e.g. java.sql");
    assertThatThrownBy(() -> JavaOptions.builder().jlink().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jlink module list is empty; name at least java.base, or find the modules with "
            + "jdeps --print-module-deps");
  }

  @Test
  void rejects_a_jvm_option_that_is_not_one_flag() {
    assertThatThrownBy(() -> JavaOptions.builder().jvmOptions("-Xmx512m -Xss1m").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JVM option '-Xmx512m -Xss1m' is not a flag; write one flag per argument, "
            + "e.g. -XX:MaxRAMPercentage=75.0");
  }

  @Test
  void rejects_bad_port_and_healthcheck_path() {
    assertThatThrownBy(() -> JavaOptions.builder().port(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port '0' is out of range; ports are 1 to 65535");
    assertThatThrownBy(() -> JavaOptions.builder().healthcheckPath("health").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthcheck path 'health' is not a URL path; use e.g. /health");
  }

  @Test
  void rejects_null_parts() {
    assertThatThrownBy(() -> JavaOptions.builder().buildTool(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("buildTool == null");
    assertThatThrownBy(() -> JavaPreset.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("options == null");
  }
}
