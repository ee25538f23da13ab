package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.List;

/**
 * DF028: a FROM that only works when the build passes {@code --build-arg}: with the ARG defaults (an ARG
 * without one is empty) the image name is empty or invalid, so a plain {@code docker build} fails.
 */
public final class InvalidDefaultArgInFrom extends BaseRule {
  /** Creates the rule; use {@code Rules.INVALID_DEFAULT_ARG_IN_FROM}. */
  public InvalidDefaultArgInFrom() {
    super("DF028", "InvalidDefaultArgInFrom", Severity.WARNING,
        "FROM gives a valid image name with the default values of its build args",
        seeAlso(List.of(), List.of("InvalidDefaultArgInFrom"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      if (stages.get(s).base() instanceof ImageRef image && Variables.mayHoldVariable(image) && image.hasVariables()) {
        String expanded = withDefaults(context.dockerfile(), image.toString());
        if (!valid(expanded)) {
          List<String> empty = emptyArgs(context.dockerfile(), image.toString());
          sink.report(s, -1, message(image, expanded, empty), fix(empty));
        }
      }
    }
  }

  private static boolean valid(String text) {
    try {
      ImageRef.parse(text);
      return !text.isBlank();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // compiled once: String.replaceAll compiles its regex on every call

  /**
   * Where {@code $name} starts at or after {@code from} with no name character after it (the regex
   * {@code \\$name(?![A-Za-z0-9_])}, which would be compiled for every ARG), or -1.
   */
  private static int bareAt(String text, String name, int from) {
    String reference = "$" + name;
    for (int at = text.indexOf(reference, from); at >= 0; at = text.indexOf(reference, at + 1)) {
      int end = at + reference.length();
      if (end >= text.length() || !Ascii.isNameChar(text.charAt(end))) {
        return at;
      }
    }
    return -1;
  }

  /** The text with every bare {@code $name} replaced by {@code value}. */
  private static String replaceBare(String text, String name, String value) {
    int at = bareAt(text, name, 0);
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (; at >= 0; at = bareAt(text, name, last)) {
      out.append(text, last, at).append(value);
      last = at + 1 + name.length();
    }
    return out.append(text, last, text.length()).toString();
  }

  /** The text with each global ARG replaced by its default, or by nothing when it has none (as BuildKit does). */
  static String withDefaults(Dockerfile dockerfile, String text) {
    String out = text;
    for (Arg arg : dockerfile.globalArgs()) {
      String value = arg.defaultValue().orElse("");
      out = replaceBare(out.replace("${" + arg.name() + "}", value), arg.name(), value);
    }
    // ${NAME:-default} of an unset or empty ARG takes the default; other references are empty
    return withoutReferences(withDefaultsTaken(out));
  }

  // The two passes by hand, not by regexes: a FROM line with a global ARG is common, and a pattern would
  // make its lint set up the JDK's method handles (docs/performance.md, sixth round;
  // InvalidDefaultArgInFromScannerTest compares them with the regexes they replace).

  /** Each <code>${NAME:-default}</code> or <code>${NAME-default}</code> as its default, {@code \$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}}. */
  static String withDefaultsTaken(String text) {
    StringBuilder out = null;
    int last = 0;
    for (int at = text.indexOf("${"); at >= 0; at = text.indexOf("${", at + 1)) {
      int i = at + 2;
      if (i >= text.length() || !Ascii.isNameStart(text.charAt(i))) {
        continue;
      }
      while (i < text.length() && Ascii.isNameChar(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == ':') {
        i++;
      }
      int close = i < text.length() && text.charAt(i) == '-' ? text.indexOf('}', i + 1) : -1;
      if (close < 0) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, last, at).append(text, i + 1, close);
      last = close + 1;
      at = close;
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /** The text without any reference, {@code \$\{[^}]*}|\$[A-Za-z_][A-Za-z0-9_]*}, as BuildKit expands an unset one. */
  static String withoutReferences(String text) {
    StringBuilder out = null;
    int last = 0;
    for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
      int end = -1;
      if (at + 1 < text.length() && text.charAt(at + 1) == '{') {
        int close = text.indexOf('}', at + 2);
        end = close < 0 ? -1 : close + 1;
      } else if (at + 1 < text.length() && Ascii.isNameStart(text.charAt(at + 1))) {
        end = at + 2;
        while (end < text.length() && Ascii.isNameChar(text.charAt(end))) {
          end++;
        }
      }
      if (end < 0) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, last, at);
      last = end;
      at = end - 1;
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  private static List<String> emptyArgs(Dockerfile dockerfile, String text) {
    List<String> out = new ArrayList<>();
    for (Arg arg : dockerfile.globalArgs()) {
      if (arg.defaultValue().orElse("").isEmpty()
          && (text.contains("${" + arg.name()) || bareAt(text, arg.name(), 0) >= 0)) {
        out.add(arg.name());
      }
    }
    return out;
  }

  static String message(ImageRef image, String expanded, List<String> empty) {
    String args = empty.isEmpty() ? "its build args" : "ARG " + String.join(", ", empty);
    return "FROM " + image + " gives '" + expanded + "' with the default of " + args + ", which is no image name, so "
        + "the build fails unless --build-arg is passed";
  }

  static String fix(List<String> empty) {
    return empty.isEmpty() ? "give the build args defaults that make a valid image name"
        : "give ARG " + empty.get(0) + " a default, e.g. ARG " + empty.get(0) + "=<version>";
  }
}
