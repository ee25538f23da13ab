package io.github.dockerdsl.lint;

import io.github.dockerdsl.internal.JsonWriter;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
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
    StringBuilder out = new StringBuilder();
    write(policy, results, out);
    return out.toString();
  }

  /**
   * As {@link #render}, written to {@code out} as it goes, so a report of thousands of findings is
   * never held whole in memory; I/O errors surface as {@link java.io.UncheckedIOException}.
   */
  public static void write(Policy policy, List<LintResult> results, Appendable out) {
    Objects.requireNonNull(policy, "policy == null");
    Objects.requireNonNull(results, "results == null");
    Objects.requireNonNull(out, "out == null");
    JsonWriter json = new JsonWriter(out);
    json.beginObject()
        .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .field("version", "2.1.0")
        .name("runs").beginArray().beginObject()
        .name("tool").beginObject().name("driver").beginObject()
        .field("name", "dockerdsl")
        .field("informationUri", PROJECT_URI)
        .field("version", TOOL_VERSION)
        .name("rules").beginArray();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (Rule rule : policy.rules()) {
      ruleIndex.put(rule.id().code(), ruleIndex.size());
      rule(json, rule, policy.severity(rule));
    }
    json.endArray().endObject().endObject()
        .name("results").beginArray();
    for (LintResult r : results) {
      String uri = uri(r.path());
      for (Finding f : r.findings()) {
        result(json, uri, f, ruleIndex.get(f.rule().code()));
      }
    }
    json.endArray().endObject().endArray().endObject().finish();
  }

  private static void result(JsonWriter json, String uri, Finding f, Integer index) {
    json.beginObject().field("ruleId", f.rule().code());
    if (index != null) {
      json.field("ruleIndex", index);
    }
    json.field("level", level(f.severity()))
        .name("message").beginObject().field("text", f.message() + "; fix: " + f.fix()).endObject()
        .name("locations").beginArray().beginObject().name("physicalLocation").beginObject()
        .name("artifactLocation").beginObject().field("uri", uri).endObject()
        .name("region").beginObject()
        .field("startLine", f.line()).field("startColumn", f.column()).field("endLine", f.endLine())
        .endObject().endObject().endObject().endArray();
    if (f.waiver().isPresent()) {
      Waiver w = f.waiver().get();
      json.name("suppressions").beginArray().beginObject()
          .field("kind", "inSource")
          .field("justification", w.reason().orElse("waived by " + w.comment()))
          .endObject().endArray();
    }
    json.endObject();
  }

  private static void rule(JsonWriter json, Rule rule, Severity severity) {
    // a rule without a page gets no help link: pointing a company rule at our docs/rules/ would be a dead link
    String help = rule.documentation().map(doc -> doc.isAbsolute() ? doc.toString() : PROJECT_URI + "/blob/main/" + doc)
        .orElse(null);
    List<String> siblings = rule.seeAlso().all();
    String full = rule.summary() + "." + (siblings.isEmpty() ? "" : " Same check as " + String.join(", ", siblings) + ".");
    json.beginObject()
        .field("id", rule.id().code())
        .field("name", rule.id().name())
        .name("shortDescription").beginObject().field("text", rule.summary()).endObject()
        .name("fullDescription").beginObject().field("text", full).endObject()
        .name("help").beginObject();
    if (help != null) {
      json.field("text", full + " Examples and how to suppress it: " + help)
          .field("markdown", full + " [Examples and how to suppress it](" + help + ").")
          .endObject()
          .field("helpUri", help);
    } else {
      json.field("text", full).field("markdown", full).endObject();
    }
    json.name("defaultConfiguration").beginObject().field("level", level(severity)).endObject()
        .name("properties").beginObject().name("tags").beginArray().value("dockerfile");
    for (String sibling : siblings) {
      json.value(sibling);
    }
    json.endArray().endObject().endObject();
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
