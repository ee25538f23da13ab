package io.github.dockerdsl.lint;

import io.github.dockerdsl.internal.Json;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lint results as SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure DevOps) read;
 * in {@code dsl} so the CLI and the Maven plugin write the same report without a JSON library.
 */
public final class SarifReport {
  /** Where the project lives; rule pages are under {@code docs/rules} there. */
  public static final String PROJECT_URI = "https://github.com/dockerdsl/dockerdsl";
  /** The tool version the report names. */
  public static final String TOOL_VERSION = "0.1.0-SNAPSHOT";

  private SarifReport() {}

  /**
   * The report for {@code results} checked against {@code policy}: every rule of the policy, then one
   * result per finding (waived ones carry an in-source suppression); no trailing newline.
   */
  public static String render(Policy policy, List<LintResult> results) {
    Objects.requireNonNull(policy, "policy == null");
    Objects.requireNonNull(results, "results == null");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "dockerdsl");
    driver.put("informationUri", PROJECT_URI);
    driver.put("version", TOOL_VERSION);
    List<Object> rules = new ArrayList<>();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Rule rule : policy.rules()) {
      ruleIndex.put(rule.id().code(), ruleIndex.size());
      rules.add(rule(rule, policy.severity(rule)));
    }
    driver.put("rules", rules);
    List<Object> out = new ArrayList<>();
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        out.add(result(r.path(), f, ruleIndex.get(f.rule().code())));
      }
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", out);
    root.put("runs", List.of(run));
    return Json.print(root);
  }

  private static Map<String, Object> result(String path, Finding f, Integer index) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("ruleId", f.rule().code());
    if (index != null) {
      n.put("ruleIndex", index);
    }
    n.put("level", level(f.severity()));
    n.put("message", Map.of("text", f.message() + "; fix: " + f.fix()));
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", f.line());
    region.put("startColumn", f.column());
    region.put("endLine", f.endLine());
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri(path)));
    physical.put("region", region);
    n.put("locations", List.of(Map.of("physicalLocation", physical)));
    f.waiver().ifPresent(w -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("kind", "inSource");
      s.put("justification", w.reason().orElse("waived by " + w.comment()));
      n.put("suppressions", List.of(s));
    });
    return n;
  }

  private static Map<String, Object> rule(Rule rule, Severity severity) {
    // a rule without a page gets no help link: pointing a company rule at our docs/rules/ would be a dead link
    String help = rule.documentation().map(doc -> doc.isAbsolute() ? doc.toString() : PROJECT_URI + "/blob/main/" + doc)
        .orElse(null);
    List<String> siblings = rule.seeAlso().all();
    String full = rule.summary() + "." + (siblings.isEmpty() ? "" : " Same check as " + String.join(", ", siblings) + ".");
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", rule.id().code());
    n.put("name", rule.id().name());
    n.put("shortDescription", Map.of("text", rule.summary()));
    n.put("fullDescription", Map.of("text", full));
    Map<String, Object> helpText = new LinkedHashMap<>();
    if (help != null) {
      helpText.put("text", full + " Examples and how to suppress it: " + help);
      helpText.put("markdown", full + " [Examples and how to suppress it](" + help + ").");
      n.put("help", helpText);
      n.put("helpUri", help);
    } else {
      helpText.put("text", full);
      helpText.put("markdown", full);
      n.put("help", helpText);
    }
    n.put("defaultConfiguration", Map.of("level", level(severity)));
    List<Object> tags = new ArrayList<>();
    tags.add("dockerfile");
    tags.addAll(siblings);
    n.put("properties", Map.of("tags", tags));
    return n;
  }

  /** SARIF's level for a severity: error, warning or note. */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "note";
    };
  }

  /** A relative path with forward slashes, or a file URI for an absolute path. */
  private static String uri(String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p.toUri().toString() : path.replace('\\', '/');
  }
}
