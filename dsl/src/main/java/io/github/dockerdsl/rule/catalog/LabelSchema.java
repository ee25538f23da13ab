package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DF071: a company policy that the image carries the labels its tooling reads (owner, source, version),
 * each in the right format. Off until configured: {@code Policy.strict().withRule(LabelSchema.of(Map.of(
 * "org.opencontainers.image.source", LabelSchema.Type.URL)))}; {@link #strict()} also refuses labels the
 * schema does not name. The final stage is checked, with the labels of the stages it builds FROM.
 */
public final class LabelSchema extends BaseRule {
  private static final Pattern SEMVER = Pattern.compile(
      "v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
  private static final Pattern GIT_HASH = Pattern.compile("[0-9a-f]{7,40}|[0-9a-f]{64}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
  private static final Pattern SPDX = Pattern.compile(
      "\\(*[A-Za-z0-9.+-]+\\)*(\\s+(AND|OR|WITH)\\s+\\(*[A-Za-z0-9.+-]+\\)*)*");

  /** What a label's value must look like. */
  public enum Type {
    /** Any value that is not empty (hadolint DL3051). */
    TEXT,
    /** An absolute URL such as {@code https://github.com/acme/app} (DL3052). */
    URL,
    /** An RFC 3339 date-time such as {@code 2024-05-01T12:00:00Z} (DL3053). */
    RFC3339,
    /** An SPDX license expression such as {@code Apache-2.0} or {@code MIT OR Apache-2.0} (DL3054). */
    SPDX,
    /** A git commit hash (DL3055). */
    GIT_HASH,
    /** A semantic version such as {@code 1.4.2} (DL3056). */
    SEMVER,
    /** An e-mail address (DL3058). */
    EMAIL
  }

  private final Map<String, Type> schema;
  private final boolean strict;

  private LabelSchema(Map<String, Type> schema, boolean strict) {
    super("DF071", "LabelSchema", Severity.WARNING,
        "The final image has every label the policy's schema requires, in its format (opt-in: configure the schema)",
        seeAlso(List.of("DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"),
            List.of(), List.of(), List.of()));
    this.schema = schema;
    this.strict = strict;
  }

  /** The rule requiring these labels with these formats; an empty schema requires nothing. */
  public static LabelSchema of(Map<String, Type> schema) {
    Checks.requireNonNull(schema, "schema");
    Map<String, Type> copy = new LinkedHashMap<>();
    schema.forEach((k, v) -> {
      Checks.checkArgument(k != null && !k.isBlank() && k.equals(k.strip()),
          "label name '%s' in the schema is blank or has surrounding whitespace; give the label key", k);
      copy.put(k, Checks.requireNonNull(v, "type of label " + k));
    });
    return new LabelSchema(Map.copyOf(copy), false);
  }

  /** A copy that also reports labels the schema does not name (hadolint's strict-labels, DL3050). */
  public LabelSchema strict() {
    return new LabelSchema(schema, true);
  }

  /** The labels required and their formats. */
  public Map<String, Type> schema() {
    return schema;
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (schema.isEmpty() || context.stages().isEmpty()) {
      return;
    }
    int last = context.stages().size() - 1;
    Stage runtime = context.stages().get(last);
    Map<String, String> seen = new LinkedHashMap<>();
    for (Stage ancestor : StageChains.ancestors(context, runtime)) {
      collect(ancestor, seen);
    }
    List<Instruction> instructions = runtime.instructions();
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i) instanceof Label label) {
        for (KeyValue kv : label.entries()) {
          seen.put(kv.key(), kv.value());
          Type type = schema.get(kv.key());
          if (type == null && strict) {
            sink.report(last, i, "label '" + kv.key() + "' is not in the label schema, which is strict",
                "remove it, or add it to the schema");
          } else if (type != null && !kv.value().contains("$") && !valid(type, kv.value())) {
            sink.report(last, i, kv.value().isEmpty() ? "label '" + kv.key() + "' is empty"
                : "label '" + kv.key() + "' is '" + kv.value() + "', which is not " + describe(type),
                "give " + describe(type) + ", e.g. " + example(type));
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (String key : schema.keySet()) {
      if (!seen.containsKey(key)) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      sink.report(last, -1, "the final image has no label " + String.join(", ", missing.stream().sorted()
          .map(k -> "'" + k + "'").toList()) + ", which the label schema requires",
          "add .label(\"" + missing.stream().sorted().findFirst().orElseThrow() + "\", " + "\""
              + example(schema.get(missing.stream().sorted().findFirst().orElseThrow())) + "\")");
    }
  }

  private static void collect(Stage stage, Map<String, String> seen) {
    for (Instruction instruction : stage.instructions()) {
      if (instruction instanceof Label label) {
        label.entries().forEach(kv -> seen.put(kv.key(), kv.value()));
      }
    }
  }

  static boolean valid(Type type, String value) {
    if (value.isEmpty()) {
      return false;
    }
    return switch (type) {
      case TEXT -> true;
      case URL -> url(value);
      case RFC3339 -> rfc3339(value);
      case SPDX -> SPDX.matcher(value).matches();
      case GIT_HASH -> GIT_HASH.matcher(value).matches();
      case SEMVER -> SEMVER.matcher(value).matches();
      case EMAIL -> EMAIL.matcher(value).matches();
    };
  }

  private static boolean url(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute() && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static boolean rfc3339(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static String describe(Type type) {
    return switch (type) {
      case TEXT -> "a non-empty value";
      case URL -> "an absolute URL";
      case RFC3339 -> "an RFC 3339 date-time";
      case SPDX -> "an SPDX license expression";
      case GIT_HASH -> "a git commit hash";
      case SEMVER -> "a semantic version";
      case EMAIL -> "an e-mail address";
    };
  }

  static String example(Type type) {
    return switch (type) {
      case TEXT -> "acme-payments";
      case URL -> "https://github.com/acme/app";
      case RFC3339 -> "2024-05-01T12:00:00Z";
      case SPDX -> "Apache-2.0";
      case GIT_HASH -> "3f2a9c1e";
      case SEMVER -> "1.4.2";
      case EMAIL -> "team@acme.com";
    };
  }
}
