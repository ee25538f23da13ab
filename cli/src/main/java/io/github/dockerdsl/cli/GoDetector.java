package io.github.dockerdsl.cli;

import io.github.dockerdsl.presets.GoOptions;
import io.github.dockerdsl.presets.GoPreset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Detects a Go module from {@code go.mod}: the version from the {@code toolchain} line, else the
 * {@code go} line; vendored modules from {@code vendor/modules.txt}; and the main package: the module
 * root when it is {@code package main}, else the only {@code cmd/*} main package. Several are an
 * error that lists them, since picking one would be a guess.
 */
final class GoDetector {
  /** The file whose presence makes a directory a Go module. */
  static final String MARKER = "go.mod";

  private static final Pattern MODULE = Pattern.compile("^module\\s+\"?([^\\s\"]+)\"?\\s*(//.*)?$");
  private static final Pattern GO = Pattern.compile("^go\\s+(\\S+)\\s*(//.*)?$");
  private static final Pattern TOOLCHAIN = Pattern.compile("^toolchain\\s+(\\S+)\\s*(//.*)?$");
  private static final Pattern GO_VERSION = Pattern.compile("1\\.\\d{1,2}(?:\\.\\d{1,2})?");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern IGNORED = Pattern.compile("(?m)^//go:build\\s+ignore\\s*$");

  private GoDetector() {}

  /** The detection, or empty when there is no {@code go.mod}. */
  static Optional<Detection> detect(Path dir, InitFlags flags) {
    Optional<String> goMod = ProjectFiles.read(dir, MARKER);
    if (goMod.isEmpty()) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    String module = null;
    String go = null;
    String goLine = null;
    String toolchain = null;
    String toolchainLine = null;
    List<String> lines = goMod.get().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher m;
      if ((m = MODULE.matcher(line)).matches()) {
        module = m.group(1);
      } else if ((m = GO.matcher(line)).matches()) {
        go = version(m.group(1), "go version", i + 1);
        goLine = line;
      } else if ((m = TOOLCHAIN.matcher(line)).matches()) {
        if (!m.group(1).equals("default")) {
          toolchain = version(m.group(1).replaceFirst("^go", ""), "toolchain", i + 1);
          toolchainLine = line;
        }
      }
    }
    if (module == null) {
      throw new CliException("go.mod has no module line; run 'go mod init <module path>', nothing was written");
    }
    evidence.add("go module " + module + ": go.mod");
    GoOptions.Builder options = GoOptions.builder();
    String detected = toolchain != null ? toolchain : go != null ? go : "1.22";
    if (toolchain != null) {
      options.goVersion(toolchain);
      evidence.add("go " + toolchain + ": go.mod toolchain line ('" + toolchainLine + "')"
          + (goLine == null ? "" : " wins over the go line ('" + goLine + "')"));
    } else if (go != null) {
      options.goVersion(go);
      evidence.add("go " + go + ": go.mod go line ('" + goLine + "')");
    } else {
      evidence.add("go 1.22: default (go.mod has no go or toolchain line)");
    }
    if (ProjectFiles.exists(dir, "vendor/modules.txt")) {
      options.vendored();
      evidence.add("vendored modules: vendor/modules.txt (go build -mod=vendor, nothing downloaded)");
    }
    String main = flags.mainPackage().map(p -> fromFlag(dir, p, evidence)).orElseGet(() -> mainPackage(dir, evidence));
    options.mainPackage(main);
    String binary = main.equals(".") ? basename(module) : basename(main);
    if (!binary.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      binary = "app";
    }
    options.binaryName(binary);
    evidence.add("binary /" + binary + ": named after " + (main.equals(".") ? "the module" : main));
    return Optional.of(new Detection("go", GoPreset.of(flags.applyGo(options, detected, evidence)), evidence));
  }

  private static String version(String written, String what, int line) {
    Matcher m = GO_VERSION.matcher(written);
    if (!m.lookingAt()) {
      throw new CliException("go.mod line " + line + ": " + what + " '" + written
          + "' is not a Go version; use e.g. 1.22 or 1.22.5, nothing was written");
    }
    return m.group();
  }

  /** The package --main-package names, which must exist and say {@code package main}. */
  private static String fromFlag(Path dir, String flag, List<String> evidence) {
    String main = flag.equals(".") || flag.startsWith("./") ? flag : "./" + flag;
    main = main.replaceFirst("/$", "");
    Path pkg = dir.resolve(main);
    if (!Files.isDirectory(pkg) || !isMain(pkg)) {
      throw new CliException("--main-package '" + flag + "' is not a main package: " + main + " has no .go file with "
          + "'package main'" + candidates(dir) + ", nothing was written");
    }
    evidence.add("main package " + main + ": --main-package");
    return main;
  }

  private static String candidates(Path dir) {
    List<String> mains = cmdMains(dir);
    return mains.isEmpty() ? "" : "; the main packages are ./cmd/" + String.join(", ./cmd/", mains);
  }

  private static List<String> cmdMains(Path dir) {
    List<String> mains = new ArrayList<>();
    Path cmd = dir.resolve("cmd");
    if (Files.isDirectory(cmd)) {
      try (Stream<Path> children = Files.list(cmd)) {
        children.filter(Files::isDirectory).filter(GoDetector::isMain)
            .map(p -> p.getFileName().toString()).sorted().forEach(mains::add);
      } catch (IOException e) {
        throw new CliException("cannot list " + cmd + ": " + e.getMessage() + "; nothing was written", e);
      }
    }
    return mains;
  }

  private static String mainPackage(Path dir, List<String> evidence) {
    if (isMain(dir)) {
      evidence.add("main package .: *.go in the module root say 'package main'");
      return ".";
    }
    List<String> mains = cmdMains(dir);
    if (mains.size() == 1) {
      evidence.add("main package ./cmd/" + mains.get(0) + ": the only main package under cmd/");
      return "./cmd/" + mains.get(0);
    }
    if (mains.isEmpty()) {
      throw new CliException("go.mod has no main package: neither the module root nor a cmd/* directory has "
          + "a .go file with 'package main'; pass --main-package DIR, nothing was written");
    }
    throw new CliException("go.mod has several main packages (./cmd/" + String.join(", ./cmd/", mains)
        + "); pass --main-package with the one to build, such as --main-package ./cmd/" + mains.get(0)
        + ", nothing was written");
  }

  private static boolean isMain(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return name.endsWith(".go") && !name.endsWith("_test.go") && Files.isRegularFile(p);
      }).sorted().anyMatch(GoDetector::declaresMain);
    } catch (IOException e) {
      throw new CliException("cannot list " + dir + ": " + e.getMessage() + "; nothing was written", e);
    }
  }

  private static boolean declaresMain(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage() + "; nothing was written", e);
    }
    if (IGNORED.matcher(text).find()) {
      return false;
    }
    Matcher m = PACKAGE.matcher(text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", ""));
    return m.find() && m.group(1).equals("main");
  }

  private static String basename(String path) {
    String trimmed = path.replaceAll("/v[0-9]+$", "");
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
