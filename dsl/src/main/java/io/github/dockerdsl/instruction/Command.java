package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What RUN executes: a shell script, an argument vector, or inline documents. The form is chosen by
 * the factory's name, never by how many arguments are passed.
 */
public sealed interface Command permits Command.ShellForm, Command.ExecForm, Command.HeredocForm {
  /** The indentation of continuation lines; BuildKit joins them to the line before it. */
  String CONTINUATION_INDENT = "    ";

  /**
   * Refuses a command whose start BuildKit would read otherwise: leading whitespace is dropped, and
   * a first word starting with {@code --} is taken for a flag of RUN.
   */
  private static void checkCommandStart(String first, String subject) {
    if (!BuildKitLexer.trimLeading(first).equals(first)) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' starts with whitespace, which BuildKit drops; remove it", subject, Quoting.visible(first)));
    }
    if (first.startsWith("--")) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' starts with '--', which BuildKit reads as a flag of RUN; start the command with the program "
              + "to run", subject, Quoting.visible(first)));
    }
  }

  /** Shell-form text that is a JSON array would be read as exec form (or refused). */
  private static void checkNotJson(String text, String subject) {
    if (io.github.dockerdsl.internal.BuildKitJson.isJsonArray(text)) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' is a JSON array, which BuildKit reads as exec form; use Command.exec(...) for an argument vector",
          subject, Quoting.visible(text)));
    }
  }

  /** A one-line shell command, run by the stage's SHELL ({@code /bin/sh -c} by default). */
  static ShellForm shell(String line) {
    return new ShellForm(List.of(Checks.requireNonNull(line, "line")));
  }

  /**
   * A shell command written across several lines joined by line continuations; the shell sees them
   * as one line. Each line after the first usually starts with {@code &&}.
   */
  static ShellForm shellLines(List<String> lines) {
    return new ShellForm(lines);
  }

  /** Commands that must all succeed, one per line: {@code a \ && b \ && c}. */
  static ShellForm allOf(String first, String... rest) {
    List<String> lines = new ArrayList<>(rest.length + 1);
    lines.add(Checks.requireNonNull(first, "first"));
    for (String command : rest) {
      lines.add("&& " + Checks.requireNonNull(command, "command"));
    }
    return new ShellForm(lines);
  }

  /** An argument vector run without a shell. */
  static ExecForm exec(String... argv) {
    return new ExecForm(Arrays.asList(argv));
  }

  /** An argument vector run without a shell. */
  static ExecForm exec(List<String> argv) {
    return new ExecForm(argv);
  }

  /**
   * The rare shell need for CMD or ENTRYPOINT, kept in exec form: {@code ["/bin/sh", "-c", "exec ..."]}.
   * The {@code exec} makes the command replace the shell, so it still receives signals.
   */
  static ExecForm shellExec(String script) {
    Checks.checkNoControlCharacters(script, "script", "join commands with ' && '");
    return new ExecForm(List.of("/bin/sh", "-c", "exec " + script));
  }

  /** A script given as one inline document, run by the default shell (or its shebang). */
  static HeredocForm heredoc(Heredoc script) {
    return new HeredocForm(script.marker(), List.of(script));
  }

  /** An inline document fed to a command line that names its marker, such as {@code "python3 <<EOF"}. */
  static HeredocForm heredocs(String commandLine, Heredoc... documents) {
    return new HeredocForm(commandLine, Arrays.asList(documents));
  }

  /**
   * Shell form: the lines are joined by line continuations.
   *
   * @param lines one or more non-blank lines without line breaks or trailing whitespace; a line after
   *     the first keeps any indentation (a package of a list), written past the writer's four spaces
   */
  record ShellForm(List<String> lines) implements Command {
    /** Checks that no line could end the instruction or be read as a comment. */
    public ShellForm {
      lines = Checks.immutableList(lines, "lines");
      Checks.checkArgument(!lines.isEmpty(), "shell command has no lines; pass at least one command");
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Checks.checkNoControlCharacters(line, "shell command",
            "join commands with ' && ', pass one line per list element with Command.shellLines, or use a heredoc");
        // BuildKit's blank and comment tests use Go's spaces, which include U+00A0, U+2007 and U+202F
        // (tested in place: blank is all leading spaces, as BuildKitLexer.isBlank says)
        int lead = BuildKitLexer.leadingEnd(line);
        if (lead == line.length()) {
          throw new IllegalArgumentException(String.format(
              "shell command line %d is blank; empty continuation lines are deprecated, remove it", i + 1));
        }
        if (line.charAt(lead) == '#') {
          throw new IllegalArgumentException(String.format(
              "shell command line '%s' starts with '#', which Docker reads as a comment and drops; "
                  + "move the comment out of the command", Quoting.visible(line)));
        }
        // the last line's trailing whitespace is BuildKit's to drop, and checked below
        if (i < lines.size() - 1 && !line.equals(line.stripTrailing())) {
          throw new IllegalArgumentException(String.format(
              "shell command line '%s' ends with whitespace, which the formatter would drop; remove it",
              Quoting.visible(line)));
        }
      }
      checkCommandStart(lines.get(0), "shell command");
      for (String line : lines) {
        // BuildKit drops it at the end of the command, and readers drop it before a line continuation
        if (BuildKitLexer.trailingStart(line) != line.length()) {
          throw new IllegalArgumentException(String.format(
              "shell command '%s' ends with whitespace, which BuildKit drops; remove it", Quoting.visible(line)));
        }
        if (!spacesOnly(line, BuildKitLexer.leadingEnd(line))) {
          throw new IllegalArgumentException(String.format(
              "shell command line '%s' is indented with whitespace other than spaces, which readers drop; "
                  + "indent with spaces only", Quoting.visible(line)));
        }
      }
      // only text that starts with '[' can be a JSON array: join the lines for the test only then
      if (BuildKitLexer.trimLeading(lines.get(0)).startsWith("[")) {
        checkNotJson(String.join(" " + CONTINUATION_INDENT, lines), "shell command");
      }
    }

    /** Whether the first {@code end} characters of {@code line} are all plain spaces. */
    private static boolean spacesOnly(String line, int end) {
      for (int i = 0; i < end; i++) {
        if (line.charAt(i) != ' ') {
          return false;
        }
      }
      return true;
    }

    /** The command as the shell receives it, lines joined by a space. */
    public String script() {
      // most commands are one line; rules ask for the script many times per lint
      return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
    }
  }

  /**
   * Exec form: run without a shell, no variable expansion.
   *
   * @param argv the program and its arguments; any characters, escaped as JSON
   */
  record ExecForm(List<String> argv) implements Command {
    /** Copies the arguments. */
    public ExecForm {
      argv = Checks.immutableList(argv, "argv");
    }
  }

  /**
   * Where {@code marker} stands as a word of its own from {@code from} on: at the start or after an
   * unescaped space, and followed by the end or a space; -1 when it does not. BuildKit only sees
   * heredocs in words that start with {@code <<}.
   */
  private static int findMarker(String line, String marker, int from) {
    for (int at = line.indexOf(marker, from); at >= 0; at = line.indexOf(marker, at + 1)) {
      // a file-descriptor prefix ("3<<EOF") belongs to the marker's word
      int word = at;
      while (word > 0 && Character.isDigit(line.charAt(word - 1))) {
        word--;
      }
      boolean start = word == 0 || Quoting.isSpace(line.charAt(word - 1))
          && (word < 2 || line.charAt(word - 2) != '\\' && line.charAt(word - 2) != '`');
      int end = at + marker.length();
      if (start && (end == line.length() || Quoting.isSpace(line.charAt(end))) && !insideQuotes(line, at)) {
        return at;
      }
    }
    return -1;
  }

  /** True when position {@code at} is inside single or double quotes, where BuildKit sees no heredoc. */
  private static boolean insideQuotes(String line, int at) {
    char quote = 0;
    for (int i = 0; i < at; i++) {
      char c = line.charAt(i);
      if (quote != '\'' && (c == '\\' || c == '`')) {
        i++;
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
    }
    return quote != 0;
  }

  /**
   * Inline documents: {@code commandLine} names each document's marker, in order.
   *
   * @param commandLine the text after RUN, such as {@code <<EOF} or {@code <<A cat > a && <<B cat > b}
   * @param heredocs the documents, in the order their markers appear
   */
  record HeredocForm(String commandLine, List<Heredoc> heredocs) implements Command {
    /** Compiled on first use: most command lines hold no {@code <<}, and a one-file lint compiles no regex it does not need. */
    private static final class Regex {
      static final java.util.regex.Pattern STRAY_HEREDOC_MARKER =
          java.util.regex.Pattern.compile("(^|[\\s\\p{Z}\u0085])\\d*<<(?!<)");
    }

    /** Checks that every document's marker appears in the command line, in order. */
    public HeredocForm {
      Checks.checkNoControlCharacters(commandLine, "heredoc command line", "put multi-line content inside the heredoc");
      heredocs = Checks.immutableList(heredocs, "heredocs");
      Checks.checkArgument(!heredocs.isEmpty(), "heredoc command '%s' has no documents; pass at least one Heredoc",
          Quoting.visible(commandLine));
      int from = 0;
      StringBuilder others = new StringBuilder(commandLine);
      for (Heredoc doc : heredocs) {
        int at = findMarker(commandLine, doc.marker(), from);
        if (at < 0) {
          throw new IllegalArgumentException(String.format(
              "heredoc command line '%s' does not contain the marker '%s' as a word of its own; "
                  + "write the marker where the document goes",
              Quoting.visible(commandLine), doc.marker()));
        }
        from = at + doc.marker().length();
        for (int i = at; i < from; i++) {
          others.setCharAt(i, ' ');
        }
      }
      if (others.indexOf("<<") >= 0 && Regex.STRAY_HEREDOC_MARKER.matcher(others).find()) {
        throw new IllegalArgumentException(String.format(
            "heredoc command line '%s' has a '<<' that is not the marker of one of its documents, which BuildKit "
                + "would read as another heredoc; pass a Heredoc for each marker, or use '<<<' for a here-string",
            Quoting.visible(commandLine)));
      }
      Checks.checkArgument(!BuildKitLexer.isBlank(commandLine), "heredoc command line is blank; write e.g. '%s'",
          heredocs.get(0).marker());
      checkCommandStart(commandLine, "heredoc command line");
      Checks.checkArgument(BuildKitLexer.trimTrailing(commandLine).equals(commandLine),
          "heredoc command line '%s' ends with whitespace, which BuildKit drops; remove it",
          Quoting.visible(commandLine));
      Checks.checkArgument(!commandLine.startsWith("#"),
          "heredoc command line '%s' starts with '#', which Docker reads as a comment; start it with the program",
          Quoting.visible(commandLine));
      checkNotJson(commandLine, "heredoc command line");
      java.util.Optional<String> why = BuildKitLexer.heredocLexError(commandLine);
      if (why.isPresent()) {
        throw new IllegalArgumentException(String.format(
            "heredoc command line '%s' cannot be read by BuildKit (%s), which then finds no heredoc and reads "
                + "the document's lines as instructions; close the quote, or write '${NAME}' in full",
            Quoting.visible(commandLine), why.get()));
      }
      if (commandLine.stripTrailing().endsWith("\\")) {
        throw new IllegalArgumentException(String.format(
            "heredoc command line '%s' ends with a backslash, which would swallow the next line",
            Quoting.visible(commandLine)));
      }
    }
  }
}
