package io.github.dockerdsl.presets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Go module is built and run.
 *
 * @param goVersion the Go version of the builder image, such as {@code 1.22} or {@code 1.22.5}
 * @param mainPackage the main package to build, relative to the module root, such as {@code ./cmd/server}
 * @param binaryName the file name of the binary, installed as {@code /<binaryName>} in the runtime image
 * @param runtime the runtime base image
 * @param port the port the app listens on
 * @param healthcheckArgs the arguments that make the binary probe itself and exit 0 when healthy, such as
 *     {@code -healthcheck}; when empty, the {@link HealthProbe} built with the app's toolchain probes
 *     {@code healthcheckPath}
 * @param healthcheckPath the HTTP path the {@link HealthProbe} asks when the binary cannot probe itself;
 *     no HEALTHCHECK when both this and {@code healthcheckArgs} are empty
 * @param vendored whether the module vendors its dependencies ({@code vendor/modules.txt}): the build
 *     uses {@code -mod=vendor} and downloads nothing
 * @param goPrivate the {@code GOPRIVATE} patterns of private modules, fetched directly with the
 *     credentials of a {@code .netrc} passed as the build secret {@code netrc}; none when empty
 * @param common labels, user ids and frontend level
 */
public record GoOptions(String goVersion, String mainPackage, String binaryName, Runtime runtime, int port,
    List<String> healthcheckArgs, Optional<String> healthcheckPath, boolean vendored, Optional<String> goPrivate,
    CommonOptions common) {

  /** The runtime base image. */
  public enum Runtime {
    /**
     * {@code scratch} with CA certificates, time zones and {@code /etc/passwd} and {@code /etc/group}
     * (holding the non-root user) copied from the builder.
     */
    SCRATCH,
    /** {@code gcr.io/distroless/static-debian12:nonroot}, which has all of those and the user 65532. */
    DISTROLESS_STATIC
  }

  /** Checks every option. */
  public GoOptions {
    PresetSupport.checkArgument(goVersion != null && goVersion.matches("1\\.[0-9]{1,2}(\\.[0-9]{1,2})?"),
        "go version '%s' is not a Go version; use e.g. 1.22 or 1.22.5", goVersion);
    PresetSupport.checkArgument(mainPackage != null && mainPackage.matches("\\.(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*"),
        "main package '%s' is not a package path in the module; use e.g. . or ./cmd/server", mainPackage);
    PresetSupport.checkArgument(binaryName != null && binaryName.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*"),
        "binary name '%s' is not a file name; use e.g. server", binaryName);
    Objects.requireNonNull(runtime, "runtime == null");
    PresetSupport.checkArgument(port >= 1 && port <= 65535, "port '%d' is out of range; ports are 1 to 65535", port);
    healthcheckArgs = List.copyOf(Objects.requireNonNull(healthcheckArgs, "healthcheckArgs == null"));
    for (String arg : healthcheckArgs) {
      PresetSupport.checkArgument(!arg.isBlank() && arg.chars().noneMatch(Character::isISOControl),
          "healthcheck argument '%s' is blank or has control characters; use e.g. -healthcheck", arg);
    }
    Objects.requireNonNull(healthcheckPath, "healthcheckPath == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("/[A-Za-z0-9_./?=&-]*"), "healthcheck path '%s' is not a URL path; use e.g. /health", p));
    Objects.requireNonNull(goPrivate, "goPrivate == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("[A-Za-z0-9._/*-]+(,[A-Za-z0-9._/*-]+)*"),
        "GOPRIVATE '%s' is not a comma-separated list of module path patterns; use e.g. github.com/acme/*", p));
    Objects.requireNonNull(common, "common == null");
    common.baseImage(ImageRole.RUNTIME).ifPresent(image -> PresetSupport.checkArgument(runtime != Runtime.SCRATCH,
        "runtime base image '%s' needs the DISTROLESS_STATIC runtime; the SCRATCH runtime has no base image to replace",
        image));
    PresetSupport.checkArgument(common.runtimePackages().isEmpty(),
        "runtime packages %s cannot be installed: the Go runtimes (scratch, distroless static) have no package "
            + "manager; copy the files from the build stage in an afterApplication hook", common.runtimePackages());
  }

  /**
   * Starts from the defaults: Go 1.22, {@code ./cmd/server} built as {@code /app}, scratch, port 8080,
   * the health probe on {@code /health}, modules downloaded, no private modules.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects options. */
  public static final class Builder {
    private String goVersion = "1.22";
    private String mainPackage = "./cmd/server";
    private String binaryName = "app";
    private Runtime runtime = Runtime.SCRATCH;
    private int port = 8080;
    private List<String> healthcheckArgs = List.of();
    private Optional<String> healthcheckPath = Optional.of("/health");
    private boolean vendored;
    private Optional<String> goPrivate = Optional.empty();
    private CommonOptions common = CommonOptions.DEFAULTS;

    private Builder() {}

    /** Sets the Go version of the builder. */
    public Builder goVersion(String value) {
      goVersion = value;
      return this;
    }

    /** Sets the main package, such as {@code .} or {@code ./cmd/server}. */
    public Builder mainPackage(String value) {
      mainPackage = value;
      return this;
    }

    /** Sets the binary's file name. */
    public Builder binaryName(String value) {
      binaryName = value;
      return this;
    }

    /** Sets the runtime base image. */
    public Builder runtime(Runtime value) {
      runtime = value;
      return this;
    }

    /** Sets the port. */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** Probes health by running the binary with these arguments, e.g. {@code -healthcheck}. */
    public Builder healthcheckArgs(String... args) {
      healthcheckArgs = List.of(args);
      return this;
    }

    /** Sets the path the health probe asks. */
    public Builder healthcheckPath(String value) {
      healthcheckPath = Optional.of(value);
      return this;
    }

    /** Turns the healthcheck off, for workers without HTTP. */
    public Builder noHealthcheck() {
      healthcheckPath = Optional.empty();
      healthcheckArgs = List.of();
      return this;
    }

    /** Builds from {@code vendor/} with {@code -mod=vendor}, downloading nothing. */
    public Builder vendored() {
      vendored = true;
      return this;
    }

    /** Fetches modules matching these {@code GOPRIVATE} patterns with a {@code .netrc} build secret. */
    public Builder goPrivate(String patterns) {
      goPrivate = Optional.of(patterns);
      return this;
    }

    /** Sets labels, user ids and frontend level. */
    public Builder common(CommonOptions value) {
      common = value;
      return this;
    }

    /** The options. */
    public GoOptions build() {
      return new GoOptions(goVersion, mainPackage, binaryName, runtime, port, healthcheckArgs, healthcheckPath,
          vendored, goPrivate, common);
    }
  }
}
