package io.github.dockerdsl.cli;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.presets.CompanyStandards;
import io.github.dockerdsl.presets.Preset;
import io.github.dockerdsl.rule.PolicyViolationException;
import io.github.dockerdsl.render.GeneratedFiles;
import io.github.dockerdsl.render.WriteOptions;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockerdsl init}: detects the project and writes a Dockerfile and a .dockerignore. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Detects the project in DIR and writes Dockerfile and .dockerignore.",
        "Every decision is printed with the file it came from; the flags below override them."})
final class InitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", description = "Project directory (default: .).")
  Path dir;

  @Option(names = "--preset", description = "node, python, go or java; overrides detection.")
  Optional<String> preset;

  @Option(names = "--port", paramLabel = "N",
      description = "Port the app listens on (default: the preset's: node 3000, python 8000, go and java 8080).")
  Integer port;

  @Option(names = "--health-path", paramLabel = "PATH",
      description = "HTTP path the HEALTHCHECK asks; a 2xx answer is healthy (default: /health).")
  Optional<String> healthPath;

  @Option(names = "--no-healthcheck", description = "No HEALTHCHECK, for workers without HTTP (default: a healthcheck).")
  boolean noHealthcheck;

  @Option(names = "--entry", paramLabel = "ENTRY",
      description = "node: the file node runs (default: from scripts.start, then main, then bin); java: the main "
          + "class, when the jar's manifest names none.")
  Optional<String> entry;

  @Option(names = "--module", paramLabel = "M",
      description = {"python: the app's import path, pkg.module or pkg.module:object (default: found in src/<pkg>/, "
          + "<pkg>/, app.py, main.py); node: the pnpm workspace package to build; java: the module to build."})
  Optional<String> module;

  @Option(names = "--main-package", paramLabel = "DIR",
      description = "go: the main package to build, e.g. ./cmd/server (default: the module root, else the only "
          + "cmd/* main package).")
  Optional<String> mainPackage;

  @Option(names = "--variant", paramLabel = "slim|alpine|distroless",
      description = "Base image family (default: slim; for go slim is scratch).")
  Optional<String> variant;

  @Option(names = "--runtime-version", paramLabel = "V",
      description = "Language version over the detected one, such as node 22, python 3.12, go 1.22.5, java 21.")
  Optional<String> runtimeVersion;

  @Option(names = "--target", paramLabel = "VERSION|engine-20.10",
      description = "Builder the output must work with: engine-20.10 (Docker 20.10's built-in frontend: no # syntax= "
          + "line, no COPY --link) or a frontend version such as 1.4 (default: the newest known, named by a # syntax= line).")
  Optional<String> target;

  @Option(names = "--standards", paramLabel = "NAME",
      description = "Company standards to apply, such as acme: their hooks, transforms and policy (default: the "
          + "standards key of the nearest .dockerdsl.toml, else none).")
  Optional<String> standards = Optional.empty();

  @Option(names = "--standards-path", paramLabel = "JAR",
      description = "A jar providing company standards (META-INF/services/io.github.dockerdsl.presets."
          + "CompanyStandards); repeatable (default: the command's class path only).")
  List<Path> standardsPath = new ArrayList<>();

  @Option(names = "--dry-run", description = "Print the files instead of writing them.")
  boolean dryRun;

  @Option(names = "--force", description = "Overwrite files that dockerdsl did not generate.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      throw new CliException("'" + dir + "' is not a directory; pass the project directory");
    }
    InitFlags flags = new InitFlags(port == null ? OptionalInt.empty() : OptionalInt.of(port), healthPath,
        noHealthcheck, entry, module, mainPackage, variant.map(InitFlags.Variant::parse), runtimeVersion,
        target.map(InitFlags.Target::parse).orElse(InitFlags.Target.LATEST));
    if (standards.isEmpty() && !standardsPath.isEmpty()) {
      throw new CliException("--standards-path " + standardsPath.get(0) + " names a jar but not the standards to "
          + "apply; add --standards NAME");
    }
    // found before detection, so a misspelt name fails fast and lists the standards there are
    Optional<String> namedIn = Optional.empty();
    Optional<CompanyStandards> company = standards.map(
        name -> StandardsPath.find(name, standardsPath, "--standards " + name));
    if (company.isEmpty()) {
      // the standards lint applies (standards = "acme" in .dockerdsl.toml) are the ones init applies
      Optional<LintConfig> config = LintConfig.find(dir).map(LintConfig::load);
      if (config.isPresent() && config.get().standards().isPresent()) {
        String name = config.get().standards().get();
        List<Path> path = new ArrayList<>(config.get().standardsPath());
        company = Optional.of(StandardsPath.find(name, path, config.get().file() + ": standards = \"" + name + "\""));
        namedIn = Optional.of(", named in " + config.get().file());
      }
    }
    Detection detection;
    try {
      detection = detect(dir, flags);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage() + "; nothing was written", e);
    }
    PrintWriter report = dryRun ? err : out;
    for (String line : detection.evidence()) {
      report.println("detected " + line);
    }
    Preset preset = detection.preset();
    String source = "preset " + detection.kind();
    if (company.isPresent()) {
      CompanyStandards c = company.get();
      report.println("applying standards " + c.name() + " from " + StandardsPath.origin(c) + namedIn.orElse("") + ": "
          + c.summary());
      preset = preset.with(c.asCustomization());
      source += ", standards " + c.name();
    }
    WriteOptions options = WriteOptions.header(GeneratedFiles.MARKER + " init (" + source
        + "); re-run 'dockerdsl init' to update it.").withForce(force);
    Dockerfile dockerfile;
    DockerIgnore ignore;
    try {
      dockerfile = GeneratedFiles.withHeader(preset.toDockerfile(), options.header());
      ignore = GeneratedFiles.withHeader(preset.toDockerIgnore(), GeneratedFiles.MARKER + " init (" + source + ")");
    } catch (PolicyViolationException | IllegalArgumentException | IllegalStateException e) {
      // a company's transform (an image missing from its digest lock) or policy can refuse what detection chose
      throw new CliException(e.getMessage() + (company.isPresent() ? " (standards " + company.get().name() + ")" : "")
          + "; nothing was written", e);
    }
    if (dryRun) {
      out.print(dockerfile);
      out.println("# ---- .dockerignore ----");
      out.print(ignore);
      return Main.OK;
    }
    Path dockerfilePath = dir.resolve("Dockerfile");
    Path ignorePath = dir.resolve(".dockerignore");
    // both files are checked before either is written, so a refusal leaves the directory as it was
    for (Path p : List.of(dockerfilePath, ignorePath)) {
      if (!force && !GeneratedFiles.mayOverwrite(p)) {
        throw new CliException(p + " exists and was not generated by dockerdsl; "
            + "move it away or pass --force to overwrite it (nothing was written)");
      }
    }
    try {
      GeneratedFiles.write(dockerfilePath, dockerfile.toString(), options);
      GeneratedFiles.write(ignorePath, ignore.toString(), options);
    } catch (UncheckedIOException e) {
      throw new CliException(e.getMessage(), e);
    }
    out.println("wrote " + dockerfilePath);
    out.println("wrote " + ignorePath);
    return Main.OK;
  }

  /** One language: its name, the files that mark it, and its detector; listed in precedence order. */
  private record Language(String kind, List<String> markers, BiFunction<Path, InitFlags, Optional<Detection>> detector) {}

  /**
   * The languages in precedence order when several are present. Node comes last because a
   * package.json beside a backend build file usually builds front-end assets for that backend.
   */
  private static final List<Language> LANGUAGES = List.of(
      new Language("java", JavaDetector.MARKERS, JavaDetector::detect),
      new Language("go", List.of(GoDetector.MARKER), GoDetector::detect),
      new Language("python", PythonDetector.MARKERS, PythonDetector::detect),
      new Language("node", List.of("package.json"), NodeDetector::detect));

  private Detection detect(Path project, InitFlags flags) {
    List<Language> present = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (Language language : LANGUAGES) {
      List<String> files = language.markers().stream().filter(f -> Files.isRegularFile(project.resolve(f))).toList();
      if (!files.isEmpty()) {
        present.add(language);
        found.add(files.get(0));
      }
    }
    if (preset.isPresent()) {
      String wanted = preset.get();
      Language language = LANGUAGES.stream().filter(l -> l.kind().equals(wanted)).findFirst()
          .orElseThrow(() -> new CliException("preset '" + wanted + "' is unknown; use node, python, go or java"));
      refuseForeignFlags(flags, wanted);
      Detection detection = language.detector().apply(project, flags).orElseThrow(() -> new CliException(
          "preset '" + wanted + "' needs " + String.join(" or ", language.markers()) + " in " + project
          + "; nothing was written"));
      List<String> evidence = new ArrayList<>();
      evidence.add(wanted + ": --preset " + wanted + (present.size() > 1 || !present.contains(language)
          ? " overrides detection (found " + String.join(", ", found) + ")" : ""));
      evidence.addAll(detection.evidence());
      return new Detection(detection.kind(), detection.preset(), evidence);
    }
    if (present.isEmpty()) {
      throw new CliException("no project detected in " + project
          + "; looked for package.json (node), pyproject.toml/requirements.txt (python), go.mod (go), "
          + "pom.xml/build.gradle(.kts) (java); pass --preset to choose");
    }
    Language winner = present.get(0);
    refuseForeignFlags(flags, winner.kind());
    Detection detection = winner.detector().apply(project, flags).orElseThrow();
    if (present.size() == 1) {
      return detection;
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(winner.kind() + ": " + found.get(0) + " wins over " + String.join(", ", found.subList(1, found.size()))
        + " (precedence java, go, python, node; a package.json beside a backend usually builds its front end); "
        + "pass --preset to choose");
    evidence.addAll(detection.evidence());
    return new Detection(detection.kind(), detection.preset(), evidence);
  }

  /** Refuses the language-specific flags that the chosen language has no use for. */
  private static void refuseForeignFlags(InitFlags flags, String kind) {
    flags.refuse(kind, "--entry", flags.entry().isPresent() && !kind.equals("node") && !kind.equals("java"),
        "node and java");
    flags.refuse(kind, "--main-package", flags.mainPackage().isPresent() && !kind.equals("go"), "go");
    flags.refuse(kind, "--module", flags.module().isPresent() && kind.equals("go"), "python, node workspaces and java");
  }
}
