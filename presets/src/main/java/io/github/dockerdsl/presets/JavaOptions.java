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
 * @param packaging a plain runnable jar, a jar with its {@code lib/}, a Spring Boot jar extracted into layers, or a
 *     Quarkus fast-jar
 * @param runtime the runtime image family
 * @param jlinkModules the modules of the custom runtime when {@code runtime} is {@link RuntimeImage#JLINK}
 * @param artifactName the jar's file name without {@code .jar}: {@code target/<name>.jar} or {@code build/libs/<name>.jar}
 * @param jvmOptions flags written into the ENTRYPOINT before {@code -jar}, where {@code docker inspect} shows them
 * @param port the port the app listens on
 * @param healthcheckPath the HTTP path that answers 2xx when healthy; no HEALTHCHECK when empty
 * @param privateRepository whether dependencies need credentials: Maven's {@code settings.xml} as the build
 *     secret {@code maven_settings}, Gradle's {@code gradle.properties} as the build secret {@code gradle_properties}
 * @param common labels, user ids and frontend level
 * @param springBootVersion the Spring Boot version of {@link Packaging#SPRING_BOOT_LAYERED}, which picks the layer
 *     extraction and the launcher class; empty means the current line (3.3 or later)
 * @param healthcheckPort the port the health endpoint answers on when it is not {@code port} (a separate
 *     management port); empty for {@code port}
 * @param noHealthcheckReason why there is no HEALTHCHECK when {@code healthcheckPath} is empty, written as the waiver
 * @param module the application module of a multi-module build (a directory such as {@code service}); empty for
 *     a single-module build
 * @param modules every module directory of a multi-module build, whose build files are copied before any source
 *     (with an empty {@code module}: the root project is the application)
 * @param mainClass the class to start with {@code java -cp} instead of {@code java -jar}, for a jar whose manifest
 *     names no {@code Main-Class}; empty for {@code -jar}
 * @param writableDirectories the directories the app writes; the only paths owned by the app user
 * @param sourceDirectories the directories copied after the dependency step; empty for {@code src}, or each
 *     module's {@code src} in a multi-module build
 */
public record JavaOptions(int javaVersion, BuildTool buildTool, boolean wrapper, Packaging packaging,
    RuntimeImage runtime, List<String> jlinkModules, String artifactName, List<String> jvmOptions, int port,
    Optional<String> healthcheckPath, boolean privateRepository, CommonOptions common,
    Optional<String> springBootVersion, Optional<Integer> healthcheckPort, String noHealthcheckReason,
    Optional<String> module, List<String> modules, Optional<String> mainClass, List<String> writableDirectories,
    List<String> sourceDirectories) {

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

  /** The reason written when options turn the healthcheck off without saying why. */
  public static final String NO_HEALTHCHECK_BY_OPTION =
      "healthcheck turned off in the preset options; the orchestrator probes the service";

  /** What the build produces and how the runtime image holds it. */
  public enum Packaging {
    /** One runnable jar (a fat jar, or one without dependencies), copied as {@code /app/app.jar}. */
    PLAIN_JAR,
    /**
     * A jar with its dependencies in {@code target/lib/} (Maven's {@code dependency:copy-dependencies} and a
     * manifest {@code Class-Path} of {@code lib/}): released dependencies, snapshot dependencies and the jar become
     * three layers, so a code change ships only the jar.
     */
    JAR_WITH_LIB,
    /**
     * A Spring Boot jar extracted into four layers (dependencies, loader, snapshot dependencies, application), so a
     * code change ships only the last one; {@code springBootVersion} picks the extraction and the launcher.
     */
    SPRING_BOOT_LAYERED,
    /**
     * A Quarkus fast-jar ({@code quarkus-app/} with {@code lib/}, {@code quarkus-run.jar}, {@code quarkus/} and
     * {@code app/}): one layer each, the most stable first.
     */
    QUARKUS_FAST_JAR
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
    PresetSupport.checkArgument(javaVersion == 8 || javaVersion >= 11 && javaVersion <= 99,
        "java version '%d' is not supported; use 8, 11 or later, such as 17 or 21", javaVersion);
    Objects.requireNonNull(buildTool, "buildTool == null");
    Objects.requireNonNull(packaging, "packaging == null");
    Objects.requireNonNull(runtime, "runtime == null");
    Objects.requireNonNull(springBootVersion, "springBootVersion == null");
    springBootVersion.ifPresent(v -> PresetSupport.checkArgument(v.matches("\\d+\\.\\d+(\\.\\d+)?([.-][A-Za-z0-9.-]+)?"),
        "spring boot version '%s' is not a version; use e.g. 3.5.7 or 2.7.18", v));
    SpringBootLayout layout = SpringBootLayout.of(springBootVersion);
    PresetSupport.checkArgument(packaging != Packaging.SPRING_BOOT_LAYERED || layout != SpringBootLayout.NONE,
        "spring boot version '%s' has no layered jars (they came with 2.3); upgrade Spring Boot or use PLAIN_JAR",
        springBootVersion.orElse(""));
    PresetSupport.checkArgument(packaging != Packaging.SPRING_BOOT_LAYERED || javaVersion >= 17
            || springBootVersion.filter(v -> v.matches("[0-2]\\..*")).isPresent(),
        "java version '%d' is too old for Spring Boot %s, which needs 17 or later; use Java 17 or set the "
            + "Spring Boot 2.x version", javaVersion, springBootVersion.orElse("3"));
    PresetSupport.checkArgument(runtime != RuntimeImage.JLINK || javaVersion >= 11,
        "java version '%d' has no jlink; use 11 or later, or the TEMURIN_JRE runtime", javaVersion);
    PresetSupport.checkArgument(runtime != RuntimeImage.DISTROLESS || javaVersion >= 17,
        "java version '%d' has no distroless image (java17-debian12 and later); use TEMURIN_JRE", javaVersion);
    PresetSupport.checkArgument(packaging != Packaging.JAR_WITH_LIB || buildTool == BuildTool.MAVEN,
        "JAR_WITH_LIB is for Maven's dependency:copy-dependencies; with Gradle build a fat jar (PLAIN_JAR)");
    jlinkModules = List.copyOf(Objects.requireNonNull(jlinkModules, "jlinkModules == null"));
    PresetSupport.checkArgument(!jlinkModules.isEmpty(),
        "jlink module list is empty; name at least java.base, or find the modules with jdeps --print-module-deps");
    for (String jlinkModule : jlinkModules) {
      PresetSupport.checkArgument(jlinkModule.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*"),
          "jlink module '%s' is not a module name; use e.g. java.sql", jlinkModule);
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
    Objects.requireNonNull(healthcheckPort, "healthcheckPort == null").ifPresent(p -> PresetSupport.checkArgument(
        p >= 1 && p <= 65535, "healthcheck port '%d' is out of range; ports are 1 to 65535", p));
    PresetSupport.checkArgument(noHealthcheckReason != null && !noHealthcheckReason.isBlank()
            && noHealthcheckReason.chars().noneMatch(Character::isISOControl),
        "no-healthcheck reason '%s' is empty or has control characters; say in one line why there is no probe",
        noHealthcheckReason);
    modules = List.copyOf(Objects.requireNonNull(modules, "modules == null"));
    for (String m : modules) {
      PresetSupport.checkArgument(m.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")
              && !m.matches("(.*/)?\\.\\.?(/.*)?"),
          "module '%s' is not a relative module directory; use e.g. service or services/api", m);
    }
    List<String> all = modules;
    Objects.requireNonNull(module, "module == null").ifPresent(m -> PresetSupport.checkArgument(
        all.contains(m), "module '%s' is not one of the modules %s; add it to the module list", m, all));
    Objects.requireNonNull(mainClass, "mainClass == null").ifPresent(c -> PresetSupport.checkArgument(
        c.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*"),
        "main class '%s' is not a class name; use e.g. com.example.Main", c));
    PresetSupport.checkArgument(mainClass.isEmpty() || packaging == Packaging.PLAIN_JAR
            || packaging == Packaging.JAR_WITH_LIB,
        "main class '%s' applies to PLAIN_JAR and JAR_WITH_LIB only; %s starts its own launcher",
        mainClass.orElse(""), packaging);
    writableDirectories = List.copyOf(Objects.requireNonNull(writableDirectories, "writableDirectories == null"));
    for (String d : writableDirectories) {
      PresetSupport.checkArgument(d.matches("/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*") && !d.matches(".*/\\.\\.?(/.*)?"),
          "writable directory '%s' is not an absolute directory path; use e.g. /app/data", d);
    }
    sourceDirectories = List.copyOf(Objects.requireNonNull(sourceDirectories, "sourceDirectories == null"));
    for (String d : sourceDirectories) {
      PresetSupport.checkArgument(d.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")
              && !d.matches("(.*/)?\\.\\.?(/.*)?"),
          "source directory '%s' is not a relative directory; use e.g. src or core/src", d);
    }
  }

  /** The directories the build copies after the dependency step, in order. */
  public List<String> sources() {
    if (!sourceDirectories.isEmpty()) {
      return sourceDirectories;
    }
    return modules.isEmpty() ? List.of("src") : modules.stream().map(m -> m + "/src").toList();
  }

  /** How a Spring Boot version extracts its layers and which launcher class starts them. */
  public enum SpringBootLayout {
    /** Before 2.3: no layered jars. */
    NONE("", ""),
    /** 2.3 to 3.1: {@code -Djarmode=layertools}, launcher {@code org.springframework.boot.loader.JarLauncher}. */
    LAYERTOOLS_CLASSIC_LAUNCHER("java -Djarmode=layertools -jar %s extract",
        "org.springframework.boot.loader.JarLauncher"),
    /** 3.2: {@code -Djarmode=layertools}, the launcher moved to {@code org.springframework.boot.loader.launch}. */
    LAYERTOOLS("java -Djarmode=layertools -jar %s extract", "org.springframework.boot.loader.launch.JarLauncher"),
    /** 3.3 and later: {@code -Djarmode=tools extract --layers --launcher}, as layertools is deprecated. */
    TOOLS("java -Djarmode=tools -jar %s extract --layers --launcher --destination .",
        "org.springframework.boot.loader.launch.JarLauncher");

    private final String extractCommand;
    private final String launcher;

    SpringBootLayout(String extractCommand, String launcher) {
      this.extractCommand = extractCommand;
      this.launcher = launcher;
    }

    /** The layout of a Spring Boot version; the current one ({@link #TOOLS}) when the version is unknown. */
    public static SpringBootLayout of(Optional<String> version) {
      if (version.isEmpty()) {
        return TOOLS;
      }
      String[] parts = version.get().split("[.-]");
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0;
      if (major < 2 || major == 2 && minor < 3) {
        return NONE;
      }
      if (major == 2 || major == 3 && minor < 2) {
        return LAYERTOOLS_CLASSIC_LAUNCHER;
      }
      return major == 3 && minor == 2 ? LAYERTOOLS : TOOLS;
    }

    /** The command that writes the four layer directories of {@code jar} into the working directory. */
    public String extractCommand(String jar) {
      return String.format(extractCommand, jar);
    }

    /** The main class that starts the extracted layers. */
    public String launcher() {
      return launcher;
    }
  }

  /** A copy with other labels, user ids or frontend level, e.g. to retarget detected options to Docker 20.10. */
  public JavaOptions withCommon(CommonOptions value) {
    return toBuilder().common(value).build();
  }

  /** A copy listening on another port (and probing it, unless the health endpoint has its own port). */
  public JavaOptions withPort(int value) {
    return toBuilder().port(value).build();
  }

  /** A copy probing another path on the app port, or on {@code healthPort} when the endpoint has its own. */
  public JavaOptions withHealthcheck(String path, Optional<Integer> healthPort) {
    Builder b = toBuilder().healthcheckPath(path);
    b.healthcheckPort = healthPort;
    return b.build();
  }

  /** A copy without HEALTHCHECK, with the reason written as the waiver of the healthcheck rule. */
  public JavaOptions withoutHealthcheck(String reason) {
    return toBuilder().noHealthcheck(reason).build();
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.javaVersion = javaVersion;
    b.buildTool = buildTool;
    b.wrapper = wrapper;
    b.packaging = packaging;
    b.runtime = runtime;
    b.jlinkModules = jlinkModules;
    b.artifactName = artifactName;
    b.jvmOptions = jvmOptions;
    b.port = port;
    b.healthcheckPath = healthcheckPath;
    b.privateRepository = privateRepository;
    b.common = common;
    b.springBootVersion = springBootVersion;
    b.healthcheckPort = healthcheckPort;
    b.noHealthcheckReason = noHealthcheckReason;
    b.module = module;
    b.modules = modules;
    b.mainClass = mainClass;
    b.writableDirectories = writableDirectories;
    b.sourceDirectories = sourceDirectories;
    return b;
  }

  /** The layout of {@link #springBootVersion}. */
  public SpringBootLayout springBootLayout() {
    return SpringBootLayout.of(springBootVersion);
  }

  /** The port the HEALTHCHECK probes: {@link #healthcheckPort} when set, else {@link #port}. */
  public int probedPort() {
    return healthcheckPort.orElse(port);
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
    private Optional<String> springBootVersion = Optional.empty();
    private Optional<Integer> healthcheckPort = Optional.empty();
    private String noHealthcheckReason = NO_HEALTHCHECK_BY_OPTION;
    private Optional<String> module = Optional.empty();
    private List<String> modules = List.of();
    private Optional<String> mainClass = Optional.empty();
    private List<String> writableDirectories = List.of();
    private List<String> sourceDirectories = List.of();

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

    /**
     * Replaces the JVM flags of the ENTRYPOINT, the defaults ({@link #DEFAULT_JVM_OPTIONS}) included;
     * to keep them, use {@link #addJvmOptions}.
     */
    public Builder jvmOptions(String... options) {
      jvmOptions = Arrays.asList(options);
      return this;
    }

    /**
     * Adds JVM flags after those already set, keeping the defaults such as {@code -XX:+ExitOnOutOfMemoryError}:
     * {@code addJvmOptions("-Xss512k", "-Dfile.encoding=UTF-8")}.
     */
    public Builder addJvmOptions(String... options) {
      List<String> all = new java.util.ArrayList<>(jvmOptions);
      all.addAll(Arrays.asList(options));
      jvmOptions = all;
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
      return noHealthcheck(NO_HEALTHCHECK_BY_OPTION);
    }

    /** Turns the healthcheck off and says why, in the waiver of the healthcheck rule. */
    public Builder noHealthcheck(String reason) {
      healthcheckPath = Optional.empty();
      healthcheckPort = Optional.empty();
      noHealthcheckReason = reason;
      return this;
    }

    /** Probes the health path on this port (a separate management port) instead of the app port. */
    public Builder healthcheckPort(int value) {
      healthcheckPort = Optional.of(value);
      return this;
    }

    /** Sets the Spring Boot version, which picks the layer extraction and the launcher class. */
    public Builder springBootVersion(String value) {
      springBootVersion = Optional.of(value);
      return this;
    }

    /**
     * Builds one module of a multi-module build: {@code app} is built with the modules it needs
     * ({@code -pl app -am}, or {@code :app:} tasks), every module's build file is copied before any source.
     */
    public Builder module(String app, List<String> allModules) {
      module = Optional.of(app);
      modules = allModules;
      return this;
    }

    /** The modules whose build files are copied before any source, when the root project is the application. */
    public Builder modules(List<String> allModules) {
      modules = allModules;
      return this;
    }

    /** Starts this main class with {@code java -cp} instead of {@code java -jar}. */
    public Builder mainClass(String value) {
      mainClass = Optional.of(value);
      return this;
    }

    /** The directories copied after the dependency step, instead of {@code src} or each module's {@code src}. */
    public Builder sourceDirectories(List<String> dirs) {
      sourceDirectories = dirs;
      return this;
    }

    /** The directories the app writes, made and owned by the app user; everything else stays root's. */
    public Builder writableDirectories(String... dirs) {
      writableDirectories = Arrays.asList(dirs);
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
          jvmOptions, port, healthcheckPath, privateRepository, common, springBootVersion, healthcheckPort,
          noHealthcheckReason, module, modules, mainClass, writableDirectories, sourceDirectories);
    }
  }
}
