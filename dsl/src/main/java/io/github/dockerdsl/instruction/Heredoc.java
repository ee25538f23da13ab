package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.List;

/**
 * An inline document for RUN or COPY ({@code <<EOF ... EOF}), held as lines so no line can be the
 * terminator by accident.
 *
 * @param delimiter the word that ends the document
 * @param lines the document's lines, without line breaks
 * @param stripTabs {@code <<-}: leading tabs are removed at build time
 * @param expand false for a quoted delimiter, which turns off variable expansion at build time
 */
public record Heredoc(String delimiter, List<String> lines, boolean stripTabs, boolean expand) {
  /** Checks the delimiter and that no line ends the document early. */
  public Heredoc {
    Checks.requireNonNull(delimiter, "delimiter");
    if (!readBack(delimiter, stripTabs, expand)) {
      throw new IllegalArgumentException(String.format(
          "heredoc delimiter '%s' is not valid; use a word such as EOF", Quoting.visible(delimiter)));
    }
    lines = Checks.immutableList(lines, "lines");
    for (String line : lines) {
      Checks.checkNoControlCharacters(line, "heredoc line", "pass each line as its own list element");
      String compared = stripTabs ? withoutLeadingTabs(line) : line;
      if (compared.equals(delimiter)) {
        throw new IllegalArgumentException(String.format(
            "heredoc line '%s' equals the delimiter and would end the document early; choose another delimiter",
            line));
      }
    }
  }

  /** A document with variable expansion, ended by {@code delimiter}. */
  public static Heredoc of(String delimiter, String... lines) {
    return new Heredoc(delimiter, List.of(lines), false, true);
  }

  /** A copy with a quoted delimiter: the content is taken literally at build time. */
  public Heredoc literal() {
    return new Heredoc(delimiter, lines, stripTabs, false);
  }

  /** A copy with {@code <<-}, which strips leading tabs. */
  public Heredoc strippingTabs() {
    return new Heredoc(delimiter, lines, true, expand);
  }

  /** The marker as it appears in the instruction, such as {@code <<EOF} or {@code <<-"EOF"}. */
  public String marker() {
    return marker(delimiter, stripTabs, expand);
  }

  private static String marker(String delimiter, boolean stripTabs, boolean expand) {
    if (!stripTabs && expand && delimiter.startsWith("-")) {
      // <<-EOF would strip tabs; BuildKit and the shell read "<< -EOF" as the delimiter -EOF
      return "<< " + delimiter;
    }
    return "<<" + (stripTabs ? "-" : "") + (expand ? delimiter : "\"" + delimiter + "\"");
  }

  /**
   * Refuses, for COPY and ADD, a document whose marker holds a blank ({@code << -EOF}): only a RUN
   * command line can carry it, since BuildKit splits the other instructions' arguments at the blank.
   */
  static void checkFileMarkers(List<Heredoc> docs, String keyword) {
    for (Heredoc doc : docs) {
      if (doc.marker().indexOf(' ') >= 0) {
        throw new IllegalArgumentException(String.format("%s heredoc delimiter '%s' cannot be written: '%s' would "
            + "split %s's arguments and '<<%s' strips tabs; use a delimiter that does not start with '-'", keyword,
            doc.delimiter(), doc.marker(), keyword, doc.delimiter()));
      }
    }
  }

  /**
   * Whether BuildKit reads the marker the writer writes back as this very delimiter, tab stripping
   * and expansion: any shell word BuildKit accepts ({@code app.conf}, {@code $EOF}, a quoted
   * {@code "one two"}), nothing it would read otherwise ({@code -EOF} is written {@code << -EOF}, since
   * {@code <<-EOF} means tab stripping; COPY refuses that marker, whose blank would split its arguments).
   */
  private static boolean readBack(String delimiter, boolean stripTabs, boolean expand) {
    if (delimiter.isEmpty() || hasUnreadable(delimiter)) {
      return false;
    }
    try {
      // field by field, not the record's equals: its first call bootstraps the JDK's method handles
      List<BuildKitLexer.FoundHeredoc> found = BuildKitLexer.heredocs(marker(delimiter, stripTabs, expand));
      return found.size() == 1 && found.get(0).name().equals(delimiter) && found.get(0).chomp() == stripTabs
          && found.get(0).expand() == expand;
    } catch (BuildKitLexer.LexException e) {
      return false;
    }
  }

  /** The line as {@code <<-} compares it with the delimiter; a loop, not a regex compiled per line. */
  private static String withoutLeadingTabs(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '\t') {
      i++;
    }
    return line.substring(i);
  }

  /** A control character, a quote or a backslash; a loop, as no lambda runs on a lint's path. */
  private static boolean hasUnreadable(String delimiter) {
    for (int i = 0; i < delimiter.length(); i++) {
      char c = delimiter.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
        return true;
      }
    }
    return false;
  }
}
