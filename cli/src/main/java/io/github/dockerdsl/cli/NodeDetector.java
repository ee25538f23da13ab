package io.github.dockerdsl.cli;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.NodeOptions.PackageManager;
import io.github.dockerdsl.presets.NodePreset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Detects a Node.js project from {@code package.json}: the package manager from the lock file and
 * the {@code packageManager} field (Yarn Berry also from {@code .yarnrc.yml}), a pnpm workspace
 * package, the version from {@code .nvmrc}, {@code .node-version} or {@code engines.node}, the build
 * script and its output directory, and the entry file with its node flags.
 */
final class NodeDetector {
  private static final Pattern MAJOR = Pattern.compile("(\\d{1,3})(?:\\.\\d+){0,2}");
  private static final Pattern DECLARED = Pattern.compile("(npm|pnpm|yarn)@(\\d+(?:\\.\\d+){0,2})(?:[-+].*)?");
  private static final Pattern SHELL_OPERATORS = Pattern.compile("[;&|<>`$()]");
  private static final Pattern JS_FILE = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_./-]*\\.(?:c|m)?js");
  /** Node options written as two words that take a value; kept as {@code --option=value}. */
  private static final Map<String, String> VALUE_OPTIONS = Map.of("-r", "--require", "--require", "--require",
      "--import", "--import", "--loader", "--loader", "-C", "--conditions", "--conditions", "--conditions",
      "--env-file", "--env-file", "--max-old-space-size", "--max-old-space-size", "--title", "--title");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

  private NodeDetector() {}

  /** The detection, or empty when there is no {@code package.json}. */
  static Optional<Detection> detect(Path dir, InitFlags flags) {
    Optional<String> text = ProjectFiles.read(dir, "package.json");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonNode json = parse(text.get(), "package.json");
    List<String> evidence = new ArrayList<>();
    NodeOptions.Builder options = NodeOptions.builder();
    evidence.add("node project: package.json");
    PackageManager manager = packageManager(dir, json, options, evidence);
    options.packageManager(manager);
    String version = version(dir, json, evidence);
    options.nodeVersion(version);

    Path packageDir = dir;
    JsonNode manifest = json;
    String prefix = "package.json";
    boolean anyBuild = json.path("scripts").hasNonNull("build");
    if (ProjectFiles.exists(dir, "pnpm-workspace.yaml")) {
      if (manager != PackageManager.PNPM) {
        throw new CliException("pnpm-workspace.yaml is there but the package manager is " + name(manager)
            + "; run 'pnpm install' to write pnpm-lock.yaml, nothing was written");
      }
      Workspace workspace = workspace(dir, flags, evidence);
      packageDir = dir.resolve(workspace.dir());
      manifest = workspace.members().get(workspace.dir());
      prefix = workspace.dir() + "/package.json";
      anyBuild = workspace.builds();
      options.workspace(workspace.name(), workspace.members().keySet().stream().map(d -> d + "/package.json").toList());
    } else {
      flags.module().ifPresent(m -> {
        throw new CliException("--module '" + m + "' names a workspace package, but there is no pnpm-workspace.yaml; "
            + "remove --module, nothing was written");
      });
    }

    Entry entry = entry(packageDir, manifest, prefix, flags, evidence);
    options.entryFile(entry.file()).nodeFlags(entry.nodeFlags());
    if (anyBuild) {
      String output = buildOutput(packageDir, entry.file(), prefix, evidence);
      options.buildScript("build", output);
      if (!entry.file().startsWith(output + "/")) {
        throw new CliException("entry " + entry.file() + " is outside the build output '" + output + "/', which is all "
            + "the runtime image gets of the sources; pass --entry with a file in " + output + "/, nothing was written");
      }
    } else if (!Files.isRegularFile(packageDir.resolve(entry.file()))) {
      throw new CliException("entry " + entry.file() + " does not exist and there is no build script to make it; "
          + "pass --entry FILE, nothing was written");
    }
    NodeOptions built = flags.applyNode(options, version, evidence);
    return Optional.of(new Detection("node", NodePreset.of(built), evidence));
  }

  private static JsonNode parse(String text, String file) {
    try {
      return (file.endsWith("package.json") ? JSON : LENIENT_JSON).readTree(text);
    } catch (IOException e) {
      throw new CliException(file + " is not valid JSON: " + ProjectFiles.firstLine(e.getMessage())
          + "; fix it, nothing was written");
    }
  }

  private static String name(PackageManager manager) {
    return manager == PackageManager.YARN_BERRY ? "yarn berry" : manager.name().toLowerCase(Locale.ROOT);
  }

  private static PackageManager packageManager(Path dir, JsonNode json, NodeOptions.Builder options,
      List<String> evidence) {
    List<PackageManager> found = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String[] lock : new String[][] {{"pnpm-lock.yaml", "PNPM"}, {"yarn.lock", "YARN"},
        {"package-lock.json", "NPM"}}) {
      if (ProjectFiles.exists(dir, lock[0])) {
        found.add(PackageManager.valueOf(lock[1]));
        files.add(lock[0]);
      }
    }
    String declared = json.path("packageManager").asText("");
    Matcher d = DECLARED.matcher(declared);
    Optional<String> declaredName = d.matches() ? Optional.of(d.group(1)) : Optional.empty();
    if (found.isEmpty()) {
      throw new CliException("package.json has no lock file (package-lock.json, pnpm-lock.yaml or yarn.lock); "
          + "run 'npm install' to create one, nothing was written");
    }
    int chosen = 0;
    String why = files.get(0);
    if (found.size() > 1) {
      chosen = -1;
      for (int i = 0; i < found.size(); i++) {
        if (declaredName.isPresent() && found.get(i).name().equalsIgnoreCase(declaredName.get())) {
          chosen = i;
          why = "package.json packageManager '" + declared + "' wins over the lock files " + String.join(", ", files);
        }
      }
      if (chosen < 0) {
        chosen = 0;
        why = files.get(0) + " (several lock files: " + String.join(", ", files)
            + "; set packageManager in package.json to choose)";
      }
    }
    PackageManager manager = found.get(chosen);
    if (d.matches() && declaredName.get().equalsIgnoreCase(manager.name())) {
      options.packageManagerVersion(d.group(2));
    }
    if (manager == PackageManager.YARN) {
      boolean berryDeclared = d.matches() && d.group(1).equals("yarn") && !d.group(2).startsWith("1");
      boolean berryLock = ProjectFiles.read(dir, "yarn.lock").map(t -> t.contains("\n__metadata:")).orElse(false);
      if (berryDeclared || berryLock || ProjectFiles.exists(dir, ".yarnrc.yml")) {
        String source = berryDeclared ? "package.json packageManager '" + declared + "'"
            : berryLock ? "yarn.lock has a __metadata block" : ".yarnrc.yml";
        yarnBerry(dir, options, evidence, source);
        return PackageManager.YARN_BERRY;
      }
    }
    String versionNote = manager == PackageManager.PNPM ? d.matches() && declaredName.get().equals("pnpm")
        ? " (version " + d.group(2) + " from packageManager)" : " (version " + NodePreset.DEFAULT_PNPM
        + ", the newest major; set packageManager to pin one)" : "";
    evidence.add(name(manager) + ": " + why + versionNote);
    return manager;
  }

  /** Yarn 2+: the checked-in release, and the linker, which must give the runtime a node_modules. */
  private static void yarnBerry(Path dir, NodeOptions.Builder options, List<String> evidence, String source) {
    String yarnrc = ProjectFiles.read(dir, ".yarnrc.yml").orElse("");
    String linker = yamlValue(yarnrc, "nodeLinker").orElse("pnp");
    if (!linker.equals("node-modules")) {
      throw new CliException("Yarn Berry with nodeLinker '" + linker + "' (Plug'n'Play) is not supported: the runtime "
          + "image needs node_modules; add 'nodeLinker: node-modules' to .yarnrc.yml, nothing was written");
    }
    Optional<String> yarnPath = yamlValue(yarnrc, "yarnPath");
    if (yarnPath.isPresent()) {
      if (!Files.isRegularFile(dir.resolve(yarnPath.get()))) {
        throw new CliException(".yarnrc.yml yarnPath '" + yarnPath.get() + "' does not exist; run 'yarn set version' "
            + "to check the release in, nothing was written");
      }
      options.yarnPath(yarnPath.get());
      evidence.add("yarn berry: " + source + "; runs the checked-in release " + yarnPath.get()
          + " (.yarnrc.yml yarnPath), nodeLinker node-modules");
    } else {
      evidence.add("yarn berry: " + source + "; corepack fetches the version packageManager names"
          + " (no yarnPath in .yarnrc.yml), nodeLinker node-modules");
    }
  }

  /** A top-level {@code key: value} of a small YAML file, quotes removed. */
  private static Optional<String> yamlValue(String yaml, String key) {
    Matcher m = Pattern.compile("(?m)^" + key + ":\\s*['\"]?([^'\"#\\s]+)['\"]?\\s*(#.*)?$").matcher(yaml);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String version(Path dir, JsonNode json, List<String> evidence) {
    for (String file : List.of(".nvmrc", ".node-version")) {
      Optional<String> read = ProjectFiles.read(dir, file);
      if (read.isPresent()) {
        String text = read.get().strip();
        Matcher m = MAJOR.matcher(text);
        if (m.find()) {
          evidence.add("node " + m.group(1) + ": " + file + " ('" + text + "')");
          return m.group(1);
        }
        evidence.add(file + " ('" + text + "') names no version number; ignored");
      }
    }
    String engines = json.path("engines").path("node").asText("");
    Matcher m = MAJOR.matcher(engines);
    if (!engines.isEmpty() && m.find()) {
      evidence.add("node " + m.group(1) + ": package.json engines.node ('" + engines + "')");
      return m.group(1);
    }
    evidence.add("node 20: default (no .nvmrc, .node-version or engines.node)");
    return "20";
  }

  /** The build output: tsconfig.json's outDir, else the entry's top directory, else dist. */
  private static String buildOutput(Path packageDir, String entry, String prefix, List<String> evidence) {
    Optional<String> tsconfig = ProjectFiles.read(packageDir, "tsconfig.json");
    String where = prefix.equals("package.json") ? "" : prefix.substring(0, prefix.length() - "package.json".length());
    if (tsconfig.isPresent()) {
      String outDir = parse(tsconfig.get(), where + "tsconfig.json").path("compilerOptions").path("outDir").asText("");
      outDir = outDir.replaceFirst("^\\./", "").replaceFirst("/$", "");
      if (!outDir.isEmpty()) {
        evidence.add("build script: " + prefix + " scripts.build, output directory '" + outDir + "' ("
            + where + "tsconfig.json compilerOptions.outDir)");
        return outDir;
      }
    }
    if (entry.contains("/")) {
      String top = entry.substring(0, entry.indexOf('/'));
      evidence.add("build script: " + prefix + " scripts.build, output directory '" + top + "' (the entry's directory)");
      return top;
    }
    evidence.add("build script: " + prefix + " scripts.build, output directory 'dist' (default)");
    return "dist";
  }

  /** The file node runs, and the flags before it. */
  record Entry(String file, List<String> nodeFlags) {}

  private static Entry entry(Path packageDir, JsonNode json, String prefix, InitFlags flags, List<String> evidence) {
    if (flags.entry().isPresent()) {
      evidence.add("entry " + flags.entry().get() + ": --entry");
      return new Entry(flags.entry().get(), List.of());
    }
    String start = json.path("scripts").path("start").asText("");
    Optional<Entry> fromStart = startScript(start);
    if (fromStart.isPresent()) {
      Entry e = fromStart.get();
      evidence.add("entry " + e.file() + (e.nodeFlags().isEmpty() ? "" : " with node flags "
          + String.join(" ", e.nodeFlags())) + ": " + prefix + " scripts.start ('" + start + "')");
      return e;
    }
    String notNode = start.isEmpty() ? "" : " (scripts.start '" + start + "' is not 'node [flags] FILE')";
    String main = json.path("main").asText("");
    if (!main.isEmpty()) {
      evidence.add("entry " + main + ": " + prefix + " main" + notNode);
      return new Entry(main, List.of());
    }
    JsonNode bin = json.path("bin");
    if (bin.isTextual() || bin.isObject() && bin.size() == 1) {
      String file = (bin.isTextual() ? bin.asText() : bin.elements().next().asText()).replaceFirst("^\\./", "");
      evidence.add("entry " + file + ": " + prefix + " bin" + notNode);
      return new Entry(file, List.of());
    }
    if (Files.isRegularFile(packageDir.resolve("index.js"))) {
      evidence.add("entry index.js: the file exists (no node start script, main or bin)" + notNode);
      return new Entry("index.js", List.of());
    }
    throw new CliException(prefix + " names no entry: scripts.start is " + (start.isEmpty() ? "missing"
        : "'" + start + "', not 'node [flags] FILE'") + ", and there is no main, bin or index.js; "
        + "pass --entry FILE, nothing was written");
  }

  /** {@code node [flags] file.js} without shell operators, as an exec-form command can run it. */
  static Optional<Entry> startScript(String start) {
    if (start.isBlank() || SHELL_OPERATORS.matcher(start).find()) {
      return Optional.empty();
    }
    String[] words = start.strip().split("\\s+");
    if (!words[0].equals("node")) {
      return Optional.empty();
    }
    List<String> nodeFlags = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      if (word.startsWith("-")) {
        String option = VALUE_OPTIONS.get(word);
        if (option != null && i + 1 < words.length) {
          nodeFlags.add(option + "=" + words[++i]);
        } else {
          nodeFlags.add(word);
        }
      } else if (JS_FILE.matcher(word).matches() && i == words.length - 1) {
        return Optional.of(new Entry(word.replaceFirst("^\\./", ""), nodeFlags));
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A pnpm workspace package: its name and directory, all members by directory, and whether a build runs. */
  private record Workspace(String name, String dir, Map<String, JsonNode> members, boolean builds) {}

  private static Workspace workspace(Path dir, InitFlags flags, List<String> evidence) {
    String yaml = ProjectFiles.read(dir, "pnpm-workspace.yaml").orElse("");
    List<String> globs = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\s*-\\s*['\"]?([^'\"#\\s]+)['\"]?").matcher(
        yaml.replaceFirst("(?s)^.*?packages:", ""));
    while (m.find()) {
      globs.add(m.group(1).replaceFirst("/$", ""));
    }
    Map<String, JsonNode> members = new TreeMap<>();
    for (String glob : globs) {
      if (glob.startsWith("!")) {
        continue;
      }
      if (glob.endsWith("/*") && !glob.substring(0, glob.length() - 2).contains("*")) {
        Path parent = dir.resolve(glob.substring(0, glob.length() - 2));
        if (Files.isDirectory(parent)) {
          try (Stream<Path> children = Files.list(parent)) {
            children.filter(p -> Files.isRegularFile(p.resolve("package.json"))).sorted()
                .forEach(p -> members.put(dir.relativize(p).toString().replace('\\', '/'), null));
          } catch (IOException e) {
            throw new CliException("cannot list " + parent + ": " + e.getMessage() + "; nothing was written", e);
          }
        }
      } else if (!glob.contains("*")) {
        if (Files.isRegularFile(dir.resolve(glob).resolve("package.json"))) {
          members.put(glob, null);
        }
      } else {
        throw new CliException("pnpm-workspace.yaml pattern '" + glob + "' is beyond what dockerdsl reads (dir/* or "
            + "a directory); list the package directories, nothing was written");
      }
    }
    members.replaceAll((d, ignored) -> parse(ProjectFiles.read(dir, d + "/package.json").orElseThrow(),
        d + "/package.json"));
    if (members.isEmpty()) {
      throw new CliException("pnpm-workspace.yaml lists no package with a package.json; fix its packages list, "
          + "nothing was written");
    }
    Map<String, String> dirByName = new TreeMap<>();
    members.forEach((d, json) -> dirByName.put(json.path("name").asText(d), d));
    String chosen;
    if (flags.module().isPresent()) {
      String wanted = flags.module().get();
      chosen = dirByName.containsKey(wanted) ? dirByName.get(wanted)
          : members.containsKey(wanted.replaceFirst("^\\./", "")) ? wanted.replaceFirst("^\\./", "") : null;
      if (chosen == null) {
        throw new CliException("--module '" + wanted + "' is not a package of the pnpm workspace; use one of "
            + String.join(", ", dirByName.keySet()) + ", nothing was written");
      }
      evidence.add("workspace package " + name(members, chosen) + " (" + chosen + "): --module");
    } else {
      List<String> apps = members.keySet().stream()
          .filter(d -> members.get(d).path("scripts").hasNonNull("start")).toList();
      if (apps.size() != 1) {
        throw new CliException("pnpm workspace has " + (apps.isEmpty() ? "no package" : "several packages")
            + " with a start script" + (apps.isEmpty() ? "" : " (" + String.join(", ",
                apps.stream().map(d -> name(members, d)).toList()) + ")") + "; pass --module with the one to build ("
            + String.join(", ", dirByName.keySet()) + "), nothing was written");
      }
      chosen = apps.get(0);
      evidence.add("workspace package " + name(members, chosen) + " (" + chosen
          + "): pnpm-workspace.yaml, the only package with a start script");
    }
    List<String> closure = new ArrayList<>();
    closure(chosen, members, dirByName, closure);
    boolean builds = closure.stream().anyMatch(d -> members.get(d).path("scripts").hasNonNull("build"));
    if (closure.size() > 1) {
      evidence.add("workspace dependencies: " + String.join(", ", closure.subList(1, closure.size()).stream()
          .map(d -> name(members, d)).toList()) + " (workspace: in " + chosen + "/package.json), built and "
          + "deployed with it by pnpm deploy");
    }
    return new Workspace(name(members, chosen), chosen, members, builds);
  }

  private static String name(Map<String, JsonNode> members, String dir) {
    return members.get(dir).path("name").asText(dir);
  }

  /** The package and, transitively, the workspace packages it depends on, in discovery order. */
  private static void closure(String dir, Map<String, JsonNode> members, Map<String, String> dirByName,
      List<String> out) {
    if (out.contains(dir)) {
      return;
    }
    out.add(dir);
    JsonNode deps = members.get(dir).path("dependencies");
    for (Map.Entry<String, JsonNode> dep : deps.properties()) {
      if (dep.getValue().asText("").startsWith("workspace:") && dirByName.containsKey(dep.getKey())) {
        closure(dirByName.get(dep.getKey()), members, dirByName, out);
      }
    }
  }
}
