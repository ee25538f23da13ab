package io.github.dockerdsl.presets;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.presets.JavaOptions.BuildTool;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java build stage: manifests of every module first, the dependency step, then the sources and
 * the package step; and where in the build stage the result lands. Split from {@link JavaPreset}
 * because the Maven/Gradle and single/multi-module differences all live here.
 */
final class JavaBuild {
  /** The working directory of the build stage. */
  static final String DIR = "/build";

  private final JavaOptions options;
  private final boolean maven;

  JavaBuild(JavaOptions options) {
    this.options = options;
    this.maven = options.buildTool() == BuildTool.MAVEN;
  }

  /** The build stage. */
  Stage stage(ImageRef image, PresetHooks hooks) {
    Stage.Builder stage = Stage.from(image).as("build");
    // the official Maven, Gradle and Temurin JDK images are Ubuntu-based: apt
    PresetSupport.packages(stage, ImageRole.BUILD, java.util.Optional.of(io.github.dockerdsl.instruction.PackageInstall
        .Manager.APT), List.of(), java.util.Optional.empty(), options.common(), hooks);
    stage.workdir(DIR);
    hooks.beforeDependencies(stage);
    if (!options.writableDirectories().isEmpty() && options.runtime() == JavaOptions.RuntimeImage.DISTROLESS) {
      // the distroless runtime has no shell: it copies this empty directory, owned by the app user
      stage.run("mkdir -p /tmp/empty");
    }
    if (options.wrapper()) {
      stage.copy(Copy.of(maven ? "mvnw" : "gradlew", "./").withChmod(FileMode.of("0755")));
      stage.copy(maven ? ".mvn" : "gradle", maven ? "./.mvn" : "./gradle");
    }
    if (maven) {
      stage.copy("pom.xml", "./");
      for (String module : options.modules()) {
        stage.copy(module + "/pom.xml", "./" + module + "/");
      }
    } else {
      stage.copy(Copy.of(List.of("settings.gradle*", "build.gradle*", "gradle.properties*"), "./"));
      for (String module : options.modules()) {
        stage.copy(module + "/build.gradle*", "./" + module + "/");
      }
    }
    stage.run(withCaches(maven ? "dependency:go-offline" : task("dependencies")));
    hooks.afterDependencies(stage);
    for (String source : options.sources()) {
      stage.copy(source, "./" + source);
    }
    stage.run(withCaches(maven ? "-DskipTests package" : task(gradleTask())));
    hooks.afterBuild(stage);
    return stage.build();
  }

  /** Where the package step leaves the application's outputs: {@code /build/[module/]target} or {@code .../build}. */
  String outputDir() {
    return DIR + options.module().map(m -> "/" + m).orElse("") + (maven ? "/target" : "/build");
  }

  /** The built jar: {@code target/<name>.jar} or {@code build/libs/<name>.jar} of the application module. */
  String jar() {
    return outputDir() + (maven ? "/" : "/libs/") + options.artifactName() + ".jar";
  }

  private String gradleTask() {
    return switch (options.packaging()) {
      case SPRING_BOOT_LAYERED -> "bootJar";
      case QUARKUS_FAST_JAR -> "quarkusBuild";
      default -> "assemble";
    };
  }

  /** A Gradle task of the application project: {@code :service:bootJar} in a multi-project build. */
  private String task(String name) {
    return options.module().map(m -> ":" + m.replace('/', ':') + ":" + name).orElse(name);
  }

  private Run withCaches(String goals) {
    String tool = options.wrapper() ? (maven ? "./mvnw" : "./gradlew") : (maven ? "mvn" : "gradle");
    String flags = maven ? " -B -q" + (options.privateRepository() ? " -s /run/secrets/maven_settings" : "")
        + options.module().map(m -> " -pl " + m + " -am").orElse("")
        : " --no-daemon -q";
    List<Mount> mounts = new ArrayList<>();
    if (maven) {
      mounts.add(CacheMount.of("/root/.m2").withId("maven").withSharing(Sharing.LOCKED));
      if (options.privateRepository()) {
        mounts.add(SecretMount.of("maven_settings").withRequired());
      }
    } else {
      mounts.add(CacheMount.of("/root/.gradle/caches").withId("gradle").withSharing(Sharing.LOCKED));
      if (options.wrapper()) {
        mounts.add(CacheMount.of("/root/.gradle/wrapper").withId("gradle-wrapper").withSharing(Sharing.LOCKED));
      }
      if (options.privateRepository()) {
        mounts.add(SecretMount.of("gradle_properties").withTarget("/root/.gradle/gradle.properties").withRequired());
      }
    }
    Run run = Run.of(Command.shell(tool + flags + " " + goals));
    for (Mount mount : mounts) {
      run = run.withMount(mount);
    }
    return run;
  }

  /** Whether the packaging needs a stage after the build that sorts the output into layers. */
  boolean needsLayerStage() {
    return options.packaging() == Packaging.SPRING_BOOT_LAYERED || options.packaging() == Packaging.JAR_WITH_LIB;
  }
}
