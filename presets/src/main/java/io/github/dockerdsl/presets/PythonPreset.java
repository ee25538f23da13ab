package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.presets.PythonOptions.DependencyTool;
import io.github.dockerdsl.presets.PythonOptions.Server;
import io.github.dockerdsl.presets.PythonOptions.Variant;
import io.github.dockerdsl.rule.Rules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Python: a virtualenv at {@code /opt/venv} built in a builder stage (with compilers there only, when
 * asked) from the lock or requirements files, then copied with the source into a slim runtime that
 * runs as a non-root user.
 */
public final class PythonPreset implements Preset {
  /** Where the app's virtualenv lives, in the builder and in the runtime. */
  static final String VENV = "/opt/venv";
  /** Where Poetry or uv lives in the builder, apart from the app's virtualenv, so it never ships. */
  static final String TOOLS = "/opt/tools";

  private final PythonOptions options;
  private final Customization customization;

  private PythonPreset(PythonOptions options, Customization customization) {
    this.options = options;
    this.customization = customization;
  }

  /** The preset for these options. */
  public static PythonPreset of(PythonOptions options) {
    return new PythonPreset(Objects.requireNonNull(options, "options == null"), Customization.NONE);
  }

  @Override
  public PythonPreset with(Customization next) {
    return new PythonPreset(options, customization.andThen(next));
  }

  @Override
  public Dockerfile toDockerfile() {
    PresetHooks hooks = customization.hooks();
    CommonOptions common = options.common();
    ImageRef buildImage = PresetSupport.baseImage(ImageRole.BUILD, ImageRef.parse(buildImageName()), common, hooks);
    ImageRef runtimeImage = PresetSupport.baseImage(ImageRole.RUNTIME, ImageRef.parse(runtimeImageName()), common,
        hooks);
    boolean link = options.common().targetSyntax().isAtLeast(Feature.LINK.minimum());

    Stage build = buildStage(buildImage, hooks);
    Dockerfile.Builder dockerfile = Dockerfile.builder().stage(build);
    Stage probeStage = null;
    if (options.variant() == Variant.DISTROLESS && options.healthcheckPath().isPresent()) {
      // distroless has no shell; the probe costs one small static process per check, not a Python interpreter
      probeStage = HealthProbe.stage(hooks.baseImage(ImageRole.BUILD, HealthProbe.DEFAULT_GO_IMAGE));
      dockerfile.stage(probeStage);
    }

    UserSpec owner = runtimeUser();
    Stage.Builder runtime = Stage.from(runtimeImage).as("runtime");
    PresetSupport.packages(runtime, ImageRole.RUNTIME, runtimeManager(), options.tini() ? List.of("tini") : List.of(),
        Optional.of(PresetSupport.TINI_UNPINNED), common, hooks);
    hooks.runtimeStage(runtime);
    runtime.instruction(Env.of("PATH", VENV + "/bin:$PATH").and("PYTHONUNBUFFERED", "1")
        .and("PYTHONDONTWRITEBYTECODE", "1"));
    runtime.workdir("/app");
    if (options.variant() != Variant.DISTROLESS) {
      // the base image's own pip, setuptools and wheel are build tooling too
      runtime.run("python -m pip uninstall --yes --no-cache-dir pip setuptools wheel");
    }
    if (options.variant() == Variant.ALPINE) {
      PresetSupport.alpineUser(runtime, "app", options.common().uid(), options.common().gid());
    } else if (options.variant() == Variant.SLIM) {
      PresetSupport.debianUser(runtime, "app", options.common().uid(), options.common().gid());
    }
    if (probeStage != null) {
      runtime.copy(PresetSupport.linked(HealthProbe.copyFrom(probeStage), link));
    }
    runtime.copy(PresetSupport.linked(Copy.of(VENV, VENV).withFrom(build.ref()).withChown(owner), link));
    runtime.copy(PresetSupport.linked(Copy.of(".", ".").withChown(owner), link));
    PresetSupport.afterApplication(runtime, common, hooks, link);
    runtime.user(owner);
    runtime.expose(options.port());
    if (options.healthcheckPath().isEmpty()) {
      runtime.suppress(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, PresetSupport.NO_HEALTHCHECK_BY_OPTION);
    }
    if (probeStage != null) {
      runtime.healthcheck(HealthProbe.healthcheck(options.port(), options.healthcheckPath().get(),
          Duration.ofSeconds(10)));
    } else {
      options.healthcheckPath().ifPresent(path -> runtime.healthcheck(Healthcheck.of(python(), "-c",
          "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:" + options.port() + path
              + "', timeout=2).status == 200 else 1)")
          .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(3))
          .withStartPeriod(Duration.ofSeconds(10)).withRetries(3)));
    }
    if (options.server() == Server.MODULE) {
      // Python as PID 1 ignores SIGTERM unless the app handles it; SIGINT always raises KeyboardInterrupt.
      runtime.stopSignal(Signal.SIGINT);
    }
    if (options.variant() == Variant.DISTROLESS) {
      runtime.entrypoint(startCommand().toArray(String[]::new));
    } else if (options.tini()) {
      // tini as PID 1 forwards SIGTERM to the server and reaps zombies; Python then stops with the default handler
      runtime.entrypoint(options.variant() == Variant.ALPINE ? "/sbin/tini" : "/usr/bin/tini", "--");
      runtime.cmd(startCommand().toArray(String[]::new));
    } else {
      runtime.cmd(startCommand().toArray(String[]::new));
    }
    PresetSupport.labels(runtime, options.common(), hooks);
    dockerfile.stage(runtime.build());
    return PresetSupport.finish(dockerfile, options.common(), customization);
  }

  private Stage buildStage(ImageRef image, PresetHooks hooks) {
    Stage.Builder stage = Stage.from(image).as("build");
    PresetSupport.packages(stage, ImageRole.BUILD, Optional.of(buildManager()), systemPackages(),
        Optional.of(PresetSupport.BUILDER_PACKAGES_UNPINNED), options.common(), hooks);
    stage.workdir("/app");
    hooks.beforeDependencies(stage);
    if (options.dependencyTool() != DependencyTool.PIP) {
      String tool = options.dependencyTool().name().toLowerCase(java.util.Locale.ROOT);
      stage.run(Run.of(Command.allOf("python3 -m venv " + TOOLS,
          TOOLS + "/bin/pip install --disable-pip-version-check " + tool + "==" + options.toolVersion()))
          .withMount(pipCache()));
    }
    stage.run("python3 -m venv " + VENV);
    Env env = Env.of("VIRTUAL_ENV", VENV).and("PATH", VENV + "/bin:$PATH").and("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    if (options.dependencyTool() == DependencyTool.UV) {
      env = env.and("UV_PROJECT_ENVIRONMENT", VENV).and("UV_PYTHON_DOWNLOADS", "never").and("UV_LINK_MODE", "copy");
    }
    stage.instruction(env);
    copyManifests(stage);
    stage.run(installRun());
    hooks.afterDependencies(stage);
    if (options.installProject()) {
      // the project is a package: install it after its dependencies, so a source change re-runs only this step
      stage.copy(".", ".");
      stage.run(installProjectRun());
    }
    // pip is build tooling: nothing installs packages at run time, so it does not travel with the venv
    stage.run("rm -rf " + VENV + "/bin/pip " + VENV + "/bin/pip3* " + VENV + "/lib/python*/site-packages/pip "
        + VENV + "/lib/python*/site-packages/pip-*.dist-info");
    return stage.build();
  }

  /** The builder's own packages: {@code venv} for Debian's Python, compilers when asked. */
  private List<String> systemPackages() {
    if (options.variant() == Variant.ALPINE) {
      return options.compilers() ? List.of("build-base") : List.of();
    }
    List<String> packages = new ArrayList<>();
    if (options.variant() == Variant.DISTROLESS) {
      packages.add("python3-venv");
    }
    if (options.compilers()) {
      packages.add("build-essential");
      if (options.variant() == Variant.DISTROLESS) {
        packages.add("python3-dev");
      }
    }
    return packages;
  }

  private PackageInstall.Manager buildManager() {
    return options.variant() == Variant.ALPINE ? PackageInstall.Manager.APK : PackageInstall.Manager.APT;
  }

  private Optional<PackageInstall.Manager> runtimeManager() {
    return options.variant() == Variant.DISTROLESS ? Optional.empty() : Optional.of(buildManager());
  }

  private void copyManifests(Stage.Builder stage) {
    switch (options.dependencyTool()) {
      case POETRY:
        stage.copy(Copy.of(List.of("pyproject.toml", "poetry.lock"), "./"));
        break;
      case UV:
        stage.copy(Copy.of(List.of("pyproject.toml", "uv.lock"), "./"));
        break;
      case PDM:
        stage.copy(Copy.of(List.of("pyproject.toml", "pdm.lock"), "./"));
        break;
      default:
        List<String> files = options.requirementsFiles();
        if (files.stream().noneMatch(f -> f.contains("/"))) {
          stage.copy(Copy.of(files, "./"));
        } else {
          // requirements files may include each other by relative path: keep each one where it was
          files.forEach(f -> stage.copy(f, f));
        }
    }
  }

  private Run installRun() {
    boolean secretEnv = options.common().targetSyntax().isAtLeast(Feature.SECRET_ENV.minimum());
    String command;
    Run run;
    switch (options.dependencyTool()) {
      case POETRY:
        command = TOOLS + "/bin/poetry install --only main --no-root --no-interaction --no-ansi";
        run = Run.of(Command.shell(command)).withMount(cache("/root/.cache/pypoetry", "poetry"));
        if (options.privateIndex()) {
          run = run.withMount(SecretMount.of(options.secretId()).withTarget("/root/.config/pypoetry/auth.toml")
              .withRequired());
        }
        return run;
      case UV:
        command = TOOLS + "/bin/uv sync --frozen --no-dev --no-install-project";
        run = Run.of(Command.shell(command)).withMount(cache("/root/.cache/uv", "uv"));
        if (options.privateIndex()) {
          run = run.withMount(SecretMount.of(options.secretId()).withTarget("/root/.netrc").withRequired());
        }
        return run;
      case PDM:
        // pdm exports the locked production set with hashes; pip installs it, checking every hash
        command = TOOLS + "/bin/pdm export --prod --format requirements -o /tmp/requirements.txt"
            + " && pip install --no-deps -r /tmp/requirements.txt";
        run = Run.of(Command.shell(command)).withMount(pipCache());
        if (options.privateIndex()) {
          run = run.withMount(SecretMount.of(options.secretId()).withTarget("/root/.netrc").withRequired());
        }
        return run;
      default:
        StringBuilder pip = new StringBuilder("pip install");
        options.requirementsFiles().forEach(f -> pip.append(" -r ").append(f));
        command = pip.toString();
        run = null;
        if (options.privateIndex() && !secretEnv) {
          String file = "/run/secrets/" + options.secretId();
          command = "PIP_INDEX_URL=\"$(cat " + file + ")\" " + command;
          run = Run.of(Command.shell(command)).withMount(pipCache())
              .withMount(SecretMount.of(options.secretId()).withTarget(file).withRequired());
        } else if (options.privateIndex()) {
          run = Run.of(Command.shell(command)).withMount(pipCache())
              .withMount(SecretMount.of(options.secretId()).withEnv("PIP_INDEX_URL").withRequired());
        } else {
          run = Run.of(Command.shell(command)).withMount(pipCache());
        }
        return run;
    }
  }

  private Run installProjectRun() {
    return switch (options.dependencyTool()) {
      case POETRY -> Run.of(Command.shell(TOOLS + "/bin/poetry install --only main --no-interaction --no-ansi"))
          .withMount(cache("/root/.cache/pypoetry", "poetry"));
      case UV -> Run.of(Command.shell(TOOLS + "/bin/uv sync --frozen --no-dev --no-editable"))
          .withMount(cache("/root/.cache/uv", "uv"));
      default -> Run.of(Command.shell("pip install --no-deps ."))
          .withMount(pipCache());
    };
  }

  private static CacheMount pipCache() {
    return cache("/root/.cache/pip", "pip");
  }

  private static CacheMount cache(String target, String id) {
    return CacheMount.of(target).withId(id).withSharing(Sharing.LOCKED);
  }


  private UserSpec runtimeUser() {
    return options.variant() == Variant.DISTROLESS ? UserSpec.ids(65532, 65532)
        : UserSpec.ids(options.common().uid(), options.common().gid());
  }

  private String python() {
    return options.variant() == Variant.DISTROLESS ? VENV + "/bin/python3" : "python";
  }

  private List<String> startCommand() {
    List<String> argv = new ArrayList<>();
    String app = options.module() + ":" + options.appObject();
    String port = Integer.toString(options.port());
    boolean distroless = options.variant() == Variant.DISTROLESS;
    switch (options.server()) {
      case UVICORN:
        argv.addAll(distroless ? List.of(python(), "-m", "uvicorn") : List.of("uvicorn"));
        argv.addAll(List.of(app, "--host", "0.0.0.0", "--port", port));
        break;
      case GUNICORN:
        argv.addAll(distroless ? List.of(python(), "-m", "gunicorn") : List.of("gunicorn"));
        argv.addAll(List.of("--bind", "0.0.0.0:" + port, app));
        break;
      default:
        argv.addAll(List.of(python(), "-m", options.module()));
    }
    argv.addAll(options.serverOptions());
    return argv;
  }

  private String buildImageName() {
    switch (options.variant()) {
      case ALPINE: return "python:" + options.pythonVersion() + "-alpine";
      case DISTROLESS: return "debian:12-slim";
      default: return "python:" + options.pythonVersion() + "-slim-bookworm";
    }
  }

  private String runtimeImageName() {
    return options.variant() == Variant.DISTROLESS ? "gcr.io/distroless/python3-debian12:nonroot"
        : buildImageName();
  }

  @Override
  public DockerIgnore toDockerIgnore() {
    DockerIgnore.Builder ignore = PresetSupport.universalIgnore()
        .section("Python").exclude("**/__pycache__", "**/*.py[cod]", ".venv", "venv", "**/*.egg-info", "dist", "build",
            ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".coverage", "htmlcov");
    DockerIgnore file = customization.hooks().dockerIgnore(ignore.build());
    return file.checkNotIgnored(toDockerfile());
  }

  /** The options, for tools that describe what they generated. */
  public PythonOptions options() {
    return options;
  }
}
