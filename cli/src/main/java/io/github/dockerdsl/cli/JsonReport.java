package io.github.dockerdsl.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.dockerdsl.lint.Finding;
import io.github.dockerdsl.lint.LintResult;
import io.github.dockerdsl.lint.Waiver;
import io.github.dockerdsl.parse.SuppressionComment;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code lint --format json} (docs/lint-json-schema.md), streamed with Jackson's {@link JsonGenerator}:
 * findings go to the output as they are read, with no tree of the whole report. A class of its own so
 * the text report never loads a Jackson class.
 */
final class JsonReport {
  /** The version of the report's schema (docs/lint-json-schema.md). */
  static final int VERSION = 1;

  private JsonReport() {}

  /** Writes the report of {@code results} checked against {@code policy} to {@code out}, then a newline. */
  static void write(Policy policy, List<LintResult> results, Writer out) throws IOException {
    JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", "dockerdsl");
      json.writeStringField("version", LintCommand.TOOL_VERSION);
      json.writeEndObject();
      json.writeStringField("policy", policy.name());
      json.writeArrayFieldStart("files");
      long errors = 0;
      long warnings = 0;
      long infos = 0;
      long suppressed = 0;
      for (LintResult r : results) {
        json.writeStartObject();
        json.writeStringField("path", r.path());
        json.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
          finding(json, policy, f);
        }
        json.writeEndArray();
        json.writeEndObject();
        errors += r.count(Severity.ERROR);
        warnings += r.count(Severity.WARNING);
        infos += r.count(Severity.INFO);
        suppressed += r.suppressed().size();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("files", results.size());
      json.writeNumberField("errors", errors);
      json.writeNumberField("warnings", warnings);
      json.writeNumberField("info", infos);
      json.writeNumberField("suppressed", suppressed);
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void finding(JsonGenerator json, Policy policy, Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.rule().code());
    json.writeStringField("ruleName", f.rule().name());
    json.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
    json.writeNumberField("line", f.line());
    json.writeNumberField("column", f.column());
    json.writeNumberField("endLine", f.endLine());
    json.writeNumberField("stage", f.stageIndex());
    json.writeNumberField("instruction", f.instructionIndex());
    json.writeStringField("keyword", f.keyword());
    json.writeStringField("message", f.message());
    json.writeStringField("fix", f.fix());
    json.writeStringField("docs", docs(policy, f.rule()));
    json.writeBooleanField("suppressed", f.isSuppressed());
    if (f.waiver().isPresent()) {
      Waiver w = f.waiver().get();
      json.writeObjectFieldStart("suppression");
      json.writeStringField("syntax", syntax(w.syntax()));
      json.writeStringField("id", w.id());
      json.writeStringField("reason", w.reason().orElse(null));
      json.writeStringField("scope", w.scope().name().toLowerCase(Locale.ROOT));
      json.writeStringField("comment", w.comment());
      json.writeEndObject();
    } else {
      json.writeNullField("suppression");
    }
    json.writeEndObject();
  }

  private static String syntax(SuppressionComment.Syntax syntax) {
    return switch (syntax) {
      case HADOLINT -> "hadolint";
      case BUILDKIT_CHECK -> "buildkit";
      default -> "dockerdsl";
    };
  }

  private static String docs(Policy policy, RuleId id) {
    return policy.rule(id).flatMap(Rule::documentation).map(Object::toString).orElse(null);
  }
}
