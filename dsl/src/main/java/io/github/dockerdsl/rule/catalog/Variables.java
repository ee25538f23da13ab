package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Arg;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Substitutes global ARG defaults into FROM lines, the way the builder does before pulling. */
final class Variables {
  private Variables() {}

  /**
   * False when no part of the reference holds a {@code $}, so it has no variable: a check on the parts,
   * as {@code ImageRef.toString()} and {@code hasVariables()} build its text (and match a regex) on every call.
   */
  static boolean mayHoldVariable(ImageRef image) {
    return image.repository().indexOf('$') >= 0 || image.registry().orElse("").indexOf('$') >= 0
        || image.tag().orElse("").indexOf('$') >= 0
        || image.digest().isPresent() && image.digest().get().toString().indexOf('$') >= 0;
  }

  /** The text with every global ARG replaced by its default; empty when one has no default. */
  static Optional<String> expandGlobals(Dockerfile dockerfile, String text) {
    Map<String, Optional<String>> defaults = new HashMap<>();
    for (Arg arg : dockerfile.globalArgs()) {
      defaults.put(arg.name(), arg.defaultValue());
    }
    Matcher m = Patterns.REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(3);
      Optional<String> value = defaults.getOrDefault(name, Optional.empty());
      if (value.isEmpty() && m.group(2) != null && m.group(0).contains(":-")) {
        value = Optional.of(m.group(2));
      }
      if (value.isEmpty()) {
        return Optional.empty();
      }
      out.append(text, last, m.start()).append(value.get());
      last = m.end();
    }
    return Optional.of(out.append(text.substring(last)).toString());
  }

  /**
   * Compiled on first use, not when this class is first used: only FROM lines that hold a variable need
   * it, while {@link #mayHoldVariable} runs for every file (docs/performance.md, fifth round).
   */
  private static final class Patterns {
    static final Pattern REFERENCE =
        Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");
  }
}
