package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.rule.Rules;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Node.js: production dependencies installed in their own stage from the lock file, an optional
 * build stage, and a runtime stage with only {@code node_modules}, the built files and a non-root user.
 */
public final class NodePreset implements Preset {
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
    ImageRef buildImage = hooks.baseImage(ImageRole.BUILD, ImageRef.parse(buildImageName()));
    ImageRef runtimeImage = hooks.baseImage(ImageRole.RUNTIME, ImageRef.parse(runtimeImageName()));
    boolean link = options.common().targetSyntax().isAtLeast(Feature.LINK.minimum());

    Stage deps = dependencyStage(buildImage, "deps", true, hooks);
    Dockerfile.Builder dockerfile = Dockerfile.builder().stage(deps);
    Stage build = null;
    if (options.buildScript().isPresent()) {
      Stage.Builder b = dependencyStage(buildImage, "build", false, hooks).toBuilder();
      b.copy(".", ".");
      b.run(runScript(options.buildScript().get()));
      hooks.afterBuild(b);
      build = b.build();
      dockerfile.stage(build);
    }

    UserSpec owner = runtimeUser();
    Stage.Builder runtime = Stage.from(runtimeImage).as("runtime");
    hooks.runtimeStage(runtime);
    runtime.env("NODE_ENV", "production");
    runtime.workdir("/app");
    if (options.variant() != NodeOptions.Variant.DISTROLESS) {
      if (options.variant() == NodeOptions.Variant.ALPINE) {
        PresetSupport.alpineUser(runtime, "app", options.common().uid(), options.common().gid());
      } else {
        PresetSupport.debianUser(runtime, "app", options.common().uid(), options.common().gid());
      }
    }
    runtime.copy(PresetSupport.linked(Copy.of("/app/node_modules", "./node_modules").withFrom(deps.ref()).withChown(owner), link));
    if (build != null) {
      runtime.copy(PresetSupport.linked(Copy.of("package.json", "./").withChown(owner), link));
      runtime.copy(PresetSupport.linked(Copy.of("/app/" + options.buildOutput(), "./" + options.buildOutput())
          .withFrom(build.ref()).withChown(owner), link));
    } else {
      runtime.copy(PresetSupport.linked(Copy.of(".", ".").withChown(owner), link));
    }
    runtime.user(owner);
    runtime.expose(options.port());
    if (options.healthcheckPath().isEmpty()) {
      runtime.suppress(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, PresetSupport.NO_HEALTHCHECK_BY_OPTION);
    }
    options.healthcheckPath().ifPresent(path -> runtime.healthcheck(Healthcheck.of(node(),
        "-e", "require('http').get('http://127.0.0.1:" + options.port() + path + "', r => process.exit("
            + "r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))")
        .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(3))
        .withStartPeriod(Duration.ofSeconds(10)).withRetries(3)));
    if (options.variant() == NodeOptions.Variant.DISTROLESS) {
      runtime.entrypoint(node(), options.entryFile());
    } else {
      runtime.cmd(node(), options.entryFile());
    }
    PresetSupport.labels(runtime, options.common(), hooks);
    dockerfile.stage(runtime.build());
    return PresetSupport.finish(dockerfile, options.common(), customization);
  }

  private Stage dependencyStage(ImageRef image, String name, boolean productionOnly, PresetHooks hooks) {
    Stage.Builder stage = Stage.from(image).as(name);
    stage.workdir("/app");
    hooks.beforeDependencies(stage);
    if (options.packageManager() == NodeOptions.PackageManager.PNPM) {
      stage.run("corepack enable");
    }
    stage.copy(Copy.of(List.of("package.json", lockFile()), "./"));
    Run install = Run.of(Command.shell(installCommand(productionOnly)))
        .withMount(CacheMount.of(cacheDirectory()).withId(cacheId()).withSharing(io.github.dockerdsl.mount.Sharing.LOCKED));
    if (options.privateRegistry()) {
      install = install.withMount(SecretMount.of("npmrc").withTarget("/root/.npmrc").withRequired());
    }
    stage.run(install);
    hooks.afterDependencies(stage);
    return stage.build();
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
    switch (options.packageManager()) {
      case PNPM: return "pnpm-lock.yaml";
      case YARN: return "yarn.lock";
      default: return "package-lock.json";
    }
  }

  private String cacheDirectory() {
    switch (options.packageManager()) {
      case PNPM: return "/root/.local/share/pnpm/store";
      case YARN: return "/usr/local/share/.cache/yarn";
      default: return "/root/.npm";
    }
  }

  private String cacheId() {
    return options.packageManager().name().toLowerCase(java.util.Locale.ROOT);
  }

  private String runScript(String script) {
    switch (options.packageManager()) {
      case PNPM: return "pnpm run " + script;
      case YARN: return "yarn run " + script;
      default: return "npm run " + script;
    }
  }

  private String installCommand(boolean productionOnly) {
    switch (options.packageManager()) {
      case PNPM: return "pnpm install --frozen-lockfile" + (productionOnly ? " --prod" : "");
      case YARN: return "yarn install --frozen-lockfile --non-interactive" + (productionOnly ? " --production" : "");
      default: return "npm ci --no-audit --no-fund" + (productionOnly ? " --omit=dev" : "");
    }
  }

  @Override
  public DockerIgnore toDockerIgnore() {
    DockerIgnore.Builder ignore = PresetSupport.universalIgnore()
        .section("Node.js").exclude("node_modules", "npm-debug.log*", "yarn-error.log*", ".pnpm-store", ".npm",
            "coverage", ".nyc_output");
    options.buildScript().ifPresent(s -> ignore.exclude(options.buildOutput()));
    DockerIgnore file = customization.hooks().dockerIgnore(ignore.build());
    return PresetSupport.checkNotIgnored(toDockerfile(), file);
  }

  /** The options, for tools that describe what they generated. */
  public NodeOptions options() {
    return options;
  }

}
