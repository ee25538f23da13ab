package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dockerdsl lint FILE... [--format text|json|sarif]}: the policy's rules over existing
 * Dockerfiles, as compiler-style text, JSON (docs/lint-json-schema.md) or SARIF 2.1.0 for code scanning
 * ({@link SarifReport}, shared with the Maven plugin).
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

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles to check.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--show-suppressed", description = "Also list waived findings in the text report.")
  boolean showSuppressed;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Policy policy = Policy.strict();
    List<LintResult> results = new ArrayList<>();
    boolean inputError = false;
    for (Path file : files) {
      String shown = file.toString();
      try {
        if (!Files.isRegularFile(file)) {
          throw new CliException(shown + ": no such file");
        }
        ParsedDockerfile parsed = DockerfileParser.parse(file);
        results.add(Linter.lint(parsed, policy).withPath(shown));
      } catch (DockerfileSyntaxException e) {
        err.println("dockerdsl: " + shown + ":" + e.line() + ":" + e.column() + ": " + e.problem());
        inputError = true;
      } catch (UncheckedIOException | CliException e) {
        err.println("dockerdsl: " + e.getMessage());
        inputError = true;
      }
    }
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

  private static String docs(Policy policy, RuleId id) {
    return policy.rule(id).map(r -> r.documentation().toString()).orElse("docs/rules/" + id.code() + ".md");
  }
}
