package io.github.dockerdsl.presets;

import java.util.Objects;
import java.util.Optional;

/**
 * How a Node.js project is built and run.
 *
 * @param nodeVersion the major version or full version of Node.js, such as {@code 20} or {@code 20.11.1}
 * @param packageManager npm, pnpm or yarn, usually chosen from the lock file
 * @param variant the base image family
 * @param buildScript the package.json script that builds the app, such as {@code build}; none when empty
 * @param buildOutput the directory the build script writes, copied into the runtime image
 * @param entryFile the file {@code node} runs, relative to {@code /app}
 * @param port the port the app listens on
 * @param healthcheckPath the HTTP path that answers 200 when healthy; no HEALTHCHECK when empty
 * @param privateRegistry whether {@code npm ci} needs an {@code .npmrc} passed as the build secret {@code npmrc}
 * @param common labels, user ids and frontend level
 */
public record NodeOptions(String nodeVersion, PackageManager packageManager, Variant variant,
    Optional<String> buildScript, String buildOutput, String entryFile, int port, Optional<String> healthcheckPath,
    boolean privateRegistry, CommonOptions common) {

  /** The package manager, which decides the lock file and the install commands. */
  public enum PackageManager {
    /** npm with {@code package-lock.json}. */
    NPM,
    /** pnpm with {@code pnpm-lock.yaml}, through corepack. */
    PNPM,
    /** Yarn classic with {@code yarn.lock}. */
    YARN
  }

  /** The base image family. */
  public enum Variant {
    /** {@code node:<v>-bookworm-slim} for every stage. */
    SLIM,
    /** {@code node:<v>-alpine} for every stage. */
    ALPINE,
    /** Slim for building, {@code gcr.io/distroless/nodejs<major>-debian12} for running. */
    DISTROLESS
  }

  /** Checks every option. */
  public NodeOptions {
    PresetSupport.checkArgument(nodeVersion != null && nodeVersion.matches("[0-9]+(\\.[0-9]+){0,2}"),
        "node version '%s' is not a version; use e.g. 20 or 20.11.1", nodeVersion);
    Objects.requireNonNull(packageManager, "packageManager == null");
    Objects.requireNonNull(variant, "variant == null");
    Objects.requireNonNull(buildScript, "buildScript == null").ifPresent(s -> PresetSupport.checkArgument(
        s.matches("[A-Za-z0-9:_.-]+"), "build script '%s' is not a package.json script name", s));
    PresetSupport.checkArgument(buildOutput != null && buildOutput.matches("[A-Za-z0-9_.][A-Za-z0-9_./-]*"),
        "build output '%s' is not a relative directory; use e.g. dist", buildOutput);
    PresetSupport.checkArgument(entryFile != null && entryFile.matches("[A-Za-z0-9_.][A-Za-z0-9_./-]*"),
        "entry file '%s' is not a relative path; use e.g. dist/server.js", entryFile);
    PresetSupport.checkArgument(port >= 1 && port <= 65535, "port '%d' is out of range; ports are 1 to 65535", port);
    Objects.requireNonNull(healthcheckPath, "healthcheckPath == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("/[A-Za-z0-9_./?=&-]*"), "healthcheck path '%s' is not a URL path; use e.g. /health", p));
    Objects.requireNonNull(common, "common == null");
  }

  /** Starts from the defaults: Node 20, npm, slim, no build script, {@code index.js}, port 3000, {@code /health}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The major version, for image names that only take it. */
  public String majorVersion() {
    return nodeVersion.split("\\.")[0];
  }

  /** Collects options. */
  public static final class Builder {
    private String nodeVersion = "20";
    private PackageManager packageManager = PackageManager.NPM;
    private Variant variant = Variant.SLIM;
    private Optional<String> buildScript = Optional.empty();
    private String buildOutput = "dist";
    private String entryFile = "index.js";
    private int port = 3000;
    private Optional<String> healthcheckPath = Optional.of("/health");
    private boolean privateRegistry;
    private CommonOptions common = CommonOptions.DEFAULTS;

    private Builder() {}

    /** Sets the Node.js version. */
    public Builder nodeVersion(String value) {
      nodeVersion = value;
      return this;
    }

    /** Sets the package manager. */
    public Builder packageManager(PackageManager value) {
      packageManager = value;
      return this;
    }

    /** Sets the base image family. */
    public Builder variant(Variant value) {
      variant = value;
      return this;
    }

    /** Builds with {@code npm run <script>} and copies {@code output} into the runtime image. */
    public Builder buildScript(String script, String output) {
      buildScript = Optional.of(script);
      buildOutput = output;
      return this;
    }

    /** Sets the file {@code node} runs. */
    public Builder entryFile(String value) {
      entryFile = value;
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

    /** Installs from a private registry with an {@code .npmrc} passed as {@code --secret id=npmrc}. */
    public Builder privateRegistry() {
      privateRegistry = true;
      return this;
    }

    /** Sets labels, user ids and frontend level. */
    public Builder common(CommonOptions value) {
      common = value;
      return this;
    }

    /** The options. */
    public NodeOptions build() {
      return new NodeOptions(nodeVersion, packageManager, variant, buildScript, buildOutput, entryFile, port,
          healthcheckPath, privateRegistry, common);
    }
  }
}
