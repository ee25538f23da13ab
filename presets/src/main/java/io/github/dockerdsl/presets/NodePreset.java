package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.rule.Rules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Node.js: production dependencies installed in their own stage from the lock file, an optional
 * build stage, and a runtime stage with only {@code node_modules}, the built files and a non-root user.
 */
public final class NodePreset implements Preset {
  /** The pnpm version installed when package.json's packageManager field names none. */
  public static final String DEFAULT_PNPM = "9";

  private final NodeOptions options;
  private final Customization customization;

  private NodePreset(NodeOptions options, Customization customization) {
    this.options = options;
    this.customization = customization;
  }

  /** The preset for these options. */
  public static NodePreset of(NodeOptions options) {
    return new NodePreset(Objects.requireNonNull(options, "options == null"), Customization.NONE);
  }

  @Override
  public NodePreset with(Customization next) {
    return new NodePreset(options, customization.andThen(next));
  }

  @Override
  public Dockerfile toDockerfile() {
    PresetHooks hooks = customization.hooks();
    CommonOptions common = options.common();
    ImageRef buildImage = PresetSupport.baseImage(ImageRole.BUILD, ImageRef.parse(buildImageName()), common, hooks);
    ImageRef runtimeImage = PresetSupport.baseImage(ImageRole.RUNTIME, ImageRef.parse(runtimeImageName()), common,
        hooks);
    boolean link = options.common().targetSyntax().isAtLeast(Feature.LINK.minimum());
    boolean distroless = options.variant() == NodeOptions.Variant.DISTROLESS;
    boolean probe = distroless && options.healthcheckPath().isPresent();

    Dockerfile.Builder dockerfile = Dockerfile.builder();
    Stage deps = null;
    if (options.workspacePackage().isEmpty()) {
      deps = dependencyStage(buildImage, "deps", true, hooks);
      dockerfile.stage(deps);
    }
    Stage build = null;
    if (options.buildScript().isPresent() || options.workspacePackage().isPresent()) {
      Stage.Builder b = dependencyStage(buildImage, "build", false, hooks).toBuilder();
      b.copy(".", ".");
      options.buildScript().ifPresent(script -> b.run(runScript(script)));
      // pnpm deploy: the package, its production dependencies and its built workspace dependencies, in one directory
      options.workspacePackage().ifPresent(name -> b.run("pnpm --filter " + name + " deploy --prod /out"));
      hooks.afterBuild(b);
      build = b.build();
      dockerfile.stage(build);
    }
    Stage probeStage = null;
    if (probe) {
      // distroless has neither a shell nor an HTTP client that a HEALTHCHECK could use
      probeStage = HealthProbe.stage(hooks.baseImage(ImageRole.BUILD, HealthProbe.DEFAULT_GO_IMAGE));
      dockerfile.stage(probeStage);
    }

    UserSpec owner = runtimeUser();
    Stage.Builder runtime = Stage.from(runtimeImage).as("runtime");
    PresetSupport.packages(runtime, ImageRole.RUNTIME, runtimeManager(), options.tini() ? List.of("tini") : List.of(),
        Optional.of(PresetSupport.TINI_UNPINNED), common, hooks);
    hooks.runtimeStage(runtime);
    runtime.env("NODE_ENV", "production");
    runtime.workdir("/app");
    if (!distroless) {
      if (options.variant() == NodeOptions.Variant.ALPINE) {
        PresetSupport.alpineUser(runtime, "app", options.common().uid(), options.common().gid());
      } else {
        PresetSupport.debianUser(runtime, "app", options.common().uid(), options.common().gid());
      }
    }
    if (probeStage != null) {
      runtime.copy(PresetSupport.linked(HealthProbe.copyFrom(probeStage), link));
    }
    if (deps == null) {
      runtime.copy(PresetSupport.linked(Copy.of("/out", ".").withFrom(build.ref()).withChown(owner), link));
    } else {
      runtime.copy(PresetSupport.linked(Copy.of("/app/node_modules", "./node_modules").withFrom(deps.ref())
          .withChown(owner), link));
      if (build != null) {
        runtime.copy(PresetSupport.linked(Copy.of("package.json", "./").withChown(owner), link));
        runtime.copy(PresetSupport.linked(Copy.of("/app/" + options.buildOutput(), "./" + options.buildOutput())
            .withFrom(build.ref()).withChown(owner), link));
      } else {
        runtime.copy(PresetSupport.linked(Copy.of(".", ".").withChown(owner), link));
      }
    }
    PresetSupport.afterApplication(runtime, common, hooks, link);
    runtime.user(owner);
    runtime.expose(options.port());
    if (options.healthcheckPath().isEmpty()) {
      runtime.suppress(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, PresetSupport.NO_HEALTHCHECK_BY_OPTION);
    } else if (probe) {
      runtime.healthcheck(HealthProbe.healthcheck(options.port(), options.healthcheckPath().get(),
          Duration.ofSeconds(10)));
    } else {
      String path = options.healthcheckPath().get();
      runtime.healthcheck(Healthcheck.of(node(),
          "-e", "require('http').get('http://127.0.0.1:" + options.port() + path + "', r => process.exit("
              + "r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))")
          .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(3))
          .withStartPeriod(Duration.ofSeconds(10)).withRetries(3));
    }
    List<String> argv = new ArrayList<>();
    argv.add(node());
    argv.addAll(options.nodeFlags());
    argv.add(options.entryFile());
    if (distroless) {
      runtime.entrypoint(argv.toArray(String[]::new));
    } else if (options.tini()) {
      // tini as PID 1 forwards SIGTERM to node and reaps zombies; node then stops with the default handler
      runtime.entrypoint(tiniPath(), "--");
      runtime.cmd(argv.toArray(String[]::new));
    } else {
      runtime.cmd(argv.toArray(String[]::new));
    }
    PresetSupport.labels(runtime, options.common(), hooks);
    dockerfile.stage(runtime.build());
    return PresetSupport.finish(dockerfile, options.common(), customization);
  }

  private Stage dependencyStage(ImageRef image, String name, boolean productionOnly, PresetHooks hooks) {
    Stage.Builder stage = Stage.from(image).as(name);
    PresetSupport.packages(stage, ImageRole.BUILD, Optional.of(buildManager()), List.of(), Optional.empty(),
        options.common(), hooks);
    stage.workdir("/app");
    hooks.beforeDependencies(stage);
    switch (options.packageManager()) {
      case PNPM -> stage.run(Run.of(Command.shell("npm install --global --no-audit --no-fund pnpm@"
          + options.packageManagerVersion().orElse(DEFAULT_PNPM)))
          .withMount(CacheMount.of("/root/.npm").withId("npm").withSharing(io.github.dockerdsl.mount.Sharing.LOCKED)));
      case YARN_BERRY -> {
        if (options.yarnPath().isEmpty()) {
          // corepack fetches the Yarn version that package.json's packageManager field names
          stage.run("corepack enable");
        }
      }
      default -> { }
    }
    List<String> manifests = new ArrayList<>(List.of("package.json", lockFile()));
    if (options.packageManager() == NodeOptions.PackageManager.YARN_BERRY) {
      manifests.add(".yarnrc.yml");
    }
    if (options.workspacePackage().isPresent()) {
      manifests.add("pnpm-workspace.yaml");
    }
    stage.copy(Copy.of(manifests, "./"));
    options.yarnPath().ifPresent(path -> stage.copy(path, path));
    for (String manifest : options.workspaceManifests()) {
      stage.copy(manifest, manifest);
    }
    // a project without production dependencies gets no node_modules, and the runtime's COPY of it would fail
    String command = installCommand(productionOnly) + (productionOnly ? " && mkdir -p node_modules" : "");
    Run install = Run.of(Command.shell(command))
        .withMount(CacheMount.of(cacheDirectory()).withId(cacheId()).withSharing(io.github.dockerdsl.mount.Sharing.LOCKED));
    if (options.privateRegistry()) {
      install = install.withMount(SecretMount.of("npmrc").withTarget("/root/.npmrc").withRequired());
    }
    stage.run(install);
    hooks.afterDependencies(stage);
    return stage.build();
  }


  private PackageInstall.Manager buildManager() {
    return options.variant() == NodeOptions.Variant.ALPINE ? PackageInstall.Manager.APK : PackageInstall.Manager.APT;
  }

  private Optional<PackageInstall.Manager> runtimeManager() {
    return options.variant() == NodeOptions.Variant.DISTROLESS ? Optional.empty() : Optional.of(buildManager());
  }

  /** Where the distribution's {@code tini} package puts the program. */
  private String tiniPath() {
    return options.variant() == NodeOptions.Variant.ALPINE ? "/sbin/tini" : "/usr/bin/tini";
  }

  private UserSpec runtimeUser() {
    return options.variant() == NodeOptions.Variant.DISTROLESS ? UserSpec.ids(65532, 65532)
        : UserSpec.ids(options.common().uid(), options.common().gid());
  }

  private String node() {
    return options.variant() == NodeOptions.Variant.DISTROLESS ? "/nodejs/bin/node" : "node";
  }

  private String buildImageName() {
    return options.variant() == NodeOptions.Variant.ALPINE ? "node:" + options.nodeVersion() + "-alpine"
        : "node:" + options.nodeVersion() + "-bookworm-slim";
  }

  private String runtimeImageName() {
    return options.variant() == NodeOptions.Variant.DISTROLESS
        ? "gcr.io/distroless/nodejs" + options.majorVersion() + "-debian12:nonroot" : buildImageName();
  }

  private String lockFile() {
    return switch (options.packageManager()) {
      case PNPM -> "pnpm-lock.yaml";
      case YARN, YARN_BERRY -> "yarn.lock";
      case NPM -> "package-lock.json";
    };
  }

  private String cacheDirectory() {
    return switch (options.packageManager()) {
      case PNPM -> "/root/.local/share/pnpm/store";
      case YARN -> "/usr/local/share/.cache/yarn";
      // Yarn 4 keeps one global cache per user (enableGlobalCache)
      case YARN_BERRY -> "/root/.yarn/berry/cache";
      case NPM -> "/root/.npm";
    };
  }

  private String cacheId() {
    return options.packageManager().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The Yarn Berry command: the checked-in release run by node, else corepack's yarn. */
  private String yarnBerry() {
    return options.yarnPath().map(p -> "node " + p).orElse("yarn");
  }

  private String runScript(String script) {
    return switch (options.packageManager()) {
      case PNPM -> options.workspacePackage().map(name -> "pnpm --filter " + name + "... run " + script)
          .orElse("pnpm run " + script);
      case YARN -> "yarn run " + script;
      case YARN_BERRY -> yarnBerry() + " run " + script;
      case NPM -> "npm run " + script;
    };
  }

  private String installCommand(boolean productionOnly) {
    return switch (options.packageManager()) {
      case PNPM -> "pnpm install --frozen-lockfile" + (productionOnly ? " --prod" : "")
          + options.workspacePackage().map(name -> " --filter " + name + "...").orElse("");
      case YARN -> "yarn install --frozen-lockfile --non-interactive" + (productionOnly ? " --production" : "");
      case YARN_BERRY -> productionOnly ? yarnBerry() + " workspaces focus --all --production"
          : yarnBerry() + " install --immutable";
      case NPM -> "npm ci --no-audit --no-fund" + (productionOnly ? " --omit=dev" : "");
    };
  }

  @Override
  public DockerIgnore toDockerIgnore() {
    DockerIgnore.Builder ignore = PresetSupport.universalIgnore()
        .section("Node.js").exclude("**/node_modules", "npm-debug.log*", "yarn-error.log*", ".pnpm-store", ".npm",
            "coverage", ".nyc_output");
    options.buildScript().ifPresent(s -> ignore.exclude(options.workspacePackage().isPresent()
        ? "**/" + options.buildOutput() : options.buildOutput()));
    if (options.packageManager() == NodeOptions.PackageManager.YARN_BERRY) {
      // Yarn Berry's per-project state; the release named by yarnPath stays in the context
      ignore.exclude(".yarn/cache", ".yarn/install-state.gz", ".yarn/unplugged", ".pnp.*");
    }
    DockerIgnore file = customization.hooks().dockerIgnore(ignore.build());
    return file.checkNotIgnored(toDockerfile());
  }

  /** The options, for tools that describe what they generated. */
  public NodeOptions options() {
    return options;
  }

}
