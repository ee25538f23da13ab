package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.NodePreset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects a Node.js project from {@code package.json}: the package manager from the lock file (the
 * {@code packageManager} field wins when several lock files exist), the version from
 * {@code .nvmrc}, then {@code .node-version}, then {@code engines.node}, and the build and start scripts.
 */
final class NodeDetector {
  private static final Pattern MAJOR = Pattern.compile("(\\d{1,3})(?:\\.\\d+){0,2}");
  private static final Pattern NODE_COMMAND = Pattern.compile("^node\\s+([A-Za-z0-9_./-]+\\.(?:c|m)?js)\\b");

  private NodeDetector() {}

  /** The detection, or empty when there is no {@code package.json}. */
  static Optional<Detection> detect(Path dir) {
    Path manifest = dir.resolve("package.json");
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(Files.readString(manifest, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CliException("package.json is not valid JSON: " + firstLine(e.getMessage())
          + "; fix it, nothing was written");
    }
    List<String> evidence = new ArrayList<>();
    NodeOptions.Builder options = NodeOptions.builder();
    evidence.add("node project: package.json");
    options.packageManager(packageManager(dir, json, evidence));
    version(dir, json, evidence).ifPresent(options::nodeVersion);
    JsonNode scripts = json.path("scripts");
    String output = "dist";
    if (scripts.hasNonNull("build")) {
      options.buildScript("build", output);
      evidence.add("build script: package.json scripts.build, output directory '" + output + "'");
    }
    Optional<String> entry = entryFile(json, evidence);
    entry.ifPresent(options::entryFile);
    return Optional.of(new Detection("node", NodePreset.of(options.build()), evidence));
  }

  private static NodeOptions.PackageManager packageManager(Path dir, JsonNode json, List<String> evidence) {
    List<NodeOptions.PackageManager> found = new ArrayList<>();
    List<String> files = new ArrayList<>();
    if (Files.exists(dir.resolve("pnpm-lock.yaml"))) {
      found.add(NodeOptions.PackageManager.PNPM);
      files.add("pnpm-lock.yaml");
    }
    if (Files.exists(dir.resolve("yarn.lock"))) {
      found.add(NodeOptions.PackageManager.YARN);
      files.add("yarn.lock");
    }
    if (Files.exists(dir.resolve("package-lock.json"))) {
      found.add(NodeOptions.PackageManager.NPM);
      files.add("package-lock.json");
    }
    String declared = json.path("packageManager").asText("");
    if (found.isEmpty()) {
      throw new CliException("package.json has no lock file (package-lock.json, pnpm-lock.yaml or yarn.lock); "
          + "run 'npm install' to create one, nothing was written");
    }
    if (found.size() > 1) {
      for (int i = 0; i < found.size(); i++) {
        if (declared.startsWith(found.get(i).name().toLowerCase(java.util.Locale.ROOT) + "@")) {
          evidence.add(found.get(i).name().toLowerCase(java.util.Locale.ROOT) + ": package.json packageManager '"
              + declared + "' wins over the lock files " + String.join(", ", files));
          return found.get(i);
        }
      }
      evidence.add(found.get(0).name().toLowerCase(java.util.Locale.ROOT) + ": " + files.get(0)
          + " (several lock files: " + String.join(", ", files)
          + "; set packageManager in package.json to choose)");
      return found.get(0);
    }
    evidence.add(found.get(0).name().toLowerCase(java.util.Locale.ROOT) + ": " + files.get(0));
    return found.get(0);
  }

  private static Optional<String> version(Path dir, JsonNode json, List<String> evidence) {
    for (String file : List.of(".nvmrc", ".node-version")) {
      Path path = dir.resolve(file);
      if (Files.isRegularFile(path)) {
        String text;
        try {
          text = Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
          throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
        Matcher m = MAJOR.matcher(text);
        if (m.find()) {
          evidence.add("node " + m.group(1) + ": " + file + " ('" + text + "')");
          return Optional.of(m.group(1));
        }
        evidence.add(file + " ('" + text + "') names no version number; ignored");
      }
    }
    String engines = json.path("engines").path("node").asText("");
    Matcher m = MAJOR.matcher(engines);
    if (!engines.isEmpty() && m.find()) {
      evidence.add("node " + m.group(1) + ": package.json engines.node ('" + engines + "')");
      return Optional.of(m.group(1));
    }
    evidence.add("node 20: default (no .nvmrc, .node-version or engines.node)");
    return Optional.empty();
  }

  private static Optional<String> entryFile(JsonNode json, List<String> evidence) {
    String start = json.path("scripts").path("start").asText("");
    Matcher m = NODE_COMMAND.matcher(start);
    if (m.find()) {
      evidence.add("entry " + m.group(1) + ": package.json scripts.start ('" + start + "')");
      return Optional.of(m.group(1));
    }
    String main = json.path("main").asText("");
    if (!main.isEmpty()) {
      evidence.add("entry " + main + ": package.json main");
      return Optional.of(main);
    }
    evidence.add("entry index.js: default (no 'node <file>' start script and no main)");
    return Optional.empty();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.split("\n", 2)[0];
  }
}
