package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.SourceFlag;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;

/**
 * DF055: arguments that look like a JSON array but are not one ({@code CMD ['nginx']}, single quotes)
 * silently become a shell command that runs the text in brackets. The writer escapes JSON itself;
 * parsed files can hold the mistake.
 */
public final class InvalidJsonArray extends BaseRule {
  /** Creates the rule; use {@code Rules.INVALID_JSON_ARRAY}. */
  public InvalidJsonArray() {
    super("DF055", "InvalidJsonArray", Severity.ERROR,
        "Arguments that start with '[' are a valid JSON array of double-quoted strings",
        seeAlso(List.of("DL3025"), List.of("JSONArgsRecommended"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.source().isEmpty()) {
      return;
    }
    SourceWalk.Walk walk = SourceWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      InstructionSource source = walk.source(k);
      if (source.has(SourceFlag.INVALID_JSON_ARRAY) && s >= 0 && i >= 0
          && looksLikeJson(context.stages().get(s).instructions().get(i).toString())) {
        String keyword = source.triggerKeyword().orElse(source.keyword());
        sink.report(s, i, message(keyword), FIX);
      }
    }
  }

  /**
   * True when the first {@code [} starting a word is followed by something other than a space or a
   * second {@code [}: {@code ['a']} and {@code [nginx]} are failed JSON, while {@code [ -f x ]} and
   * {@code [[ -f x ]]} are the shell's test command, which BuildKit rightly runs as shell form.
   */
  static boolean looksLikeJson(String text) {
    for (int i = 1; i < text.length() - 1; i++) {
      if (text.charAt(i) == '[' && Character.isWhitespace(text.charAt(i - 1))) {
        char next = text.charAt(i + 1);
        return !Character.isWhitespace(next) && next != '[';
      }
    }
    return false;
  }

  /** The message: the keyword whose arguments fell back to shell form. */
  static String message(String keyword) {
    return keyword.toUpperCase(Locale.ROOT) + " arguments start with '[' but are not a JSON array of strings, "
        + "so they run as a shell command, brackets and all";
  }

  private static final String FIX = "write a JSON array with double-quoted strings, e.g. [\"nginx\", \"-g\", "
      + "\"daemon off;\"], escaping \\ and \" inside them";
}
