package io.github.dockerdsl.presets;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Java project is built and run.
 *
 * @param javaVersion the Java feature release, such as {@code 17} or {@code 21}; it picks every image
 * @param buildTool Maven or Gradle
 * @param wrapper whether the project has {@code ./mvnw} or {@code ./gradlew}; then the build runs it on a plain JDK image
 * @param packaging a plain runnable jar, or a Spring Boot jar extracted into layers
 * @param runtime the runtime image family
 * @param jlinkModules the modules of the custom runtime when {@code runtime} is {@link RuntimeImage#JLINK}
 * @param artifactName the jar's file name without {@code .jar}: {@code target/<name>.jar} or {@code build/libs/<name>.jar}
 * @param jvmOptions flags written into the ENTRYPOINT before {@code -jar}, where {@code docker inspect} shows them
 * @param port the port the app listens on
 * @param healthcheckPath the HTTP path that answers 200 when healthy; no HEALTHCHECK when empty
 * @param privateRepository whether dependencies need credentials: Maven's {@code settings.xml} as the build
 *     secret {@code maven_settings}, Gradle's {@code gradle.properties} as the build secret {@code gradle_properties}
 * @param common labels, user ids and frontend level
 */
public record JavaOptions(int javaVersion, BuildTool buildTool, boolean wrapper, Packaging packaging,
    RuntimeImage runtime, List<String> jlinkModules, String artifactName, List<String> jvmOptions, int port,
    Optional<String> healthcheckPath, boolean privateRepository, CommonOptions common) {

  /** The modules of a {@code jlink} runtime unless told otherwise: enough for an HTTP service on the JDK alone. */
  public static final List<String> DEFAULT_JLINK_MODULES =
      List.of("java.base", "java.logging", "java.net.http", "jdk.httpserver");

  /** Container-aware JVM flags: size the heap from the container's memory limit, and die on OOM so Docker restarts it. */
  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of("-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError");

  /** The build tool, which decides the manifests, the commands and the caches. */
  public enum BuildTool {
    /** Maven with {@code pom.xml}; {@code dependency:go-offline}, then {@code package}. */
    MAVEN,
    /** Gradle with {@code settings.gradle(.kts)} and {@code build.gradle(.kts)}; {@code dependencies}, then {@code assemble}. */
    GRADLE
  }

  /** What the build produces and how the runtime image holds it. */
  public enum Packaging {
    /** One runnable jar, copied as {@code /app/app.jar} and started with {@code java -jar}. */
    PLAIN_JAR,
    /**
     * A Spring Boot 3.2+ jar extracted with {@code -Djarmode=layertools} into four layers (dependencies,
     * loader, snapshot dependencies, application), so a code change ships only the last one.
     */
    SPRING_BOOT_LAYERED
  }

  /** The runtime image family. */
  public enum RuntimeImage {
    /** {@code eclipse-temurin:<v>-jre}: a JRE with a shell (Ubuntu-based, so Debian tools create the user). */
    TEMURIN_JRE,
    /** {@code gcr.io/distroless/java<v>-debian12:nonroot}: a JRE without shell or package manager. */
    DISTROLESS,
    /** A runtime made by {@code jlink} from the listed modules, on {@code debian:bookworm-slim}. */
    JLINK
  }

  /** Checks every option. */
  public JavaOptions {
    PresetSupport.checkArgument(javaVersion >= 11 && javaVersion <= 99,
        "java version '%d' is not supported; use 11 or later, such as 17 or 21", javaVersion);
    Objects.requireNonNull(buildTool, "buildTool == null");
    Objects.requireNonNull(packaging, "packaging == null");
    Objects.requireNonNull(runtime, "runtime == null");
    PresetSupport.checkArgument(packaging != Packaging.SPRING_BOOT_LAYERED || javaVersion >= 17,
        "java version '%d' is too old for SPRING_BOOT_LAYERED; its launcher needs Spring Boot 3.2+, which needs 17 or later",
        javaVersion);
    jlinkModules = List.copyOf(Objects.requireNonNull(jlinkModules, "jlinkModules == null"));
    PresetSupport.checkArgument(!jlinkModules.isEmpty(),
        "jlink module list is empty; name at least java.base, or find the modules with jdeps --print-module-deps");
    for (String module : jlinkModules) {
      PresetSupport.checkArgument(module.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*"),
          "jlink module '%s' is not a module name; use e.g. java.sql", module);
    }
    PresetSupport.checkArgument(artifactName != null && artifactName.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")
            && !artifactName.endsWith(".jar"),
        "artifact name '%s' is not a jar name without extension; use e.g. app for target/app.jar", artifactName);
    jvmOptions = List.copyOf(Objects.requireNonNull(jvmOptions, "jvmOptions == null"));
    for (String option : jvmOptions) {
      PresetSupport.checkArgument(option.matches("-[^\\p{Cntrl}\\s]+"),
          "JVM option '%s' is not a flag; write one flag per argument, e.g. -XX:MaxRAMPercentage=75.0", option);
    }
    PresetSupport.checkArgument(port >= 1 && port <= 65535, "port '%d' is out of range; ports are 1 to 65535", port);
    Objects.requireNonNull(healthcheckPath, "healthcheckPath == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("/[A-Za-z0-9_./?=&-]*"), "healthcheck path '%s' is not a URL path; use e.g. /health", p));
    Objects.requireNonNull(common, "common == null");
  }

  /**
   * Starts from the defaults: Java 17, Maven without wrapper, a plain jar named {@code app}, Temurin JRE,
   * the {@link #DEFAULT_JVM_OPTIONS}, port 8080, {@code /health}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects options. */
  public static final class Builder {
    private int javaVersion = 17;
    private BuildTool buildTool = BuildTool.MAVEN;
    private boolean wrapper;
    private Packaging packaging = Packaging.PLAIN_JAR;
    private RuntimeImage runtime = RuntimeImage.TEMURIN_JRE;
    private List<String> jlinkModules = DEFAULT_JLINK_MODULES;
    private String artifactName = "app";
    private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
    private int port = 8080;
    private Optional<String> healthcheckPath = Optional.of("/health");
    private boolean privateRepository;
    private CommonOptions common = CommonOptions.DEFAULTS;

    private Builder() {}

    /** Sets the Java feature release. */
    public Builder javaVersion(int value) {
      javaVersion = value;
      return this;
    }

    /** Sets the build tool. */
    public Builder buildTool(BuildTool value) {
      buildTool = value;
      return this;
    }

    /** Builds with the project's {@code ./mvnw} or {@code ./gradlew} on {@code eclipse-temurin:<v>-jdk}. */
    public Builder wrapper() {
      wrapper = true;
      return this;
    }

    /** Sets the packaging. */
    public Builder packaging(Packaging value) {
      packaging = value;
      return this;
    }

    /** Sets the runtime image family. */
    public Builder runtime(RuntimeImage value) {
      runtime = value;
      return this;
    }

    /** Runs on a {@code jlink} runtime holding these modules (see {@code jdeps --print-module-deps}). */
    public Builder jlink(String... modules) {
      runtime = RuntimeImage.JLINK;
      jlinkModules = Arrays.asList(modules);
      return this;
    }

    /** Sets the jar's file name without {@code .jar}, as the build writes it. */
    public Builder artifactName(String value) {
      artifactName = value;
      return this;
    }

    /** Replaces the JVM flags of the ENTRYPOINT. */
    public Builder jvmOptions(String... options) {
      jvmOptions = Arrays.asList(options);
      return this;
    }

    /** Sets the port. */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** Sets the healthcheck path. */
    public Builder healthcheckPath(String value) {
      healthcheckPath = Optional.of(value);
      return this;
    }

    /** Turns the healthcheck off, for workers without HTTP. */
    public Builder noHealthcheck() {
      healthcheckPath = Optional.empty();
      return this;
    }

    /** Resolves dependencies with credentials passed as a build secret, never as ARG or ENV. */
    public Builder privateRepository() {
      privateRepository = true;
      return this;
    }

    /** Sets labels, user ids and frontend level. */
    public Builder common(CommonOptions value) {
      common = value;
      return this;
    }

    /** The options. */
    public JavaOptions build() {
      return new JavaOptions(javaVersion, buildTool, wrapper, packaging, runtime, jlinkModules, artifactName,
          jvmOptions, port, healthcheckPath, privateRepository, common);
    }
  }
}
