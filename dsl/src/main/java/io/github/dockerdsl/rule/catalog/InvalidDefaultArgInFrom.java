package io.github.dockerdsl.rule.catalog;

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
      if (stages.get(s).base() instanceof ImageRef image && image.hasVariables()) {
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

  /** The text with each global ARG replaced by its default, or by nothing when it has none (as BuildKit does). */
  static String withDefaults(Dockerfile dockerfile, String text) {
    String out = text;
    for (Arg arg : dockerfile.globalArgs()) {
      String value = arg.defaultValue().orElse("");
      out = out.replace("${" + arg.name() + "}", value).replaceAll("\\$" + arg.name() + "(?![A-Za-z0-9_])",
          java.util.regex.Matcher.quoteReplacement(value));
    }
    // ${NAME:-default} of an unset or empty ARG takes the default; other references are empty
    out = out.replaceAll("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}", "$1")
        .replaceAll("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*", "");
    return out;
  }

  private static List<String> emptyArgs(Dockerfile dockerfile, String text) {
    List<String> out = new ArrayList<>();
    for (Arg arg : dockerfile.globalArgs()) {
      if (arg.defaultValue().orElse("").isEmpty()
          && (text.contains("${" + arg.name()) || text.matches(".*\\$" + arg.name() + "(?![A-Za-z0-9_]).*"))) {
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
