package io.github.dockerdsl.cli;

import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.lint.LintResult;
import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.lint.SarifReport;
import io.github.dockerdsl.lint.TextReport;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.rule.Policy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code dockerdsl lint FILE...|- [--format text|json|sarif] [--config FILE] [--rules-jar JAR]
 * [--standards NAME [--standards-path JAR]]}: the
 * policy's rules over existing Dockerfiles, as compiler-style text, JSON (docs/lint-json-schema.md) or
 * SARIF 2.1.0 for code scanning. Which policy lints which file is
 * {@link LintPolicies}' job; SARIF is {@link SarifReport}, shared with the Maven plugin.
 *
 * <p>Its picocli model is built in code ({@link #spec}), not read from annotations: picocli reads
 * annotations through reflection and dynamic proxies, which no startup archive holds, and that was
 * the largest part of a one-file run's set-up (docs/performance.md). The usage text is the same.
 * A run given only file names and at most a {@code --format} ({@link #filesOnly}) skips picocli
 * altogether: its set-up (built-in converters, help model, parser) was most of what a one-file run
 * spent before reading the file, and a tenth of a JSON or SARIF run over 1,000 files.
 */
final class LintCommand implements Callable<Integer> {
  /** The version the JSON report names, the same as the SARIF report's. */
  static final String TOOL_VERSION = SarifReport.TOOL_VERSION;

  enum Format { text, json, sarif }

  /** {@code --format}'s default, which the model declares and a run without options takes. */
  static final Format DEFAULT_FORMAT = Format.text;

  /** The model this command runs under; its options hold the parsed values; null for {@link #filesOnly}. */
  private final CommandSpec spec;

  private final Main main;
  private PrintWriter out;
  private PrintWriter err;

  List<Path> files;
  Path config;
  List<Path> rulesJars = new ArrayList<>();
  Optional<String> standards = Optional.empty();
  List<Path> standardsPath = new ArrayList<>();
  Format format;
  boolean showSuppressed;

  private LintCommand(Main main) {
    this.main = main;
    this.spec = CommandSpec.wrapWithoutInspection(this);
  }

  /** A run that picocli does not parse: the given files and format, every other option at its default. */
  private LintCommand(Main main, List<Path> files, Format format, PrintWriter out, PrintWriter err) {
    this.main = main;
    this.spec = null;
    this.files = files;
    this.format = format;
    this.out = out;
    this.err = err;
  }

  /**
   * {@code lint FILE...} with nothing but file names and at most one {@code --format NAME} or
   * {@code --format=NAME}, as the command that picocli would have parsed from {@code args}, or empty
   * when picocli must parse them. Only where that is certain: each name is non-empty, is {@code -} or
   * starts with neither {@code -} (an option, {@code --}) nor {@code @} (picocli reads arguments from
   * {@code @FILE}), and is a valid path; the format is spelt exactly as one of {@link Format}'s names;
   * and no {@code picocli.*} system property changes how picocli reads arguments. Every other option
   * then has the model's default ({@link #spec}), which {@code LintFilesOnlyTest} checks against
   * picocli's parse of the same arguments.
   */
  static Optional<LintCommand> filesOnly(Main main, PrintWriter out, PrintWriter err, String... args) {
    if (args.length < 2 || !args[0].equals("lint")) {
      return Optional.empty();
    }
    for (Object key : System.getProperties().keySet()) {
      if (key instanceof String name && name.startsWith("picocli.")) {
        return Optional.empty();
      }
    }
    List<Path> files = new ArrayList<>(args.length - 1);
    Format format = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--format")) {
        // picocli's errors (no value, a wrong one, the option twice) are picocli's to report
        String name = a.equals("--format") && i + 1 < args.length ? args[++i]
            : a.startsWith("--format=") ? a.substring("--format=".length()) : null;
        Format named = formatNamed(name);
        if (named == null || format != null) {
          return Optional.empty();
        }
        format = named;
        continue;
      }
      if (a.isEmpty() || a.startsWith("@") || a.startsWith("-") && !a.equals(STDIN)) {
        return Optional.empty();
      }
      try {
        files.add(Path.of(a));
      } catch (java.nio.file.InvalidPathException e) {
        return Optional.empty(); // picocli reports it as a usage error
      }
    }
    if (files.isEmpty()) {
      return Optional.empty(); // picocli says FILE is missing
    }
    return Optional.of(new LintCommand(main, files, format == null ? DEFAULT_FORMAT : format, out, err));
  }

  /** The format spelt exactly {@code name}, or null; a loop, as {@code valueOf} throws for the others. */
  private static Format formatNamed(String name) {
    for (Format format : Format.values()) {
      if (format.name().equals(name)) {
        return format;
      }
    }
    return null;
  }

  /**
   * Runs a {@link #filesOnly} command as picocli's {@code execute} would under {@link Main}'s handlers:
   * its exit code, or an exception's message on stderr and exit 2.
   */
  int execute() {
    try {
      return call();
    } catch (Exception e) {
      err.println("dockerdsl: " + e.getMessage());
      return Main.USAGE;
    }
  }

  /** The values a run takes, picocli's or {@link #filesOnly}'s, for the test that they agree. */
  record Values(List<Path> files, Path config, List<Path> rulesJars, Optional<String> standards,
      List<Path> standardsPath, Format format, boolean showSuppressed) {}

  /** This run's values: picocli's parse when it parsed them, else those {@link #filesOnly} set. */
  Values values() {
    if (spec != null) {
      readOptions();
    }
    return new Values(files, config, rulesJars, standards, standardsPath, format, showSuppressed);
  }

  /**
   * The {@code lint} command's model for picocli, built in code with exactly what the annotations
   * said before (names, labels, arity, descriptions, order), so that usage and errors read the same.
   */
  static CommandSpec spec(Main main) {
    CommandSpec spec = new LintCommand(main).spec;
    spec.name("lint");
    spec.usageMessage().description("Checks Dockerfiles against the rules. Exit 0: no errors; 1: error findings; "
        + "2: usage, input or syntax errors.");
    spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("FILE")
        .type(List.class).auxiliaryTypes(Path.class)
        .description("Dockerfiles to check; - reads standard input.").build());
    spec.addOption(OptionSpec.builder("--config").paramLabel("FILE").type(Path.class)
        .description("The configuration file (default: the .dockerdsl.toml nearest each linted file).").build());
    spec.addOption(OptionSpec.builder("--rules-jar").paramLabel("JAR").type(List.class).auxiliaryTypes(Path.class)
        .description("A jar of company rules (META-INF/services/io.github.dockerdsl.rule.Rule); repeatable.")
        .build());
    spec.addOption(OptionSpec.builder("--standards").paramLabel("NAME").type(String.class)
        .description("Company standards whose policy and rules lint the files, such as acme (default: the "
            + "configuration's standards key, else the strict policy).").build());
    spec.addOption(OptionSpec.builder("--standards-path").paramLabel("JAR").type(List.class)
        .auxiliaryTypes(Path.class)
        .description("A jar providing company standards (META-INF/services/io.github.dockerdsl.presets."
            + "CompanyStandards); repeatable.").build());
    spec.addOption(OptionSpec.builder("--format").paramLabel("<format>").type(Format.class)
        .defaultValue(DEFAULT_FORMAT.name())
        .description("text, json or sarif (default: text).").build());
    spec.addOption(OptionSpec.builder("--show-suppressed").type(boolean.class).arity("0")
        .description("Also list waived findings in the text report.").build());
    Main.standardHelpOptions(spec);
    return spec;
  }

  /** Copies the parsed values out of the model, as picocli did into annotated fields. */
  private void readOptions() {
    files = spec.positionalParameters().get(0).getValue();
    config = spec.findOption("--config").getValue();
    rulesJars = orEmpty(spec.findOption("--rules-jar").getValue());
    standards = Optional.ofNullable(spec.findOption("--standards").getValue());
    standardsPath = orEmpty(spec.findOption("--standards-path").getValue());
    format = spec.findOption("--format").getValue();
    Boolean suppressed = spec.findOption("--show-suppressed").getValue();
    showSuppressed = suppressed != null && suppressed;
  }

  private static List<Path> orEmpty(List<Path> paths) {
    return paths == null ? new ArrayList<>() : paths;
  }

  @Override
  public Integer call() throws IOException {
    if (spec != null) {
      readOptions();
      out = spec.commandLine().getOut();
      err = spec.commandLine().getErr();
    }
    LintPolicies policies;
    try {
      policies = new LintPolicies(Optional.ofNullable(config), rulesJars, standards, standardsPath);
    } catch (CliException e) {
      err.println("dockerdsl: " + e.getMessage());
      return Main.USAGE;
    }
    Policy policy = null;
    List<LintResult> results = new ArrayList<>();
    boolean inputError = false;
    List<Job> jobs = new ArrayList<>();
    for (Path file : files) {
      String shown = file.toString();
      boolean stdin = shown.equals(STDIN);
      Optional<LintConfig> settings;
      Policy filePolicy;
      try {
        settings = policies.configFor(stdin ? Path.of("") : parentOf(file));
        filePolicy = policies.policy(settings);
      } catch (CliException e) {
        // a broken configuration or rules jar would judge every file wrongly: stop at once
        err.println("dockerdsl: " + e.getMessage());
        return Main.USAGE;
      }
      // no lambdas on a one-file run's path (LintPolicies#configFor says why)
      Optional<String> ignoredBy = stdin || settings.isEmpty() ? Optional.empty() : settings.get().ignoring(file);
      if (ignoredBy.isPresent()) {
        err.println("dockerdsl: " + shown + ": skipped, " + settings.get().file() + " ignores '" + ignoredBy.get()
            + "'");
        continue;
      }
      policy = policy == null ? filePolicy : policy;
      jobs.add(new Job(file, stdin, filePolicy));
    }
    // Files are independent: lint them on every core, then report in the order given.
    List<Outcome> outcomes = jobs.size() == 1 ? List.of(lint(jobs.get(0)))
        : jobs.parallelStream().map(this::lint).toList();
    for (Outcome outcome : outcomes) {
      if (outcome.result() != null) {
        results.add(outcome.result());
      } else {
        err.println(outcome.error());
        inputError = true;
      }
    }
    // JSON and SARIF describe one policy: the first file's (they differ only when files have different configs)
    policy = policy == null ? Policy.strict() : policy;
    // Each report is written as it goes (no whole-report string or tree); Jackson loads only for JSON.
    switch (format) {
      case text -> TextReport.write(results, showSuppressed, out);
      case sarif -> {
        SarifReport.write(policy, results, out);
        out.println();
      }
      case json -> JsonReport.write(policy, results, out);
    }
    out.flush();
    if (inputError) {
      return Main.USAGE;
    }
    for (LintResult result : results) {
      if (result.hasErrors()) {
        return Main.FINDINGS;
      }
    }
    return Main.OK;
  }

  /** The file name that stands for standard input. */
  static final String STDIN = "-";

  private static Path parentOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("") : parent;
  }

  private String readStdin() {
    try {
      return new String(main.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("-: cannot read standard input: " + e.getMessage(), e);
    }
  }

  /** One file to lint, with the policy its configuration gives. */
  private record Job(Path file, boolean stdin, Policy policy) {}

  /** One file's result, or the one-line error that stopped it. */
  private record Outcome(LintResult result, String error) {}

  private Outcome lint(Job job) {
    Path file = job.file();
    String shown = file.toString();
    try {
      if (!job.stdin() && !Files.isRegularFile(file)) {
        throw new CliException(shown + ": no such file");
      }
      ParsedDockerfile parsed = job.stdin() ? DockerfileParser.parse(readStdin()) : DockerfileParser.parse(file);
      // the .dockerignore beside the Dockerfile, for DF011 CopyIgnoredFile, as BuildKit reads it
      Optional<DockerIgnore> dockerignore = job.stdin() ? Optional.empty() : dockerignoreBeside(file);
      LintResult result = dockerignore.isPresent() ? Linter.lint(parsed, job.policy(), dockerignore.get())
          : Linter.lint(parsed, job.policy());
      return new Outcome(result.withPath(shown), null);
    } catch (DockerfileSyntaxException e) {
      return new Outcome(null, "dockerdsl: " + shown + ":" + e.line() + ":" + e.column() + ": " + e.problem());
    } catch (UncheckedIOException | CliException e) {
      return new Outcome(null, "dockerdsl: " + e.getMessage());
    } catch (RuntimeException e) {
      // a fault of ours on one file (a rule or the writer refusing what the parser accepted) is that
      // file's error: the other files are still linted and reported, and the run exits 2
      return new Outcome(null, "dockerdsl: " + shown + ": internal error, please report it: " + e);
    }
  }

  private static Optional<DockerIgnore> dockerignoreBeside(Path file) {
    try {
      return Linter.dockerignoreBeside(file);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }
}
