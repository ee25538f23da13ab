package io.github.dockerdsl.cli;

import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.GoOptions;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.PythonOptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code init} flags that override what detection finds, in one value handed to every
 * detector, so each preset reads the same flags the same way. Values are checked when the record
 * is made; a flag that does not apply to the detected language is refused by {@link #refuse}.
 *
 * @param port {@code --port}
 * @param healthPath {@code --health-path}
 * @param noHealthcheck {@code --no-healthcheck}
 * @param entry {@code --entry} (node)
 * @param module {@code --module} (python: the app's import path {@code pkg.module[:object]}; node: the pnpm
 *     workspace package; java: the module of a multi-module build)
 * @param mainPackage {@code --main-package} (go)
 * @param variant {@code --variant}
 * @param runtimeVersion {@code --runtime-version}
 * @param target {@code --target}
 */
record InitFlags(OptionalInt port, Optional<String> healthPath, boolean noHealthcheck, Optional<String> entry,
    Optional<String> module, Optional<String> mainPackage, Optional<Variant> variant, Optional<String> runtimeVersion,
    Target target) {

  /** No flags: everything detected or defaulted. */
  static final InitFlags NONE = new InitFlags(OptionalInt.empty(), Optional.empty(), false, Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Target.LATEST);

  /** {@code --variant}: the base image family, mapped onto each preset's own. */
  enum Variant {
    SLIM, ALPINE, DISTROLESS;

    /** The flag's spelling. */
    String flagValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Variant parse(String value) {
      for (Variant v : values()) {
        if (v.flagValue().equals(value)) {
          return v;
        }
      }
      throw new CliException("--variant '" + value + "' is unknown; use slim, alpine or distroless");
    }
  }

  /**
   * {@code --target}: the Dockerfile frontend the output must work with.
   *
   * @param syntax the newest frontend version the output may need
   * @param directive whether to write a {@code # syntax=} line
   * @param flagValue what the user wrote, for the detection output
   */
  record Target(SyntaxVersion syntax, boolean directive, String flagValue) {
    /** The default: the newest frontend this version of dockerdsl knows, selected by a {@code # syntax=} line. */
    static final Target LATEST = new Target(SyntaxVersion.LATEST, true, SyntaxVersion.LATEST.toString());

    /** Parses {@code engine-20.10} or a frontend version such as {@code 1.4}. */
    static Target parse(String value) {
      if (value.equals("engine-20.10")) {
        return new Target(SyntaxVersion.ENGINE_20_10, false, value);
      }
      if (value.matches("1\\.\\d{1,2}")) {
        SyntaxVersion version = SyntaxVersion.parse(value);
        if (!SyntaxVersion.LATEST.isAtLeast(version)) {
          throw new CliException("--target '" + value + "' is newer than the frontend versions dockerdsl knows; "
              + "use engine-20.10 or a version from 1.0 to " + SyntaxVersion.LATEST);
        }
        return new Target(version, true, value);
      }
      throw new CliException("--target '" + value + "' is unknown; use engine-20.10 (Docker Engine 20.10's built-in "
          + "builder) or a Dockerfile frontend version from 1.0 to " + SyntaxVersion.LATEST + ", such as 1.4");
    }

    /** The detection line that says what the target changes. */
    String describe() {
      if (!directive) {
        return "target " + flagValue + ": --target (frontend " + syntax + ", no # syntax= line, no COPY --link)";
      }
      return "target dockerfile frontend " + syntax + ": " + (this.equals(LATEST) ? "default" : "--target")
          + " (a # syntax= line names the version the output needs; --target engine-20.10 for Docker 20.10)";
    }
  }

  /** Checks the values that do not depend on the language. */
  InitFlags {
    if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65535)) {
      throw new CliException("--port " + port.getAsInt() + " is out of range; use a port from 1 to 65535");
    }
    if (healthPath.isPresent() && noHealthcheck) {
      throw new CliException("--health-path and --no-healthcheck contradict each other; pass one of them");
    }
    healthPath.ifPresent(p -> {
      if (!p.matches("/[A-Za-z0-9_./?=&%~-]*")) {
        throw new CliException("--health-path '" + p + "' is not a URL path; use one such as /health");
      }
    });
    entry.ifPresent(e -> {
      if (!e.matches("[A-Za-z0-9_.][A-Za-z0-9_./-]*") || e.contains("..")) {
        throw new CliException("--entry '" + e + "' is not a relative file path; use one such as dist/index.js");
      }
    });
    mainPackage.ifPresent(p -> {
      if (!p.matches("(\\./)?[A-Za-z0-9_][A-Za-z0-9_./-]*|\\.") || p.contains("..")) {
        throw new CliException("--main-package '" + p + "' is not a package directory of the module; "
            + "use one such as ./cmd/server");
      }
    });
    module.ifPresent(m -> {
      if (m.isBlank() || m.chars().anyMatch(Character::isWhitespace)) {
        throw new CliException("--module '" + m + "' is blank or has spaces; use one such as app.main or app.main:app");
      }
    });
    runtimeVersion.ifPresent(v -> {
      if (!v.matches("[0-9]+(\\.[0-9]+){0,2}")) {
        throw new CliException("--runtime-version '" + v + "' is not a version; use one such as 20, 3.12, 1.22 or 21");
      }
    });
  }

  /** Refuses a flag the detected language has no use for, naming the languages that use it. */
  void refuse(String kind, String flag, boolean given, String usedBy) {
    if (given) {
      throw new CliException(flag + " does not apply to " + kind + " projects (it is for " + usedBy
          + "); remove it, nothing was written");
    }
  }

  /** The common options these flags select. */
  CommonOptions common() {
    return CommonOptions.DEFAULTS.withTarget(target.syntax(), target.directive());
  }

  /** The lines every detection ends with: port, healthcheck, variant and target, each with its source. */
  private void echo(List<String> evidence, int port, Optional<String> health, String variantName) {
    evidence.add("port " + port + ": " + (this.port.isPresent() ? "--port" : "preset default (--port to change)"));
    if (health.isEmpty()) {
      evidence.add("no healthcheck: " + (noHealthcheck ? "--no-healthcheck" : "preset default"));
    } else {
      evidence.add("healthcheck GET " + health.get() + ": "
          + (healthPath.isPresent() ? "--health-path" : "preset default (--health-path, --no-healthcheck)"));
    }
    echoImages(evidence, variantName);
  }

  private void echoImages(List<String> evidence, String variantName) {
    evidence.add("variant " + variantName + ": " + variant.map(v -> "--variant " + v.flagValue())
        .orElse("default (--variant slim|alpine|distroless)"));
    evidence.add(target.describe());
  }

  /** Applies the flags every preset shares to Node options. */
  NodeOptions applyNode(NodeOptions.Builder options, String detectedVersion, List<String> evidence) {
    runtimeVersion.ifPresent(v -> {
      options.nodeVersion(v);
      evidence.add("node " + v + ": --runtime-version, over the detected " + detectedVersion);
    });
    port.ifPresent(options::port);
    if (noHealthcheck) {
      options.noHealthcheck();
    }
    healthPath.ifPresent(options::healthcheckPath);
    NodeOptions.Variant v = switch (variant.orElse(Variant.SLIM)) {
      case SLIM -> NodeOptions.Variant.SLIM;
      case ALPINE -> NodeOptions.Variant.ALPINE;
      case DISTROLESS -> NodeOptions.Variant.DISTROLESS;
    };
    options.variant(v);
    NodeOptions built = options.common(common()).build();
    echo(evidence, built.port(), built.healthcheckPath(), variantName(v.name()));
    return built;
  }

  /** Applies the flags every preset shares to Python options. */
  PythonOptions applyPython(PythonOptions.Builder options, String detectedVersion, List<String> evidence) {
    runtimeVersion.ifPresent(v -> {
      if (!v.matches("3\\.[0-9]{1,2}(\\.[0-9]{1,2})?")) {
        throw new CliException("--runtime-version '" + v + "' is not a Python 3 version; use one such as 3.12");
      }
      options.pythonVersion(v);
      evidence.add("python " + v + ": --runtime-version, over the detected " + detectedVersion);
    });
    port.ifPresent(options::port);
    if (noHealthcheck) {
      options.noHealthcheck();
    }
    healthPath.ifPresent(options::healthcheckPath);
    PythonOptions.Variant v = switch (variant.orElse(Variant.SLIM)) {
      case SLIM -> PythonOptions.Variant.SLIM;
      case ALPINE -> PythonOptions.Variant.ALPINE;
      case DISTROLESS -> PythonOptions.Variant.DISTROLESS;
    };
    options.variant(v);
    PythonOptions built = options.common(common()).build();
    echo(evidence, built.port(), built.healthcheckPath(), variantName(v.name()));
    return built;
  }

  /** Applies the flags every preset shares to Go options; slim is scratch, the smallest runtime. */
  GoOptions applyGo(GoOptions.Builder options, String detectedVersion, List<String> evidence) {
    runtimeVersion.ifPresent(v -> {
      if (!v.matches("1\\.[0-9]{1,2}(\\.[0-9]{1,2})?")) {
        throw new CliException("--runtime-version '" + v + "' is not a Go version; use one such as 1.22 or 1.22.5");
      }
      options.goVersion(v);
      evidence.add("go " + v + ": --runtime-version, over the detected " + detectedVersion);
    });
    port.ifPresent(options::port);
    if (noHealthcheck) {
      options.noHealthcheck();
    }
    healthPath.ifPresent(options::healthcheckPath);
    GoOptions.Runtime runtime = switch (variant.orElse(Variant.SLIM)) {
      case SLIM -> GoOptions.Runtime.SCRATCH;
      case DISTROLESS -> GoOptions.Runtime.DISTROLESS_STATIC;
      case ALPINE -> throw new CliException("--variant alpine does not apply to go projects: the static binary "
          + "runs on scratch; use slim (scratch) or distroless, nothing was written");
    };
    options.runtime(runtime);
    GoOptions built = options.common(common()).build();
    Optional<String> health = built.healthcheckArgs().isEmpty() ? built.healthcheckPath()
        : Optional.of("by " + String.join(" ", built.healthcheckArgs()));
    echo(evidence, built.port(), health,
        runtime == GoOptions.Runtime.SCRATCH ? "slim (scratch)" : "distroless (static)");
    return built;
  }

  /**
   * Applies the image-choosing flags to Java options; {@code --port}, {@code --health-path},
   * {@code --no-healthcheck}, {@code --module} and {@code --entry} shape the detection itself
   * ({@code JavaDetector}), so they are not applied again here.
   */
  JavaOptions applyJava(JavaOptions.Builder options, List<String> evidence) {
    runtimeVersion.ifPresent(v -> {
      if (!v.matches("[0-9]{2}")) {
        throw new CliException("--runtime-version '" + v + "' is not a Java feature release; use one such as 17 or 21");
      }
      options.javaVersion(Integer.parseInt(v));
      evidence.add("java " + v + ": --runtime-version, over the detected version");
    });
    variant.ifPresent(v -> options.runtime(switch (v) {
      case SLIM -> JavaOptions.RuntimeImage.TEMURIN_JRE;
      case DISTROLESS -> JavaOptions.RuntimeImage.DISTROLESS;
      case ALPINE -> throw new CliException("--variant alpine does not apply to java projects; use slim "
          + "(eclipse-temurin JRE) or distroless, nothing was written");
    }));
    JavaOptions built = options.common(common()).build();
    // the Java detection already said where the port and the health endpoint came from
    echoImages(evidence, built.runtime().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    return built;
  }

  private static String variantName(String enumName) {
    return enumName.toLowerCase(Locale.ROOT);
  }
}
