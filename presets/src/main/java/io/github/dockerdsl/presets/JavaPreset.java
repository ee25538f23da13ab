package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.presets.JavaOptions.BuildTool;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import io.github.dockerdsl.presets.JavaOptions.RuntimeImage;
import io.github.dockerdsl.rule.Rules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Java: dependencies resolved in their own cached layer, the jar built with Maven or Gradle (or their
 * wrappers), one module of a multi-module build included, split into layers like Jib (released
 * dependencies, snapshot dependencies, loader, application) for Spring Boot, Quarkus and jars with a
 * {@code lib/}, and run on a JRE, distroless Java or a {@code jlink} runtime as a non-root user that
 * owns none of the application's files, probed by a static {@link HealthProbe} instead of a second JVM.
 */
public final class JavaPreset implements Preset {
  /** The layers of a Spring Boot jar, from least to most often changed. */
  private static final List<String> SPRING_BOOT_LAYERS =
      List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

  /** The layers of a jar with a {@code lib/}, as the layer stage sorts them. */
  private static final List<String> LIB_LAYERS = List.of("dependencies", "snapshot-dependencies", "application");

  /** The parts of a Quarkus fast-jar, from least to most often changed, with where they go in {@code /app}. */
  private static final List<String> QUARKUS_PARTS = List.of("lib/", "quarkus-run.jar", "quarkus/", "app/");

  /** Where the layer stage puts the sorted layers. */
  private static final String LAYERS = "/layers";

  private final JavaOptions options;
  private final Customization customization;

  private JavaPreset(JavaOptions options, Customization customization) {
    this.options = options;
    this.customization = customization;
  }

  /** The preset for these options. */
  public static JavaPreset of(JavaOptions options) {
    return new JavaPreset(Objects.requireNonNull(options, "options == null"), Customization.NONE);
  }

  @Override
  public JavaPreset with(Customization next) {
    return new JavaPreset(options, customization.andThen(next));
  }

  @Override
  public Dockerfile toDockerfile() {
    PresetHooks hooks = customization.hooks();
    CommonOptions common = options.common();
    ImageRef buildImage = PresetSupport.baseImage(ImageRole.BUILD, ImageRef.parse(buildImageName()), common, hooks);
    ImageRef runtimeImage = PresetSupport.baseImage(ImageRole.RUNTIME, ImageRef.parse(runtimeImageName()), common,
        hooks);
    boolean link = options.common().targetSyntax().isAtLeast(Feature.LINK.minimum());
    JavaBuild javaBuild = new JavaBuild(options);

    Dockerfile.Builder dockerfile = Dockerfile.builder();
    Stage probe = null;
    if (options.healthcheckPath().isPresent()) {
      probe = HealthProbe.stage(hooks.baseImage(ImageRole.BUILD, HealthProbe.DEFAULT_GO_IMAGE));
      dockerfile.stage(probe);
    }
    Stage build = javaBuild.stage(buildImage, hooks);
    dockerfile.stage(build);
    Stage layers = javaBuild.needsLayerStage() ? layerStage(build, javaBuild) : null;
    if (layers != null) {
      dockerfile.stage(layers);
    }
    Stage jre = null;
    if (options.runtime() == RuntimeImage.JLINK) {
      jre = Stage.from(buildImage).as("jre")
          .run(Command.shellLines(List.of("jlink --add-modules " + String.join(",", options.jlinkModules()),
              "--strip-debug --no-man-pages --no-header-files --compress="
                  + (options.javaVersion() >= 21 ? "zip-6" : "2"),
              "--output /opt/jre")))
          .build();
      dockerfile.stage(jre);
    }

    UserSpec owner = runtimeUser();
    Stage.Builder runtime = Stage.from(runtimeImage).as("runtime");
    PresetSupport.packages(runtime, ImageRole.RUNTIME, options.runtime() == RuntimeImage.DISTROLESS ? Optional.empty()
        : Optional.of(PackageInstall.Manager.APT), List.of(), Optional.empty(), common, hooks);
    hooks.runtimeStage(runtime);
    runtime.workdir("/app");
    if (options.runtime() != RuntimeImage.DISTROLESS) {
      PresetSupport.debianUser(runtime, "app", options.common().uid(), options.common().gid());
    }
    writableDirectories(runtime, build, owner);
    if (jre != null) {
      runtime.copy(PresetSupport.linked(Copy.of("/opt/jre", "/opt/jre").withFrom(jre.ref()), link));
    }
    if (probe != null) {
      runtime.copy(PresetSupport.linked(HealthProbe.copyFrom(probe), link));
    }
    // the application's files stay root's: the app user can read them, never rewrite its own code
    List<String> entrypoint = new ArrayList<>();
    entrypoint.add(java());
    entrypoint.addAll(options.jvmOptions());
    switch (options.packaging()) {
      case SPRING_BOOT_LAYERED -> {
        for (String layer : SPRING_BOOT_LAYERS) {
          runtime.copy(PresetSupport.linked(Copy.of(LAYERS + "/" + layer + "/", "./").withFrom(layers.ref()), link));
        }
        entrypoint.add(options.springBootLayout().launcher());
      }
      case JAR_WITH_LIB -> {
        for (String layer : LIB_LAYERS) {
          runtime.copy(PresetSupport.linked(Copy.of(LAYERS + "/" + layer + "/", "./").withFrom(layers.ref()), link));
        }
        entrypoint.addAll(launch(true));
      }
      case QUARKUS_FAST_JAR -> {
        for (String part : QUARKUS_PARTS) {
          runtime.copy(PresetSupport.linked(Copy.of(javaBuild.outputDir() + "/quarkus-app/" + part,
              part.endsWith("/") ? "./" + part : "./").withFrom(build.ref()), link));
        }
        entrypoint.add("-jar");
        entrypoint.add("/app/quarkus-run.jar");
      }
      case PLAIN_JAR -> {
        runtime.copy(PresetSupport.linked(Copy.of(javaBuild.jar(), "./app.jar").withFrom(build.ref()), link));
        entrypoint.addAll(launch(false));
      }
    }
    PresetSupport.afterApplication(runtime, common, hooks, link);
    runtime.user(owner);
    runtime.expose(options.port());
    options.healthcheckPort().filter(p -> p != options.port()).ifPresent(runtime::expose);
    if (options.healthcheckPath().isEmpty()) {
      runtime.suppress(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, options.noHealthcheckReason());
    }
    // the JVM starts in seconds, Spring Boot in a few more: 30 s before failed probes count
    options.healthcheckPath().ifPresent(path -> runtime.healthcheck(
        HealthProbe.healthcheck(options.probedPort(), path, Duration.ofSeconds(30))));
    runtime.entrypoint(entrypoint.toArray(new String[0]));
    PresetSupport.labels(runtime, options.common(), hooks);
    dockerfile.stage(runtime.build());
    return PresetSupport.finish(dockerfile, options.common(), customization);
  }

  /**
   * The stage, started from the build stage (it has the JDK and the jar already), that sorts the
   * build output into one directory per layer under {@code /layers}.
   */
  private Stage layerStage(Stage build, JavaBuild javaBuild) {
    Stage.Builder stage = Stage.from(build).as(options.packaging() == Packaging.SPRING_BOOT_LAYERED ? "extract" : "layers");
    stage.workdir(LAYERS);
    if (options.packaging() == Packaging.SPRING_BOOT_LAYERED) {
      stage.run(options.springBootLayout().extractCommand(javaBuild.jar()));
    } else {
      String lib = javaBuild.outputDir() + "/lib";
      stage.run(Command.allOf(
          "mkdir -p dependencies/lib snapshot-dependencies/lib application",
          "cp -rp " + lib + "/. dependencies/lib/",
          "find dependencies/lib -name '*-SNAPSHOT.jar' -exec mv -t snapshot-dependencies/lib/ {} +",
          "cp -p " + javaBuild.jar() + " application/app.jar"));
    }
    return stage.build();
  }

  /** The arguments after the JVM flags for a jar: {@code -jar /app/app.jar}, or {@code -cp ... Main}. */
  private List<String> launch(boolean withLib) {
    if (options.mainClass().isEmpty()) {
      return List.of("-jar", "/app/app.jar");
    }
    return List.of("-cp", withLib ? "/app/app.jar:/app/lib/*" : "/app/app.jar", options.mainClass().get());
  }

  /** Makes the directories the app writes, owned by the app user: the only files it owns. */
  private void writableDirectories(Stage.Builder runtime, Stage build, UserSpec owner) {
    if (options.writableDirectories().isEmpty()) {
      return;
    }
    String dirs = String.join(" ", options.writableDirectories());
    if (options.runtime() == RuntimeImage.DISTROLESS) {
      // no shell to run mkdir in: copy an empty directory, owned by the app user, from the build stage
      for (String dir : options.writableDirectories()) {
        runtime.copy(Copy.of("/tmp/empty/", dir + "/").withFrom(build.ref()).withChown(owner));
      }
    } else {
      runtime.run(Command.allOf("mkdir -p " + dirs, "chown " + owner.toString() + " " + dirs));
    }
  }

  private UserSpec runtimeUser() {
    return options.runtime() == RuntimeImage.DISTROLESS ? UserSpec.ids(65532, 65532)
        : UserSpec.ids(options.common().uid(), options.common().gid());
  }

  private String java() {
    return switch (options.runtime()) {
      case DISTROLESS -> "/usr/bin/java";
      case JLINK -> "/opt/jre/bin/java";
      case TEMURIN_JRE -> "java";
    };
  }

  private String buildImageName() {
    int v = options.javaVersion();
    if (options.wrapper()) {
      return "eclipse-temurin:" + v + "-jdk";
    }
    return options.buildTool() == BuildTool.MAVEN ? "maven:3.9-eclipse-temurin-" + v : "gradle:8-jdk" + v;
  }

  private String runtimeImageName() {
    return switch (options.runtime()) {
      case DISTROLESS -> "gcr.io/distroless/java" + options.javaVersion() + "-debian12:nonroot";
      case JLINK -> "debian:bookworm-slim";
      case TEMURIN_JRE -> "eclipse-temurin:" + options.javaVersion() + "-jre";
    };
  }

  @Override
  public DockerIgnore toDockerIgnore() {
    DockerIgnore.Builder ignore = PresetSupport.universalIgnore()
        .section("Java build outputs and caches")
        .exclude(options.buildTool() == BuildTool.MAVEN ? "target" : "build")
        .exclude(".gradle", ".m2", "out", "bin", "**/*.class", "hs_err_pid*", "replay_pid*")
        .section("Java IDE metadata").exclude(".classpath", ".project", ".settings", ".factorypath");
    DockerIgnore file = customization.hooks().dockerIgnore(ignore.build());
    return file.checkNotIgnored(toDockerfile());
  }

  /** The options, for tools that describe what they generated. */
  public JavaOptions options() {
    return options;
  }
}
