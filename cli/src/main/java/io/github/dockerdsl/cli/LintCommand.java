package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.lint.Finding;
import io.github.dockerdsl.lint.LintResult;
import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.lint.SarifReport;
import io.github.dockerdsl.lint.TextReport;
import io.github.dockerdsl.lint.Waiver;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.parse.SuppressionComment;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dockerdsl lint FILE...|- [--format text|json|sarif] [--config FILE] [--rules-jar JAR]
 * [--standards NAME [--standards-path JAR]]}: the
 * policy's rules over existing Dockerfiles, as compiler-style text, JSON (docs/lint-json-schema.md) or
 * SARIF 2.1.0 for code scanning. Which policy lints which file is
 * {@link LintPolicies}' job; SARIF is {@link SarifReport}, shared with the Maven plugin.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Checks Dockerfiles against the rules. Exit 0: no errors; 1: error findings; 2: usage, "
        + "input or syntax errors.")
final class LintCommand implements Callable<Integer> {
  /** The version of the JSON report's schema (docs/lint-json-schema.md). */
  static final int JSON_VERSION = 1;
  /** The version the JSON report names, the same as the SARIF report's. */
  static final String TOOL_VERSION = SarifReport.TOOL_VERSION;

  enum Format { text, json, sarif }

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles to check; - reads standard input.")
  List<Path> files;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration file (default: the .dockerdsl.toml nearest each linted file).")
  Path config;

  @Option(names = "--rules-jar", paramLabel = "JAR",
      description = "A jar of company rules (META-INF/services/io.github.dockerdsl.rule.Rule); repeatable.")
  List<Path> rulesJars = new ArrayList<>();

  @Option(names = "--standards", paramLabel = "NAME",
      description = "Company standards whose policy and rules lint the files, such as acme (default: the "
          + "configuration's standards key, else the strict policy).")
  Optional<String> standards = Optional.empty();

  @Option(names = "--standards-path", paramLabel = "JAR",
      description = "A jar providing company standards (META-INF/services/io.github.dockerdsl.presets."
          + "CompanyStandards); repeatable.")
  List<Path> standardsPath = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--show-suppressed", description = "Also list waived findings in the text report.")
  boolean showSuppressed;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
      Optional<String> ignoredBy = stdin ? Optional.empty() : settings.flatMap(c -> c.ignoring(file));
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
    if (format == Format.text) {
      out.print(TextReport.render(results, showSuppressed));
    } else if (format == Format.sarif) {
      out.println(SarifReport.render(policy, results));
    } else {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(mapper.writeValueAsString(json(mapper, policy, results)));
    }
    out.flush();
    if (inputError) {
      return Main.USAGE;
    }
    return results.stream().anyMatch(LintResult::hasErrors) ? Main.FINDINGS : Main.OK;
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
    }
  }

  // ---------------------------------------------------------------- JSON, docs/lint-json-schema.md

  static ObjectNode json(ObjectMapper mapper, Policy policy, List<LintResult> results) {
    ObjectNode root = mapper.createObjectNode();
    root.put("version", JSON_VERSION);
    root.putObject("tool").put("name", "dockerdsl").put("version", TOOL_VERSION);
    root.put("policy", policy.name());
    ArrayNode files = root.putArray("files");
    long[] totals = new long[4];
    for (LintResult r : results) {
      ObjectNode file = files.addObject();
      file.put("path", r.path());
      ArrayNode findings = file.putArray("findings");
      for (Finding f : r.findings()) {
        ObjectNode n = findings.addObject();
        n.put("ruleId", f.rule().code());
        n.put("ruleName", f.rule().name());
        n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        n.put("line", f.line());
        n.put("column", f.column());
        n.put("endLine", f.endLine());
        n.put("stage", f.stageIndex());
        n.put("instruction", f.instructionIndex());
        n.put("keyword", f.keyword());
        n.put("message", f.message());
        n.put("fix", f.fix());
        n.put("docs", docs(policy, f.rule()));
        n.put("suppressed", f.isSuppressed());
        if (f.waiver().isPresent()) {
          Waiver w = f.waiver().get();
          ObjectNode s = n.putObject("suppression");
          s.put("syntax", syntax(w.syntax()));
          s.put("id", w.id());
          if (w.reason().isPresent()) {
            s.put("reason", w.reason().get());
          } else {
            s.putNull("reason");
          }
          s.put("scope", w.scope().name().toLowerCase(Locale.ROOT));
          s.put("comment", w.comment());
        } else {
          n.putNull("suppression");
        }
      }
      totals[0] += r.count(Severity.ERROR);
      totals[1] += r.count(Severity.WARNING);
      totals[2] += r.count(Severity.INFO);
      totals[3] += r.suppressed().size();
    }
    root.putObject("summary").put("files", results.size()).put("errors", totals[0]).put("warnings", totals[1])
        .put("info", totals[2]).put("suppressed", totals[3]);
    return root;
  }

  private static String syntax(SuppressionComment.Syntax syntax) {
    switch (syntax) {
      case HADOLINT: return "hadolint";
      case BUILDKIT_CHECK: return "buildkit";
      default: return "dockerdsl";
    }
  }

  private static Optional<DockerIgnore> dockerignoreBeside(Path file) {
    try {
      return Linter.dockerignoreBeside(file);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  private static String docs(Policy policy, RuleId id) {
    return policy.rule(id).flatMap(Rule::documentation).map(Object::toString).orElse(null);
  }
}
