package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.presets.JavaOptions.BuildTool;
import io.github.dockerdsl.presets.JavaOptions.Packaging;
import io.github.dockerdsl.presets.JavaOptions.RuntimeImage;
import io.github.dockerdsl.rule.Rules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Java: dependencies resolved in their own cached layer, the jar built with Maven or Gradle (or their
 * wrappers), optionally split into Spring Boot layers, and run on a JRE, distroless Java or a
 * {@code jlink} runtime as a non-root user, with container-aware JVM flags in plain sight.
 */
public final class JavaPreset implements Preset {
  /** The layers of a Spring Boot jar, from least to most often changed. */
  private static final List<String> SPRING_BOOT_LAYERS =
      List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

  /**
   * The HEALTHCHECK client, one line of Java using only {@code java.base}: it runs on every runtime
   * image, including distroless and a minimal {@code jlink} runtime, none of which has curl or wget.
   */
  private static final String HEALTH_CHECK_SOURCE = "public class HealthCheck { public static void main(String[] args) {"
      + " try { java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(args[0]).toURL()"
      + ".openConnection(); c.setConnectTimeout(2000); c.setReadTimeout(2000);"
      + " System.exit(c.getResponseCode() == 200 ? 0 : 1); }"
      + " catch (Exception e) { System.err.println(e); System.exit(1); } } }";

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
    ImageRef buildImage = hooks.baseImage(ImageRole.BUILD, ImageRef.parse(buildImageName()));
    ImageRef runtimeImage = hooks.baseImage(ImageRole.RUNTIME, ImageRef.parse(runtimeImageName()));
    boolean link = options.common().targetSyntax().isAtLeast(Feature.LINK.minimum());

    Stage build = buildStage(buildImage, hooks);
    Dockerfile.Builder dockerfile = Dockerfile.builder().stage(build);
    Stage extract = null;
    if (options.packaging() == Packaging.SPRING_BOOT_LAYERED) {
      extract = Stage.from(buildImage).as("extract")
          .workdir("/extract")
          .copy(Copy.of(builtJar(), "./app.jar").withFrom(build.ref()))
          .run("java -Djarmode=layertools -jar app.jar extract")
          .build();
      dockerfile.stage(extract);
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
    hooks.runtimeStage(runtime);
    runtime.workdir("/app");
    if (options.runtime() != RuntimeImage.DISTROLESS) {
      PresetSupport.debianUser(runtime, "app", options.common().uid(), options.common().gid());
    }
    if (jre != null) {
      runtime.copy(PresetSupport.linked(Copy.of("/opt/jre", "/opt/jre").withFrom(jre.ref()), link));
    }
    if (options.healthcheckPath().isPresent()) {
      runtime.copy(PresetSupport.linked(Copy.of("/opt/health", "/opt/health").withFrom(build.ref()), link));
    }
    List<String> entrypoint = new ArrayList<>();
    entrypoint.add(java());
    entrypoint.addAll(options.jvmOptions());
    if (extract != null) {
      for (String layer : SPRING_BOOT_LAYERS) {
        runtime.copy(PresetSupport.linked(Copy.of("/extract/" + layer + "/", "./").withFrom(extract.ref()).withChown(owner), link));
      }
      entrypoint.add("org.springframework.boot.loader.launch.JarLauncher");
    } else {
      runtime.copy(PresetSupport.linked(Copy.of(builtJar(), "./app.jar").withFrom(build.ref()).withChown(owner), link));
      entrypoint.add("-jar");
      entrypoint.add("/app/app.jar");
    }
    runtime.user(owner);
    runtime.expose(options.port());
    if (options.healthcheckPath().isEmpty()) {
      runtime.suppress(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, PresetSupport.NO_HEALTHCHECK_BY_OPTION);
    }
    options.healthcheckPath().ifPresent(path -> runtime.healthcheck(Healthcheck.of(java(),
        "-Xmx16m", "-XX:+UseSerialGC", "-cp", "/opt/health", "HealthCheck",
        "http://127.0.0.1:" + options.port() + path)
        .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(5))
        .withStartPeriod(Duration.ofSeconds(30)).withRetries(3)));
    runtime.entrypoint(entrypoint.toArray(new String[0]));
    PresetSupport.labels(runtime, options.common(), hooks);
    dockerfile.stage(runtime.build());
    return PresetSupport.finish(dockerfile, options.common(), customization);
  }

  private Stage buildStage(ImageRef image, PresetHooks hooks) {
    Stage.Builder stage = Stage.from(image).as("build");
    stage.workdir("/build");
    hooks.beforeDependencies(stage);
    if (options.healthcheckPath().isPresent()) {
      stage.comment("HealthCheck: an HTTP probe in plain Java, as the runtime images have no curl or wget");
      stage.run(Command.allOf("mkdir -p /opt/health",
          "printf '%s\\n' '" + HEALTH_CHECK_SOURCE + "' > /opt/health/HealthCheck.java",
          "javac -d /opt/health /opt/health/HealthCheck.java",
          "rm /opt/health/HealthCheck.java"));
    }
    boolean maven = options.buildTool() == BuildTool.MAVEN;
    if (options.wrapper()) {
      stage.copy(Copy.of(maven ? "mvnw" : "gradlew", "./").withChmod(FileMode.of("0755")));
      stage.copy(maven ? ".mvn" : "gradle", maven ? "./.mvn" : "./gradle");
    }
    if (maven) {
      stage.copy("pom.xml", "./");
    } else {
      stage.copy(Copy.of(List.of("settings.gradle*", "build.gradle*", "gradle.properties*"), "./"));
    }
    stage.run(withCaches(maven ? "dependency:go-offline" : "dependencies"));
    hooks.afterDependencies(stage);
    stage.copy("src", "./src");
    stage.run(withCaches(maven ? "-DskipTests package" : "assemble"));
    hooks.afterBuild(stage);
    return stage.build();
  }

  private Run withCaches(String goals) {
    boolean maven = options.buildTool() == BuildTool.MAVEN;
    String tool = options.wrapper() ? (maven ? "./mvnw" : "./gradlew") : (maven ? "mvn" : "gradle");
    String flags = maven ? " -B -q" + (options.privateRepository() ? " -s /run/secrets/maven_settings" : "")
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


  private String builtJar() {
    return (options.buildTool() == BuildTool.MAVEN ? "/build/target/" : "/build/build/libs/")
        + options.artifactName() + ".jar";
  }

  private UserSpec runtimeUser() {
    return options.runtime() == RuntimeImage.DISTROLESS ? UserSpec.ids(65532, 65532)
        : UserSpec.ids(options.common().uid(), options.common().gid());
  }

  private String java() {
    switch (options.runtime()) {
      case DISTROLESS: return "/usr/bin/java";
      case JLINK: return "/opt/jre/bin/java";
      default: return "java";
    }
  }

  private String buildImageName() {
    int v = options.javaVersion();
    if (options.wrapper()) {
      return "eclipse-temurin:" + v + "-jdk";
    }
    return options.buildTool() == BuildTool.MAVEN ? "maven:3.9-eclipse-temurin-" + v : "gradle:8-jdk" + v;
  }

  private String runtimeImageName() {
    switch (options.runtime()) {
      case DISTROLESS: return "gcr.io/distroless/java" + options.javaVersion() + "-debian12:nonroot";
      case JLINK: return "debian:bookworm-slim";
      default: return "eclipse-temurin:" + options.javaVersion() + "-jre";
    }
  }

  @Override
  public DockerIgnore toDockerIgnore() {
    DockerIgnore.Builder ignore = PresetSupport.universalIgnore()
        .section("Java build outputs and caches")
        .exclude(options.buildTool() == BuildTool.MAVEN ? "target" : "build")
        .exclude(".gradle", ".m2", "out", "bin", "**/*.class", "hs_err_pid*", "replay_pid*")
        .section("Java IDE metadata").exclude(".classpath", ".project", ".settings", ".factorypath");
    DockerIgnore file = customization.hooks().dockerIgnore(ignore.build());
    return PresetSupport.checkNotIgnored(toDockerfile(), file);
  }

  /** The options, for tools that describe what they generated. */
  public JavaOptions options() {
    return options;
  }
}
