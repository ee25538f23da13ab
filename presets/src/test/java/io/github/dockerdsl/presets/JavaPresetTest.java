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
        .common(ENGINE_20_10.withTitle("orders").withDescription("The order service").withSource("https://github.com/acme/orders"))
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
    org.junit.jupiter.api.Assumptions.assumeTrue(tool == BuildTool.MAVEN || packaging != Packaging.JAR_WITH_LIB,
        "JAR_WITH_LIB is Maven's copy-dependencies");
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
    assertThatThrownBy(() -> JavaOptions.builder().javaVersion(10).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java version '10' is not supported; use 8, 11 or later, such as 17 or 21");
    assertThatThrownBy(() -> JavaOptions.builder().javaVersion(8).jlink("java.base").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java version '8' has no jlink; use 11 or later, or the TEMURIN_JRE runtime");
    assertThatThrownBy(() -> JavaOptions.builder().javaVersion(11).runtime(RuntimeImage.DISTROLESS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java version '11' has no distroless image (java17-debian12 and later); use TEMURIN_JRE");
  }

  @Test
  void rejects_spring_boot_3_layers_on_java_11_but_takes_boot_2_on_java_8_and_11() {
    assertThatThrownBy(() -> JavaOptions.builder().javaVersion(11).packaging(Packaging.SPRING_BOOT_LAYERED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java version '11' is too old for Spring Boot 3, which needs 17 or later; use Java 17 or set "
            + "the Spring Boot 2.x version");
    assertThatThrownBy(() -> JavaOptions.builder().javaVersion(11).packaging(Packaging.SPRING_BOOT_LAYERED)
        .springBootVersion("3.1.0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java version '11' is too old for Spring Boot 3.1.0, which needs 17 or later; use Java 17 or set "
            + "the Spring Boot 2.x version");
    for (int java : new int[] {8, 11, 17}) {
      assertThat(JavaOptions.builder().javaVersion(java).packaging(Packaging.SPRING_BOOT_LAYERED)
          .springBootVersion("2.7.18").build().springBootLayout())
          .isEqualTo(JavaOptions.SpringBootLayout.LAYERTOOLS_CLASSIC_LAUNCHER);
    }
  }

  @Test
  void spring_boot_version_picks_extraction_and_launcher() {
    assertThat(JavaOptions.SpringBootLayout.of(java.util.Optional.of("2.2.13.RELEASE")))
        .isEqualTo(JavaOptions.SpringBootLayout.NONE);
    assertThat(JavaOptions.SpringBootLayout.of(java.util.Optional.of("2.3.0.RELEASE")))
        .isEqualTo(JavaOptions.SpringBootLayout.LAYERTOOLS_CLASSIC_LAUNCHER);
    assertThat(JavaOptions.SpringBootLayout.of(java.util.Optional.of("3.1.12")))
        .isEqualTo(JavaOptions.SpringBootLayout.LAYERTOOLS_CLASSIC_LAUNCHER);
    assertThat(JavaOptions.SpringBootLayout.of(java.util.Optional.of("3.2.0")))
        .isEqualTo(JavaOptions.SpringBootLayout.LAYERTOOLS);
    assertThat(JavaOptions.SpringBootLayout.of(java.util.Optional.of("3.3.0-M1")))
        .isEqualTo(JavaOptions.SpringBootLayout.TOOLS);
    assertThat(JavaOptions.SpringBootLayout.of(java.util.Optional.of("4.0.7")))
        .isEqualTo(JavaOptions.SpringBootLayout.TOOLS);
    assertThat(JavaOptions.SpringBootLayout.LAYERTOOLS_CLASSIC_LAUNCHER.launcher())
        .isEqualTo("org.springframework.boot.loader.JarLauncher");
    assertThat(JavaOptions.SpringBootLayout.LAYERTOOLS.launcher())
        .isEqualTo("org.springframework.boot.loader.launch.JarLauncher");
    assertThat(JavaOptions.SpringBootLayout.TOOLS.extractCommand("/b/app.jar"))
        .isEqualTo("java -Djarmode=tools -jar /b/app.jar extract --layers --launcher --destination .");
    assertThatThrownBy(() -> JavaOptions.builder().packaging(Packaging.SPRING_BOOT_LAYERED)
        .springBootVersion("2.2.13.RELEASE").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spring boot version '2.2.13.RELEASE' has no layered jars (they came with 2.3); upgrade Spring "
            + "Boot or use PLAIN_JAR");
  }

  @Test
  void spring_boot_2_7_on_java_11_with_the_classic_launcher() {
    Approvals.verify(verified(JavaOptions.builder().javaVersion(11).packaging(Packaging.SPRING_BOOT_LAYERED)
        .springBootVersion("2.7.18").artifactName("orders-1.0").port(8081).healthcheckPath("/actuator/health")
        .common(ENGINE_20_10).build()).toString(), DOCKERFILE);
  }

  @Test
  void spring_boot_3_2_layertools_with_the_new_launcher() {
    String df = verified(JavaOptions.builder().packaging(Packaging.SPRING_BOOT_LAYERED).springBootVersion("3.2.5")
        .common(ENGINE_20_10).build()).toString();
    assertThat(df).contains("FROM build AS extract\n", "RUN java -Djarmode=layertools -jar /build/target/app.jar extract\n",
        "\"org.springframework.boot.loader.launch.JarLauncher\"]");
  }

  @Test
  void maven_multi_module_spring_boot_with_management_port() {
    Approvals.verify(verified(JavaOptions.builder().packaging(Packaging.SPRING_BOOT_LAYERED).springBootVersion("3.5.7")
        .module("services/api", List.of("core", "services", "services/api"))
        .sourceDirectories(List.of("core/src", "services/api/src")).artifactName("api-2.0.0")
        .port(9000).healthcheckPath("/manage/health").healthcheckPort(9001).common(ENGINE_20_10).build()).toString(),
        DOCKERFILE);
  }

  @Test
  void quarkus_fast_jar_layers() {
    Approvals.verify(verified(JavaOptions.builder().packaging(Packaging.QUARKUS_FAST_JAR).artifactName("catalog-1.0")
        .healthcheckPath("/q/health").common(ENGINE_20_10).build()).toString(), DOCKERFILE);
  }

  @Test
  void gradle_multi_project_quarkus() {
    Approvals.verify(verified(JavaOptions.builder().buildTool(BuildTool.GRADLE).wrapper()
        .packaging(Packaging.QUARKUS_FAST_JAR).module("app", List.of("app", "lib"))
        .sourceDirectories(List.of("app/src", "lib/src")).javaVersion(21).healthcheckPath("/q/health").build())
        .toString(), DOCKERFILE);
  }

  @Test
  void jar_with_lib_splits_snapshots_and_starts_a_main_class() {
    Approvals.verify(verified(JavaOptions.builder().packaging(Packaging.JAR_WITH_LIB).artifactName("tool")
        .mainClass("com.acme.tool.Main").noHealthcheck("a batch worker without HTTP; the scheduler watches it")
        .writableDirectories("/app/work").common(ENGINE_20_10).build()).toString(), DOCKERFILE);
  }

  @Test
  void distroless_writable_directory_is_copied_owned_by_nonroot() {
    String df = verified(JavaOptions.builder().runtime(RuntimeImage.DISTROLESS).writableDirectories("/app/data")
        .common(ENGINE_20_10).build()).toString();
    assertThat(df).contains("RUN mkdir -p /tmp/empty\n",
        "COPY --from=build --chown=65532:65532 /tmp/empty/ /app/data/\n",
        "COPY --from=build /build/target/app.jar ./app.jar\n");
  }

  @Test
  void application_files_belong_to_root_in_every_packaging() {
    for (Packaging packaging : Packaging.values()) {
      String df = JavaPreset.of(JavaOptions.builder().packaging(packaging).build()).toDockerfile().toString();
      assertThat(df).as(packaging.toString()).doesNotContain("--chown");
    }
  }

  @Test
  void no_healthcheck_writes_the_reason_as_the_waiver() {
    Dockerfile df = verified(JavaOptions.builder().noHealthcheck("no health endpoint known: no actuator").build());
    assertThat(df.toString()).doesNotContain("HEALTHCHECK").doesNotContain("healthprobe")
        .contains("no health endpoint known: no actuator");
  }

  @Test
  void copies_with_with_methods_keep_the_rest() {
    JavaOptions base = JavaOptions.builder().packaging(Packaging.SPRING_BOOT_LAYERED).springBootVersion("2.7.18")
        .artifactName("x").build();
    JavaOptions changed = base.withPort(9000).withHealthcheck("/manage/health", java.util.Optional.of(9001))
        .withCommon(ENGINE_20_10);
    assertThat(changed.port()).isEqualTo(9000);
    assertThat(changed.probedPort()).isEqualTo(9001);
    assertThat(changed.springBootVersion()).contains("2.7.18");
    assertThat(changed.artifactName()).isEqualTo("x");
    assertThat(base.withoutHealthcheck("worker").healthcheckPath()).isEmpty();
    assertThat(base.toBuilder().build()).isEqualTo(base);
  }

  @Test
  void rejects_bad_modules_main_classes_and_directories() {
    assertThatThrownBy(() -> JavaOptions.builder().module("../x", List.of("../x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("module '../x' is not a relative module directory; use e.g. service or services/api");
    assertThatThrownBy(() -> JavaOptions.builder().module("api", List.of("core")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("module 'api' is not one of the modules [core]; add it to the module list");
    assertThatThrownBy(() -> JavaOptions.builder().mainClass("com.acme.Main;rm").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("main class 'com.acme.Main;rm' is not a class name; use e.g. com.example.Main");
    assertThatThrownBy(() -> JavaOptions.builder().packaging(Packaging.QUARKUS_FAST_JAR).mainClass("a.B").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("main class 'a.B' applies to PLAIN_JAR and JAR_WITH_LIB only; QUARKUS_FAST_JAR starts its own "
            + "launcher");
    assertThatThrownBy(() -> JavaOptions.builder().writableDirectories("data").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("writable directory 'data' is not an absolute directory path; use e.g. /app/data");
    assertThatThrownBy(() -> JavaOptions.builder().healthcheckPort(70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthcheck port '70000' is out of range; ports are 1 to 65535");
    assertThatThrownBy(() -> JavaOptions.builder().noHealthcheck(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no-healthcheck reason ' ' is empty or has control characters; say in one line why there is "
            + "no probe");
    assertThatThrownBy(() -> JavaOptions.builder().buildTool(BuildTool.GRADLE).packaging(Packaging.JAR_WITH_LIB).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JAR_WITH_LIB is for Maven's dependency:copy-dependencies; with Gradle build a fat jar (PLAIN_JAR)");
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
