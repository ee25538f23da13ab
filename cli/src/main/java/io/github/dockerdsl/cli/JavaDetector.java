package io.github.dockerdsl.cli;

import io.github.dockerdsl.cli.JvmService.Overrides;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaOptions.BuildTool;
import io.github.dockerdsl.presets.JavaPreset;
import io.github.dockerdsl.presets.internal.jvm.AppConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detects a Java project from {@code pom.xml} ({@link MavenDetector}) or {@code build.gradle(.kts)}
 * ({@link GradleDetector}), and the wrapper ({@code mvnw}, {@code gradlew}); each fact is reported
 * with the file it came from.
 */
final class JavaDetector {
  /** The files whose presence makes a directory a Java project. */
  static final List<String> MARKERS = List.of("pom.xml", "build.gradle.kts", "build.gradle");

  private JavaDetector() {}

  /** The detection with no flags, or empty when there is no Maven or Gradle build file. */
  static Optional<Detection> detect(Path dir) {
    return detect(dir, InitFlags.NONE);
  }

  /** The detection, with what {@code init}'s flags override, or empty when there is no build file. */
  static Optional<Detection> detect(Path dir, InitFlags initFlags) {
    // port, health and module shape what is detected (a management port, the application module); the
    // flags that only choose images (variant, runtime version, target) are applied once detection is done
    Overrides flags = new Overrides(initFlags.module(),
        initFlags.port().isPresent() ? Optional.of(initFlags.port().getAsInt()) : Optional.empty(),
        initFlags.healthPath(), initFlags.noHealthcheck(), initFlags.entry());
    Optional<String> pom = ProjectFiles.read(dir, "pom.xml");
    String gradleFile = ProjectFiles.exists(dir, "build.gradle.kts") ? "build.gradle.kts" : "build.gradle";
    Optional<String> gradle = ProjectFiles.read(dir, gradleFile);
    if (pom.isEmpty() && gradle.isEmpty()) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    boolean mvnw = ProjectFiles.exists(dir, "mvnw");
    boolean gradlew = ProjectFiles.exists(dir, "gradlew");
    boolean maven;
    if (pom.isPresent() && gradle.isPresent()) {
      maven = !(gradlew && !mvnw);
      String why = mvnw != gradlew ? "only " + (mvnw ? "mvnw" : "gradlew") + " is present"
          : "Maven wins when no single wrapper decides";
      evidence.add("java project: " + (maven ? "pom.xml wins over " + gradleFile : gradleFile + " wins over pom.xml")
          + " (" + why + ")");
    } else {
      maven = pom.isPresent();
      evidence.add("java project: " + (maven ? "pom.xml" : gradleFile));
    }
    JavaOptions.Builder options = JavaOptions.builder();
    try {
      if (maven) {
        options.buildTool(BuildTool.MAVEN);
        MavenDetector.detect(dir, pom.get(), flags, options, evidence);
      } else {
        options.buildTool(BuildTool.GRADLE);
        GradleDetector.detect(dir, gradleFile, gradle.get(), flags, options, evidence);
      }
    } catch (AppConfigException e) {
      // the shared application-settings code words its messages as init's (JvmService.WORDING) already
      throw new CliException(e.getMessage(), e);
    }
    String wrapper = maven ? "mvnw" : "gradlew";
    if (maven ? mvnw : gradlew) {
      options.wrapper();
      evidence.add("wrapper: " + wrapper);
    } else {
      evidence.add("no wrapper: builds on the " + (maven ? "maven" : "gradle") + " image (no " + wrapper + ")");
    }
    return Optional.of(new Detection("java", JavaPreset.of(initFlags.applyJava(options, evidence)), evidence));
  }

  /** The release, refused when the preset has no images for it. */
  static int supported(int version, String value, String where) {
    if (version < 8 || version == 9 || version == 10) {
      throw new CliException(where + " '" + value + "' is Java " + version + "; the Java preset needs 8, 11 or later, "
          + "nothing was written");
    }
    return version;
  }
}
