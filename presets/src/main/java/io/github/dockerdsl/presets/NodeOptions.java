package io.github.dockerdsl.presets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Node.js project is built and run.
 *
 * @param nodeVersion the major version or full version of Node.js, such as {@code 20} or {@code 20.11.1}
 * @param packageManager npm, pnpm, Yarn classic or Yarn Berry, usually chosen from the lock file
 * @param packageManagerVersion the version of pnpm or Yarn Berry to run, such as {@code 9.15.0}, from
 *     package.json's {@code packageManager} field; the newest major the preset knows when empty
 * @param yarnPath the Yarn Berry release checked into the project ({@code yarnPath} in {@code .yarnrc.yml},
 *     such as {@code .yarn/releases/yarn-4.5.3.cjs}), run with {@code node} so no download is needed; when
 *     empty, corepack fetches the version of {@code packageManager}
 * @param variant the base image family
 * @param buildScript the package.json script that builds the app, such as {@code build}; none when empty
 * @param buildOutput the directory the build script writes, copied into the runtime image
 * @param entryFile the file {@code node} runs, relative to {@code /app}
 * @param nodeFlags flags for {@code node} before the entry file, such as {@code --enable-source-maps}
 * @param workspacePackage the name of the pnpm workspace package to build with its workspace dependencies
 *     and ship with {@code pnpm deploy}; the root package when empty
 * @param workspaceManifests the {@code package.json} files of the workspace packages, relative to the root,
 *     copied before the install so it stays cached while only sources change
 * @param port the port the app listens on
 * @param healthcheckPath the HTTP path that answers 200 when healthy; no HEALTHCHECK when empty
 * @param privateRegistry whether {@code npm ci} needs an {@code .npmrc} passed as the build secret {@code npmrc}
 * @param common labels, user ids and frontend level
 * @param tini whether {@code tini} runs as PID 1 and starts {@code node}: Node.js as PID 1 neither reaps
 *     zombie child processes nor stops on SIGTERM unless the app handles it (see docs/presets/node.md)
 */
public record NodeOptions(String nodeVersion, PackageManager packageManager, Optional<String> packageManagerVersion,
    Optional<String> yarnPath, Variant variant, Optional<String> buildScript, String buildOutput, String entryFile,
    List<String> nodeFlags, Optional<String> workspacePackage, List<String> workspaceManifests, int port,
    Optional<String> healthcheckPath, boolean privateRegistry, CommonOptions common, boolean tini) {

  /** The package manager, which decides the lock file and the install commands. */
  public enum PackageManager {
    /** npm with {@code package-lock.json}. */
    NPM,
    /**
     * pnpm with {@code pnpm-lock.yaml}, installed with {@code npm install --global}: corepack refuses
     * registry mirrors that drop npm's signatures, while npm checks the tarball's integrity either way.
     */
    PNPM,
    /** Yarn classic (1.x) with {@code yarn.lock}, as the Node.js images ship it. */
    YARN,
    /**
     * Yarn Berry (2 and later; {@code packageManager: yarn@4...}) with {@code yarn.lock} and {@code .yarnrc.yml}:
     * {@code yarn install --immutable}, production dependencies with {@code yarn workspaces focus --production};
     * needs {@code nodeLinker: node-modules}.
     */
    YARN_BERRY
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
    Objects.requireNonNull(packageManagerVersion, "packageManagerVersion == null").ifPresent(v -> PresetSupport
        .checkArgument(v.matches("[0-9]+(\\.[0-9]+){0,2}"), "package manager version '%s' is not a version; use e.g. 9.15.0", v));
    Objects.requireNonNull(yarnPath, "yarnPath == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("[A-Za-z0-9_.][A-Za-z0-9_./-]*\\.c?js") && !p.contains(".."),
        "yarn path '%s' is not a relative path to a .cjs file; use e.g. .yarn/releases/yarn-4.5.3.cjs", p));
    PresetSupport.checkArgument(yarnPath.isEmpty() || packageManager == PackageManager.YARN_BERRY,
        "yarn path '%s' needs the package manager YARN_BERRY, not %s", yarnPath.orElse(""), packageManager);
    Objects.requireNonNull(variant, "variant == null");
    Objects.requireNonNull(buildScript, "buildScript == null").ifPresent(s -> PresetSupport.checkArgument(
        s.matches("[A-Za-z0-9:_.-]+"), "build script '%s' is not a package.json script name", s));
    PresetSupport.checkArgument(buildOutput != null && buildOutput.matches("[A-Za-z0-9_.][A-Za-z0-9_./-]*"),
        "build output '%s' is not a relative directory; use e.g. dist", buildOutput);
    PresetSupport.checkArgument(entryFile != null && entryFile.matches("[A-Za-z0-9_.][A-Za-z0-9_./-]*"),
        "entry file '%s' is not a relative path; use e.g. dist/server.js", entryFile);
    nodeFlags = List.copyOf(Objects.requireNonNull(nodeFlags, "nodeFlags == null"));
    for (String flag : nodeFlags) {
      PresetSupport.checkArgument(flag != null && flag.matches("-[A-Za-z0-9-]+(=[A-Za-z0-9_./:=,@-]*)?"),
          "node flag '%s' is not a node option; use e.g. --enable-source-maps", flag);
    }
    Objects.requireNonNull(workspacePackage, "workspacePackage == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("(@[a-z0-9._~-]+/)?[a-z0-9._~-]+"), "workspace package '%s' is not a package name; use e.g. @acme/api", p));
    PresetSupport.checkArgument(workspacePackage.isEmpty() || packageManager == PackageManager.PNPM,
        "workspace package '%s' needs the package manager PNPM, not %s", workspacePackage.orElse(""), packageManager);
    workspaceManifests = List.copyOf(Objects.requireNonNull(workspaceManifests, "workspaceManifests == null"));
    for (String manifest : workspaceManifests) {
      PresetSupport.checkArgument(manifest != null && manifest.matches("[A-Za-z0-9_.@][A-Za-z0-9_./@-]*/package\\.json")
          && !manifest.contains(".."), "workspace manifest '%s' is not a relative path to a package.json; "
          + "use e.g. packages/api/package.json", manifest);
    }
    PresetSupport.checkArgument(port >= 1 && port <= 65535, "port '%d' is out of range; ports are 1 to 65535", port);
    Objects.requireNonNull(healthcheckPath, "healthcheckPath == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("/[A-Za-z0-9_./?=&-]*"), "healthcheck path '%s' is not a URL path; use e.g. /health", p));
    Objects.requireNonNull(common, "common == null");
    PresetSupport.checkArgument(!tini || variant != Variant.DISTROLESS,
        "tini needs a package manager in the runtime image and the DISTROLESS variant has none; use SLIM or ALPINE, "
            + "or start the container with docker run --init");
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
    private Optional<String> packageManagerVersion = Optional.empty();
    private Optional<String> yarnPath = Optional.empty();
    private Variant variant = Variant.SLIM;
    private Optional<String> buildScript = Optional.empty();
    private String buildOutput = "dist";
    private String entryFile = "index.js";
    private List<String> nodeFlags = List.of();
    private Optional<String> workspacePackage = Optional.empty();
    private List<String> workspaceManifests = List.of();
    private int port = 3000;
    private Optional<String> healthcheckPath = Optional.of("/health");
    private boolean privateRegistry;
    private CommonOptions common = CommonOptions.DEFAULTS;
    private boolean tini;

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

    /** Pins the version of pnpm or Yarn Berry, such as {@code 9.15.0}. */
    public Builder packageManagerVersion(String value) {
      packageManagerVersion = Optional.of(value);
      return this;
    }

    /** Runs the Yarn Berry release checked in at this path (the {@code yarnPath} of {@code .yarnrc.yml}). */
    public Builder yarnPath(String value) {
      yarnPath = Optional.of(value);
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

    /** Replaces the flags passed to {@code node} before the entry file, such as {@code --enable-source-maps}. */
    public Builder nodeFlags(List<String> value) {
      nodeFlags = value;
      return this;
    }

    /** Adds flags after those already set (detected ones, say), such as {@code --max-old-space-size=512}. */
    public Builder addNodeFlags(String... flags) {
      List<String> all = new java.util.ArrayList<>(nodeFlags);
      all.addAll(java.util.Arrays.asList(flags));
      nodeFlags = all;
      return this;
    }

    /**
     * Runs {@code tini} as PID 1, which starts {@code node}, forwards signals to it and reaps zombies;
     * installed from the runtime image's distribution in the one package layer.
     */
    public Builder tini() {
      tini = true;
      return this;
    }

    /**
     * Builds one package of a pnpm workspace with its workspace dependencies; {@code manifests} are
     * the {@code package.json} files of the workspace packages, relative to the root.
     */
    public Builder workspace(String packageName, List<String> manifests) {
      workspacePackage = Optional.of(packageName);
      workspaceManifests = manifests;
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
      return new NodeOptions(nodeVersion, packageManager, packageManagerVersion, yarnPath, variant, buildScript,
          buildOutput, entryFile, nodeFlags, workspacePackage, workspaceManifests, port, healthcheckPath,
          privateRegistry, common, tini);
    }
  }
}
