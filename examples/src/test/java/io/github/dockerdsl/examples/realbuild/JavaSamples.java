package io.github.dockerdsl.examples.realbuild;

import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import io.github.dockerdsl.presets.JavaPreset;
import java.util.List;

/**
 * The Java presets for the sample apps in {@code examples/apps/java-*}, written out option by option:
 * {@link SampleInitTest} proves that {@code dockerdsl init} detects exactly these in each sample, and
 * {@link PresetRealBuildTest} builds and runs them.
 */
final class JavaSamples {
  private JavaSamples() {}

  /** Spring Boot 3.5 with actuator on its own management port. */
  static JavaPreset springBoot3(CommonOptions common) {
    return JavaPreset.of(JavaOptions.builder().packaging(Packaging.SPRING_BOOT_LAYERED).springBootVersion("3.5.7")
        .artifactName("greeting-service-1.0.0").port(9000).healthcheckPath("/actuator/health").healthcheckPort(9001)
        .common(common).build());
  }

  /** Spring Boot 2.7 on Java 17, actuator under /manage. */
  static JavaPreset springBoot2(CommonOptions common) {
    return JavaPreset.of(JavaOptions.builder().packaging(Packaging.SPRING_BOOT_LAYERED).springBootVersion("2.7.18")
        .artifactName("legacy-orders-2.3.1").port(8081).healthcheckPath("/manage/health").common(common).build());
  }

  /** A multi-module build whose application module depends on a library module. */
  static JavaPreset multiModule(CommonOptions common) {
    return JavaPreset.of(JavaOptions.builder().packaging(Packaging.SPRING_BOOT_LAYERED).springBootVersion("3.5.7")
        .module("inventory-service", List.of("inventory-core", "inventory-service"))
        .sourceDirectories(List.of("inventory-core/src", "inventory-service/src"))
        .artifactName("inventory-service-1.4.0-SNAPSHOT").port(8080).healthcheckPath("/actuator/health")
        .common(common).build());
  }

  /** Quarkus fast-jar with SmallRye Health. */
  static JavaPreset quarkus(CommonOptions common) {
    return JavaPreset.of(JavaOptions.builder().packaging(Packaging.QUARKUS_FAST_JAR).artifactName("quarkus-catalog-1.0.0")
        .port(8085).healthcheckPath("/q/health").common(common).build());
  }
}
