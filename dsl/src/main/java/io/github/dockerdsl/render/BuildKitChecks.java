package io.github.dockerdsl.render;

import io.github.dockerdsl.Directives;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.internal.BuildKitDirectives;
import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Quoting;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer's checks of what it wrote against what BuildKit reads from it (through
 * {@link BuildKitLexer}): heredocs, parser directives, expanded values, line lengths and
 * surrogates. Each refuses with an IllegalArgumentException naming the value and how to write it.
 */
final class BuildKitChecks {
  /** BuildKit's scanner refuses longer lines (bufio.MaxScanTokenSize, newline included). */
  static final int MAX_LINE_BYTES = 65535;

  private BuildKitChecks() {}

  /**
   * Compares the parser directives BuildKit reads at the top of the text with the model's, so a
   * comment can never select a frontend image or change the escape character.
   */
  static void checkDirectives(Dockerfile dockerfile, String top) {
    Directives d = dockerfile.directives();
    List<String> expected = new ArrayList<>();
    if (d.syntax().isPresent()) { // no lambdas: every build runs this check
      expected.add("syntax=" + d.syntax().get());
    }
    if (d.escape().isPresent()) {
      expected.add("escape=" + d.escape().get());
    }
    if (d.check().isPresent()) {
      expected.add("check=" + d.check().get().value());
    }
    List<String> found = BuildKitDirectives.directives(top);
    if (found.equals(expected)) {
      return;
    }
    String first = top;
    for (Instruction i : dockerfile.preamble()) {
      if (i instanceof Comment c) {
        first = c.text();
        if (c.lines().stream().anyMatch(l -> BuildKitDirectives.directive(l.startsWith("#") ? "#" + l : "# " + l)
            .isPresent() || BuildKitDirectives.directive(BuildKitLexer.trimLeading("# " + l)).isPresent())) {
          break;
        }
      }
    }
    throw new IllegalArgumentException(String.format(
        "comment '%s' at the top of the file would be read as a parser directive; "
            + "set directives with Dockerfile.builder().syntax(...)/escape(...)/check(...), or reword it",
        Quoting.visible(first)));
  }

  /**
   * BuildKit looks for heredocs on the whole logical line of RUN, COPY and ADD (ONBUILD's too), and
   * silently finds none when any part of the line does not lex: the heredocs it finds must be
   * exactly the model's, or a document's lines would become instructions.
   */
  static void checkHeredocs(Instruction instruction, String written, char escape, boolean jsonForm) {
    Instruction inner = instruction instanceof OnBuild o ? o.trigger() : instruction;
    String keyword = inner.keyword();
    if (jsonForm || !(keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD"))
        || !written.contains("<<")) {
      return;
    }
    String logical = written.replace(" " + escape + "\n" + Command.CONTINUATION_INDENT, " " + Command.CONTINUATION_INDENT);
    List<Heredoc> expected = inner instanceof Copy c ? c.heredocs()
        : inner instanceof Add a ? a.heredocs()
        : inner instanceof Run r && r.command() instanceof Command.HeredocForm h ? h.heredocs() : List.of();
    List<BuildKitLexer.FoundHeredoc> found;
    try {
      found = BuildKitLexer.heredocs(logical);
    } catch (BuildKitLexer.LexException e) {
      throw new IllegalArgumentException(String.format(
          "%s line '%s' holds a heredoc word BuildKit cannot read (%s); remove the '<<' or quote it",
          keyword, Quoting.visible(logical), e.getMessage()));
    }
    List<BuildKitLexer.FoundHeredoc> want = new ArrayList<>();
    for (Heredoc doc : expected) {
      want.add(new BuildKitLexer.FoundHeredoc(doc.delimiter(), doc.stripTabs(), doc.expand()));
    }
    if (found.equals(want)) {
      return;
    }
    if (expected.isEmpty()) {
      throw new IllegalArgumentException(String.format(
          "%s line '%s' contains '<<%s', which BuildKit reads as a heredoc marker and would swallow the lines after "
              + "it; use Command.heredocs(...) for inline documents, or '<<<' for a here-string",
          keyword, Quoting.visible(logical), found.get(0).name()));
    }
    String why = BuildKitLexer.heredocLexError(logical).map(m -> "BuildKit cannot lex it: " + m)
        .orElse("BuildKit finds " + (found.isEmpty() ? "no heredoc" : found.stream()
            .map(BuildKitLexer.FoundHeredoc::name).collect(java.util.stream.Collectors.joining(", ", "'", "'"))));
    throw new IllegalArgumentException(String.format(
        "%s line '%s' hides its heredoc from BuildKit (%s), so the document's lines would be read as instructions; "
            + "remove the unbalanced quote or '${' from the line",
        keyword, Quoting.visible(logical), why));
  }

  /**
   * Whether {@link #checkLines} can refuse the text from {@code start}: false when no line of it can
   * pass the limit (a char is at most 3 bytes, a pair 4) and nothing needs pairing, as for almost
   * every instruction; callers then need not build the subject of a refusal.
   */
  static boolean linesMayFail(StringBuilder out, int start) {
    return (long) (out.length() - start) * 3 > MAX_LINE_BYTES || hasSurrogate(out, start);
  }

  /** BuildKit refuses lines over 64 KiB, and UTF-8 cannot encode half a surrogate pair. */
  static void checkLines(String subject, StringBuilder out, int start) {
    if (!linesMayFail(out, start)) {
      return;
    }
    int lineStart = start;
    int bytes = 0;
    for (int i = start; i <= out.length(); i++) {
      char c = i < out.length() ? out.charAt(i) : '\n';
      if (c == '\n') {
        if (bytes > MAX_LINE_BYTES) {
          String line = out.substring(lineStart, i);
          throw new IllegalArgumentException(String.format(
              "%s has a line '%s...' of %d bytes in UTF-8, more than the %d BuildKit reads; "
                  + "split the value, or copy it in as a file",
              subject, Quoting.visible(line.substring(0, 40)), bytes, MAX_LINE_BYTES));
        }
        lineStart = i + 1;
        bytes = 0;
      } else if (Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(
            "%s '%s' contains the unpaired surrogate U+%04X, which UTF-8 cannot encode; "
                + "pass whole characters", subject,
            Quoting.visible(out.substring(start, Math.min(out.length(), start + 200))), (int) c));
      } else {
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
    }
  }

  private static boolean hasSurrogate(StringBuilder out, int start) {
    return hasSurrogate(out, start, out.length());
  }

  /** Whether {@code out} holds a surrogate (paired or not) from {@code start} to {@code end}. */
  static boolean hasSurrogate(StringBuilder out, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isSurrogate(out.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * BuildKit expands variables in paths and in ENV, ARG and LABEL values, consuming quotes and
   * escapes: the text written must read back as exactly the value the model holds. Variable
   * references such as {@code $HOME} or {@code ${V:-1}} are kept, as they are meant.
   */
  /**
   * Whether BuildKit reads {@code written} as {@code value} without lexing it: it has nothing to
   * expand and is the value. {@link #expanded} and {@link #expandedPath} then refuse nothing, so a
   * caller can skip building their message subject.
   */
  static boolean readsAsWritten(String value, String written, char escape) {
    // the second test proves, without the lexer, the values with variables or in plain double quotes
    return BuildKitLexer.isLiteral(written, escape) && written.equals(value)
        || BuildKitLexer.readsBackAs(value, written, escape);
  }

  static void expanded(String value, String written, String subject, char escape) {
    expanded(value, written, value, subject, escape);
  }

  /** As above, quoting {@code shown} in messages (the value as the user gave it). */
  static void expanded(String value, String written, String shown, String subject, char escape) {
    String read;
    try {
      read = BuildKitLexer.processWord(written, escape);
    } catch (BuildKitLexer.LexException e) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' cannot be expanded by BuildKit (%s); write variables as $NAME or ${NAME}, "
              + "and leave out quotes and unbalanced braces", subject, Quoting.visible(shown), e.getMessage()));
    }
    if (!read.equals(value)) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' would be read by BuildKit as '%s', since it expands quotes and the escape character '%s' in it; "
              + "leave out quotes, and use '/' in paths or switch the escape character with "
              + "Dockerfile.builder().escape(...)", subject, Quoting.visible(shown), Quoting.visible(read), escape));
    }
  }

  /** A path: its escaped dollars ({@code \\$HOME}) are how a literal '$' is written, and stay as they are. */
  static void expandedPath(String path, String subject, char escape) {
    if (readsAsWritten(path, path, escape)) {
      return;
    }
    String escapedDollar = escape + "$";
    expanded(path.replace(escapedDollar, "$"), path, path, subject, escape);
  }
}
