package io.github.dockerdsl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which heredoc markers on an instruction line have a body after it, in order. */
final class HeredocMarkers {
  private HeredocMarkers() {}

  /**
   * The markers whose bodies follow the instruction whose keyword is at {@code keywordAt}: in shell
   * form RUN and COPY, also as an ONBUILD trigger; never in exec form.
   */
  /** Where the keyword of the instruction that owns the heredocs is: the trigger's, for ONBUILD. */
  static int owner(Logical ll, int keywordAt, char escape) {
    String text = ll.text();
    String keyword = SyntaxReader.keywordAt(text, keywordAt);
    if (!keyword.equalsIgnoreCase("ONBUILD")) {
      return keywordAt;
    }
    int at = Lexing.flags(text, Lexing.skipSpaces(text, keywordAt + keyword.length()), escape).restOffset();
    return at < text.length() ? owner(ll, at, escape) : keywordAt;
  }

  static List<Lexing.Marker> of(Logical ll, int keywordAt, char escape) {
    String text = ll.text();
    String keyword = SyntaxReader.keywordAt(text, keywordAt);
    int argsAt = Lexing.skipSpaces(text, keywordAt + keyword.length());
    if (argsAt >= text.length()) {
      return List.of();
    }
    int at = Lexing.flags(text, argsAt, escape).restOffset();
    String upper = keyword.toUpperCase(Locale.ROOT);
    if (upper.equals("ONBUILD")) {
      return at < text.length() ? of(ll, at, escape) : List.of();
    }
    if (!upper.equals("RUN") && !upper.equals("COPY") || at >= text.length()) {
      return List.of();
    }
    if (text.charAt(at) == '[' && (Lexing.jsonArray(text, at) != null || Lexing.isJsonArrayOfValues(text, at))) {
      return List.of();
    }
    List<Lexing.Marker> out = new ArrayList<>();
    if (upper.equals("RUN")) {
      for (Lexing.Marker m : Lexing.heredocMarkers(String.join(" ", ll.lines(at)), 0)) {
        if (!m.name().isEmpty()) {
          out.add(m);
        }
      }
      return out;
    }
    for (Lexing.Word w : Lexing.fields(text, at)) {
      Lexing.Marker m = Lexing.heredocMarkers(w.text(), 0).stream().findFirst().orElse(null);
      if (m != null && !m.name().isEmpty() && m.start() == 0 && m.end() == w.text().length()) {
        out.add(m);
      }
    }
    return out;
  }
}
