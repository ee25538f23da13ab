package io.github.dockerdsl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The instruction being read by the instruction layer: its syntax node, where its keyword and
 * arguments are, its flags as BuildKit checks them, and errors placed at an offset of its text.
 */
final class InstructionCtx {
  final SyntaxNode.Instruction node;
  final Logical ll;
  final String text;
  final int keywordAt;
  final String keyword;
  final String upper;
  final int argsAt;
  final Draft draft;
  /** The file's escape character, which BuildKit also applies inside flags. */
  final char escape;
  private final SyntaxReader syntax;
  private Lexing.Flags flags;

  InstructionCtx(SyntaxNode.Instruction node, int keywordAt, Draft draft, char escape, SyntaxReader syntax) {
    this.node = node;
    this.escape = escape;
    this.syntax = syntax;
    this.ll = node.ll;
    this.text = ll.text();
    this.keywordAt = keywordAt;
    this.keyword = keywordAt == node.keywordAt ? node.keyword : SyntaxReader.keywordAt(text, keywordAt);
    this.upper = keywordAt == node.keywordAt ? node.upper() : keyword.toUpperCase(Locale.ROOT);
    this.argsAt = Lexing.skipSpaces(text, keywordAt + keyword.length());
    this.draft = draft;
  }

  /** The flags at the start of the arguments, scanned once. */
  Lexing.Flags flags() {
    if (flags == null) {
      flags = ll.flags(argsAt, escape);
    }
    return flags;
  }

  /** Where the arguments after the flags start. */
  int afterFlags() {
    return flags().restOffset();
  }

  void noFlags() {
    checkedFlags(Set.of(), Set.of());
  }

  /**
   * An instruction's flags once checked, looked up by name in the list as lexed: an instruction has
   * a few flags, so a scan is cheaper than building a map of them.
   */
  static final class CheckedFlags {
    private final List<Lexing.Flag> flags;

    CheckedFlags(List<Lexing.Flag> flags) {
      this.flags = flags;
    }

    /** The first flag of this name, or null (by index: an iterator per look-up was not scalar-replaced). */
    Lexing.Flag first(String name) {
      for (int i = 0; i < flags.size(); i++) {
        Lexing.Flag f = flags.get(i);
        if (f.name().equals(name)) {
          return f;
        }
      }
      return null;
    }

    boolean has(String name) {
      return first(name) != null;
    }

    boolean isEmpty() {
      return flags.isEmpty();
    }

    /** Every flag of this name, in order. */
    List<Lexing.Flag> all(String name) {
      List<Lexing.Flag> out = null;
      for (int i = 0; i < flags.size(); i++) {
        Lexing.Flag f = flags.get(i);
        if (f.name().equals(name)) {
          if (out == null) {
            out = new ArrayList<>(flags.size());
          }
          out.add(f);
        }
      }
      return out == null ? List.of() : out;
    }
  }

  /** Checks the flags against the instruction's own; BuildKit refuses unknown and repeated ones. */
  CheckedFlags checkedFlags(Set<String> allowed, Set<String> repeatable) {
    List<Lexing.Flag> given = flags().flags();
    for (int i = 0; i < given.size(); i++) {
      Lexing.Flag f = given.get(i);
      if (!allowed.contains(f.name())) {
        String takes = allowed.isEmpty() ? upper + " takes no flags"
            : upper + " takes --" + String.join(", --", new java.util.TreeSet<>(allowed));
        throw fail(f.offset(), String.format("flag '--%s' is unknown for %s; %s", f.name(), upper, takes));
      }
      if (!repeatable.contains(f.name()) && givenBefore(given, i)) {
        throw fail(f.offset(), String.format("flag '--%s' is given twice; give it once", f.name()));
      }
    }
    return new CheckedFlags(given);
  }

  /** Whether a flag before {@code index} has the name of the flag at {@code index}. */
  private static boolean givenBefore(List<Lexing.Flag> flags, int index) {
    String name = flags.get(index).name();
    for (int j = 0; j < index; j++) {
      if (flags.get(j).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  Optional<String> stringFlag(CheckedFlags flags, String name) {
    Lexing.Flag f = flags.first(name);
    if (f == null) {
      return Optional.empty();
    }
    if (!f.hasValue()) {
      throw fail(f.offset(), String.format("flag '--%s' has no value; write --%s=<value>", name, name));
    }
    return Optional.of(f.value());
  }

  Optional<Boolean> boolFlag(CheckedFlags flags, String name) {
    Lexing.Flag f = flags.first(name);
    if (f == null) {
      return Optional.empty();
    }
    if (!f.hasValue()) {
      return Optional.of(true);
    }
    Boolean b = Lexing.bool(f.value());
    if (b == null) {
      throw fail(f.offset(), String.format("flag '--%s' value '%s' is not a boolean; write --%s=true or --%s=false",
          name, f.value(), name, name));
    }
    return Optional.of(b);
  }

  /**
   * The JSON array of strings at {@code at}, or null when the text is no JSON array (then it is shell
   * form); a JSON array with other values ({@code RUN [1, 2]}) is refused, as BuildKit refuses it.
   */
  List<String> stringArray(int at) {
    List<String> argv = Lexing.jsonArray(text, at);
    if (argv == null && Lexing.isJsonArrayOfValues(text, at)) {
      throw fail(at, "when using JSON array syntax, arrays must be comprised of strings only; quote every "
          + "element, e.g. [\"echo\", \"1\"]");
    }
    return argv;
  }

  /** The arguments as one line: physical lines trimmed and joined with a space. */
  String rest() {
    List<String> lines = ll.lines(argsAt);
    // most arguments are one line: that line, not a joined copy of it
    return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
  }

  DockerfileSyntaxException fail(int offset, String message) {
    return syntax.error(message, ll.line(offset), ll.column(offset));
  }

  DockerfileSyntaxException fail(int offset, String message, Throwable cause) {
    return syntax.error(message, ll.line(offset), ll.column(offset), cause);
  }

  DockerfileSyntaxException error(String message, int line, int column) {
    return syntax.error(message, line, column);
  }
}
