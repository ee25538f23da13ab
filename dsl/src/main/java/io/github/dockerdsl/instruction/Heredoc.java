package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.List;
import java.util.regex.Pattern;

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
  private static final Pattern DELIMITER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Checks the delimiter and that no line ends the document early. */
  public Heredoc {
    Checks.requireNonNull(delimiter, "delimiter");
    if (!DELIMITER.matcher(delimiter).matches()) {
      throw new IllegalArgumentException(String.format(
          "heredoc delimiter '%s' is not valid; use a word such as EOF", Quoting.visible(delimiter)));
    }
    lines = Checks.immutableList(lines, "lines");
    for (String line : lines) {
      Checks.checkNoControlCharacters(line, "heredoc line", "pass each line as its own list element");
      String compared = stripTabs ? line.replaceFirst("^\t+", "") : line;
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
    return "<<" + (stripTabs ? "-" : "") + (expand ? delimiter : "\"" + delimiter + "\"");
  }
}
