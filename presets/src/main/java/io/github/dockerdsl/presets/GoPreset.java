package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.presets.GoOptions.Runtime;
import io.github.dockerdsl.rule.Rules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Go: a static binary ({@code CGO_ENABLED=0}, {@code -trimpath}, stripped) cross-compiled on the
 * build platform with module and build caches, in a {@code scratch} or distroless static runtime
 * that holds the binary, CA certificates, time zones and a non-root user, and nothing else.
 *
 * <p>No STOPSIGNAL and no init: the Go runtime installs its own SIGTERM handler, so even as PID 1 the
 * binary exits on {@code docker stop} (and shuts down gracefully when it uses {@code signal.Notify}).
 *
 * <p>Hooks: on {@code scratch} the {@link PresetHooks#baseImage} hook is asked about the build image
 * only (scratch is no image to replace), and {@link PresetHooks#runtimeStage} can only COPY: there is no
 * shell to RUN anything.
 */
public final class GoPreset implements Preset {
  private final GoOptions options;
  private final Customization customization;

  private GoPreset(GoOptions options, Customization customization) {
    this.options = options;
    this.customization = customization;
  }

  /** The preset for these options. */
  public static GoPreset of(GoOptions options) {
    return new GoPreset(Objects.requireNonNull(options, "options == null"), Customization.NONE);
  }

  @Override
  public GoPreset with(Customization next) {
    return new GoPreset(options, customization.andThen(next));
  }

  @Override
  public Dockerfile toDockerfile() {
    PresetHooks hooks = customization.hooks();
    CommonOptions common = options.common();
    ImageRef buildImage = PresetSupport.baseImage(ImageRole.BUILD,
        ImageRef.parse("golang:" + options.goVersion() + "-bookworm"), common, hooks);
    boolean link = options.common().targetSyntax().isAtLeast(Feature.LINK.minimum());
    boolean scratch = options.runtime() == Runtime.SCRATCH;

    Stage build = buildStage(buildImage, scratch, hooks);
    Dockerfile.Builder dockerfile = Dockerfile.builder().stage(build);

    // scratch is no image, so the baseImage hook is asked about distroless only
    Stage.Builder runtime = scratch ? Stage.from(Scratch.SCRATCH).as("runtime")
        : Stage.from(PresetSupport.baseImage(ImageRole.RUNTIME,
            ImageRef.parse("gcr.io/distroless/static-debian12:nonroot"), common, hooks)).as("runtime");
    // neither runtime has a package manager: a request for runtime packages is refused with the reason
    PresetSupport.packages(runtime, ImageRole.RUNTIME, Optional.empty(), List.of(), Optional.empty(), common, hooks);
    hooks.runtimeStage(runtime);
    if (scratch) {
      runtime.copy(PresetSupport.linked(Copy.of("/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/certs/ca-certificates.crt")
          .withFrom(build.ref()), link));
      runtime.copy(PresetSupport.linked(Copy.of("/usr/share/zoneinfo", "/usr/share/zoneinfo").withFrom(build.ref()), link));
      runtime.copy(PresetSupport.linked(Copy.of(List.of("/etc/passwd", "/etc/group"), "/etc/").withFrom(build.ref()), link));
    }
    if (probe()) {
      runtime.copy(PresetSupport.linked(HealthProbe.copyFrom(build), link));
    }
    // root-owned and not writable by the app: a static binary needs nothing else
    runtime.copy(PresetSupport.linked(Copy.of("/out/" + options.binaryName(), binary()).withFrom(build.ref()), link));
    PresetSupport.afterApplication(runtime, common, hooks, link);
    runtime.user(scratch ? UserSpec.ids(options.common().uid(), options.common().gid()) : UserSpec.ids(65532, 65532));
    runtime.expose(options.port());
    if (!options.healthcheckArgs().isEmpty()) {
      List<String> argv = new ArrayList<>();
      argv.add(binary());
      argv.addAll(options.healthcheckArgs());
      runtime.healthcheck(Healthcheck.of(argv.toArray(String[]::new))
          .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(3))
          .withStartPeriod(Duration.ofSeconds(10)).withRetries(3));
    } else if (options.healthcheckPath().isPresent()) {
      runtime.healthcheck(HealthProbe.healthcheck(options.port(), options.healthcheckPath().get(),
          Duration.ofSeconds(10)));
    } else {
      runtime.suppress(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, PresetSupport.NO_HEALTHCHECK_BY_OPTION);
    }
    runtime.entrypoint(binary());
    PresetSupport.labels(runtime, options.common(), hooks);
    dockerfile.stage(runtime.build());
    return PresetSupport.finish(dockerfile, options.common(), customization);
  }

  private Stage buildStage(ImageRef image, boolean scratch, PresetHooks hooks) {
    Stage.Builder stage = Stage.from(image).platform(Platform.BUILDPLATFORM).as("build");
    PresetSupport.packages(stage, ImageRole.BUILD, Optional.of(PackageInstall.Manager.APT), List.of(), Optional.empty(),
        options.common(), hooks);
    if (scratch) {
      // the entries scratch needs to name the runtime user: copied as /etc/passwd and /etc/group
      PresetSupport.debianUser(stage, "app", options.common().uid(), options.common().gid());
    }
    stage.workdir("/src");
    hooks.beforeDependencies(stage);
    stage.arg("TARGETOS");
    stage.arg("TARGETARCH");
    if (probe()) {
      // before the sources: the probe is rebuilt only when the Go image changes
      HealthProbe.buildIn(stage);
    }
    if (options.vendored()) {
      // vendor/ holds every dependency: nothing to download, and the copy of it is the cached dependency layer
      stage.copy(Copy.of(List.of("go.mod", "go.sum*"), "./"));
      stage.copy("vendor", "vendor");
    } else {
      // go.sum* : a module without dependencies has no go.sum, and an empty wildcard is allowed
      stage.copy(Copy.of(List.of("go.mod", "go.sum*"), "./"));
      stage.run(privateModules(Run.of(Command.shell(goPrivatePrefix() + "go mod download"))
          .withMount(moduleCache())));
    }
    hooks.afterDependencies(stage);
    stage.copy(".", ".");
    Run build = Run.of(Command.shell("CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH "
        + goPrivatePrefix() + "go build" + (options.vendored() ? " -mod=vendor" : "")
        + " -trimpath -ldflags=\"-s -w\" -o /out/" + options.binaryName() + " " + options.mainPackage()));
    if (!options.vendored()) {
      build = privateModules(build.withMount(moduleCache()));
    }
    stage.run(build.withMount(CacheMount.of("/root/.cache/go-build").withId("go-build")));
    hooks.afterBuild(stage);
    return stage.build();
  }

  /** Go's caches are safe for concurrent builds, so they use the default shared mode. */
  private static CacheMount moduleCache() {
    return CacheMount.of("/go/pkg/mod").withId("go-mod");
  }

  private Run privateModules(Run run) {
    return options.goPrivate().isPresent()
        ? run.withMount(SecretMount.of("netrc").withTarget("/root/.netrc").withRequired()) : run;
  }

  private String goPrivatePrefix() {
    return options.goPrivate().map(p -> "GOPRIVATE=" + p + " ").orElse("");
  }

  /** Whether the image needs the {@link HealthProbe}: a health path, and a binary that cannot probe itself. */
  private boolean probe() {
    return options.healthcheckArgs().isEmpty() && options.healthcheckPath().isPresent();
  }

  private String binary() {
    return "/" + options.binaryName();
  }


  @Override
  public DockerIgnore toDockerIgnore() {
    DockerIgnore.Builder ignore = PresetSupport.universalIgnore()
        .section("Go").exclude("bin", "dist", "**/*.test", "*.out", "*.prof", "coverage.*", "go.work", "go.work.sum");
    DockerIgnore file = customization.hooks().dockerIgnore(ignore.build());
    return file.checkNotIgnored(toDockerfile());
  }

  /** The options, for tools that describe what they generated. */
  public GoOptions options() {
    return options;
  }
}
