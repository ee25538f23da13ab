package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Arg;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at)) {
      Reference ref = reference(text, at);
      if (ref == null) {
        at++;
        continue;
      }
      int end = ref.end();
      Optional<String> value = defaults.getOrDefault(ref.name(), Optional.empty());
      if (value.isEmpty() && ref.value() != null && text.substring(at, end).contains(":-")) {
        value = Optional.of(ref.value());
      }
      if (value.isEmpty()) {
        return Optional.empty();
      }
      out.append(text, last, at).append(value.get());
      last = end;
      at = end;
    }
    return Optional.of(out.append(text.substring(last)).toString());
  }

  /**
   * The reference at {@code text[at]} (a '$'), the grammar
   * {@code \$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))} read by hand, or
   * null when none starts there. By hand, as a FROM line that names a global ARG is common and a regex would make its lint set
   * up the JDK's method handles ({@code VariablesScannerTest} compares the two).
   */
  static Reference reference(String text, int at) {
    int i = at + 1;
    if (i < text.length() && text.charAt(i) == '{') {
      int name = Ascii.nameEnd(text, i + 1);
      if (name < 0) {
        return null;
      }
      String value = null;
      int close = name;
      int modifier = name < text.length() && text.charAt(name) == ':' ? name + 1 : name;
      if (modifier < text.length() && (text.charAt(modifier) == '-' || text.charAt(modifier) == '+')) {
        close = text.indexOf('}', modifier + 1);
        if (close < 0) {
          return null;
        }
        value = text.substring(modifier + 1, close);
      }
      if (close >= text.length() || text.charAt(close) != '}') {
        return null;
      }
      return new Reference(text.substring(i + 1, name), value, close + 1);
    }
    int name = Ascii.nameEnd(text, i);
    return name < 0 ? null : new Reference(text.substring(i, name), null, name);
  }

  /** A variable reference: its name, its default or alternative value (null without one), and where it ends. */
  record Reference(String name, String value, int end) {}

}
