package io.github.dockerdsl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A small, forgiving tokenizer for the shell content of RUN, so rules can read commands instead of
 * matching text. It splits a script into simple commands on {@code && || ; | &} and newlines, removes
 * quotes, keeps {@code $(...)}, backticks and {@code ${...}} inside their word (and also reads the
 * commands inside them), skips comments and heredoc bodies, separates leading {@code NAME=value}
 * assignments and redirections, and sees through wrappers such as {@code sudo}, {@code env} and
 * {@code xargs}. It is not a shell: it never expands anything, never throws, and runs in time linear in
 * the input (nested content is re-read at most {@link #MAX_NESTING} times).
 */
public final class ShellWords {
  /** How deep command substitutions and {@code sh -c} scripts are read into. */
  public static final int MAX_NESTING = 4;

  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");
  private static final Set<String> PREFIX_KEYWORDS =
      Set.of("if", "then", "else", "elif", "do", "while", "until", "!", "{", "}", "fi", "done", "esac", "time");

  private ShellWords() {}

  /**
   * One simple command.
   *
   * @param assignments {@code NAME=value} words before the command, and those given to {@code env}
   * @param words the command's words after the assignments, wrappers included, quotes removed
   * @param wrappers the wrapper programs seen through, such as {@code sudo} or {@code xargs}, in order
   * @param argv the command that finally runs, after the wrappers; may be empty (only assignments)
   * @param redirects redirections such as {@code >/dev/null} or {@code <<EOF}, operator and target joined
   * @param subshell how many {@code ( ... )} subshells enclose it in its script
   * @param nesting 0 for the script itself; more inside {@code $(...)}, backticks or {@code sh -c}
   * @param before the operator before it: {@code && || ; | |& &}, a newline, or empty at the start
   * @param after the operator after it, or empty at the end
   */
  public record SimpleCommand(List<String> assignments, List<String> words, List<String> wrappers, List<String> argv,
      List<String> redirects, int subshell, int nesting, String before, String after) {
    /** Copies the lists. */
    public SimpleCommand {
      assignments = List.copyOf(assignments);
      words = List.copyOf(words);
      wrappers = List.copyOf(wrappers);
      argv = List.copyOf(argv);
      redirects = List.copyOf(redirects);
      Objects.requireNonNull(before, "before == null");
      Objects.requireNonNull(after, "after == null");
    }

    // equals and hashCode by hand, as in Port: the generated ones cost a lint run about 40 spun
    // method-handle classes at start-up (docs/performance.md, class loading)

    /** Equal when every component is. */
    @Override
    public boolean equals(Object other) {
      return other instanceof SimpleCommand c && c.subshell == subshell && c.nesting == nesting
          && c.assignments.equals(assignments) && c.words.equals(words) && c.wrappers.equals(wrappers)
          && c.argv.equals(argv) && c.redirects.equals(redirects) && c.before.equals(before) && c.after.equals(after);
    }

    /** From every component. */
    @Override
    public int hashCode() {
      return Objects.hash(assignments, words, wrappers, argv, redirects, subshell, nesting, before, after);
    }

    /** The program's file name without its directory ({@code /usr/bin/pip3} is {@code pip3}); empty if none. */
    public String name() {
      return argv.isEmpty() ? "" : basename(argv.get(0));
    }

    /** The program's arguments. */
    public List<String> arguments() {
      return argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
    }

    /** True when it runs in the script's own shell: not in a subshell, a substitution or {@code sh -c}. */
    public boolean isTopLevel() {
      return subshell == 0 && nesting == 0;
    }

    /** True when its output feeds the next command through a pipe. */
    public boolean pipesOut() {
      return after.equals("|") || after.equals("|&");
    }

    /** True when a pipe feeds it. */
    public boolean pipedInto() {
      return before.equals("|") || before.equals("|&");
    }
  }

  /** Every simple command in the script, in the order they run; never throws. */
  public static List<SimpleCommand> parse(String script) {
    List<SimpleCommand> out = new ArrayList<>();
    if (script != null) {
      new Parser(script, 0, out).run();
    }
    return out;
  }

  /**
   * The commands of an exec-form argument vector: the scripts of {@code sh -c "script"} are read as
   * scripts; any other vector is one command.
   */
  public static List<SimpleCommand> parseArgv(List<String> argv) {
    List<SimpleCommand> out = new ArrayList<>();
    if (argv == null || argv.isEmpty()) {
      return out;
    }
    SimpleCommand command = command(argv);
    String script = shellScript(command);
    if (script != null && command.wrappers().isEmpty()) {
      new Parser(script, 0, out).run();
    } else {
      out.add(command);
      if (script != null) {
        new Parser(script, 1, out).run();
      }
    }
    return out;
  }

  /** One command from an argument vector, seen through its wrappers; {@code argv} must not be empty. */
  public static SimpleCommand command(List<String> argv) {
    return build(List.of(), new ArrayList<>(argv), List.of(), 0, 0, "", "");
  }

  /** True when {@code name} is a POSIX-style shell: sh, bash, ash, dash, zsh, ksh, mksh. */
  public static boolean isShell(String name) {
    return SHELLS.contains(basename(name));
  }

  /**
   * The script of a shell started with {@code -c}, such as {@code sh -c "a && b"}, or null when the
   * command is not a shell given a script.
   */
  public static String shellScript(SimpleCommand command) {
    if (!isShell(command.name())) {
      return null;
    }
    List<String> args = command.arguments();
    boolean dashC = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-o") || a.equals("+o")) {
        i++;
      } else if (a.equals("--")) {
        return dashC && i + 1 < args.size() ? args.get(i + 1) : null;
      } else if (a.length() > 1 && (a.charAt(0) == '-' || a.charAt(0) == '+')) {
        if (a.charAt(0) == '-' && !a.startsWith("--") && a.indexOf('c') > 0) {
          dashC = true;
        }
      } else {
        return dashC ? a : null;
      }
    }
    return null;
  }

  /** The file name of a path: {@code /usr/bin/env} is {@code env}. */
  public static String basename(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** True for a {@code NAME=value} word. */
  public static boolean isAssignment(String word) {
    int eq = word.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    char first = word.charAt(0);
    if (!(Character.isLetter(first) && first < 128 || first == '_')) {
      return false;
    }
    for (int i = 1; i < eq; i++) {
      char c = word.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Wrappers

  private static SimpleCommand build(List<String> assignments, List<String> words, List<String> redirects,
      int subshell, int nesting, String before, String after) {
    List<String> allAssignments = new ArrayList<>(assignments);
    List<String> wrappers = new ArrayList<>();
    int start = 0;
    for (int guard = 0; guard < 16 && start < words.size(); guard++) {
      String name = basename(words.get(start));
      int next = unwrap(name, words, start + 1, allAssignments);
      if (next < 0) {
        break;
      }
      wrappers.add(name);
      start = next;
    }
    return new SimpleCommand(allAssignments, words, wrappers, words.subList(start, words.size()), redirects,
        subshell, nesting, before, after);
  }

  /** The index of the wrapped command after wrapper {@code name}'s options, or -1 if it is no wrapper. */
  private static int unwrap(String name, List<String> words, int from, List<String> assignments) {
    switch (name) {
      case "sudo":
        return skipOptions(words, from, "ugCDhprtURT", true, assignments);
      case "env":
        return skipOptions(words, from, "uCS", true, assignments);
      case "xargs":
        return skipOptions(words, from, "IaEdLnPs", false, assignments);
      case "nice":
        return skipOptions(words, from, "n", false, assignments);
      case "stdbuf":
        return skipOptions(words, from, "ioe", false, assignments);
      case "command":
        return from < words.size() && (words.get(from).equals("-v") || words.get(from).equals("-V")) ? -1
            : skipOptions(words, from, "", false, assignments);
      case "nohup":
      case "exec":
      case "builtin":
        return skipOptions(words, from, "a", false, assignments);
      case "time":
        return skipOptions(words, from, "fo", false, assignments);
      case "timeout": {
        int at = skipOptions(words, from, "sk", false, assignments);
        return at < words.size() ? at + 1 : at;
      }
      case "gosu":
      case "su-exec":
      case "chroot":
        return from < words.size() ? from + 1 : from;
      case "busybox":
        return from;
      default:
        return -1;
    }
  }

  private static int skipOptions(List<String> words, int from, String withValue, boolean takesAssignments,
      List<String> assignments) {
    int i = from;
    while (i < words.size()) {
      String w = words.get(i);
      if (w.equals("--")) {
        i++;
        break;
      }
      if (w.length() < 2 || w.charAt(0) != '-') {
        break;
      }
      boolean valueNext = !w.startsWith("--") && w.length() == 2 && withValue.indexOf(w.charAt(1)) >= 0;
      i += valueNext ? 2 : 1;
    }
    i = Math.min(i, words.size());
    if (takesAssignments) {
      while (i < words.size() && isAssignment(words.get(i))) {
        assignments.add(words.get(i));
        i++;
      }
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------
  // Parser

  /** A single forward pass over one script; nested scripts get their own parser. */
  private static final class Parser {
    private final String s;
    private final int nesting;
    private final List<SimpleCommand> out;
    private int pos;

    private int parens;
    private int commandParens = -1;
    private final List<String> assignments = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> redirects = new ArrayList<>();
    private final List<String> inner = new ArrayList<>();
    private String before = "";

    private final StringBuilder word = new StringBuilder();
    private boolean wordStarted;
    private int firstQuote = -1;
    private String redirect;
    private boolean heredocRedirect;
    private final List<String> heredocs = new ArrayList<>();

    Parser(String s, int nesting, List<SimpleCommand> out) {
      this.s = s;
      this.nesting = nesting;
      this.out = out;
    }

    void run() {
      int n = s.length();
      while (pos < n) {
        char c = s.charAt(pos);
        switch (c) {
          case ' ':
          case '\t':
          case '\r':
            finishWord();
            pos++;
            break;
          case '\n':
            pos++;
            endCommand("\n");
            skipHeredocBodies();
            break;
          case '#':
            if (wordStarted) {
              append(c);
              pos++;
            } else {
              while (pos < n && s.charAt(pos) != '\n') {
                pos++;
              }
            }
            break;
          case '\\':
            if (pos + 1 < n && s.charAt(pos + 1) == '\n') {
              pos += 2;
            } else if (pos + 1 < n) {
              quoted();
              append(s.charAt(pos + 1));
              pos += 2;
            } else {
              append(c);
              pos++;
            }
            break;
          case '\'':
            singleQuoted();
            break;
          case '"':
            doubleQuoted();
            break;
          case '$':
            dollar();
            break;
          case '`':
            backtick();
            break;
          case ';':
            pos += pos + 1 < n && s.charAt(pos + 1) == ';' ? 2 : 1;
            endCommand(";");
            break;
          case '&':
            if (pos + 1 < n && s.charAt(pos + 1) == '&') {
              pos += 2;
              endCommand("&&");
            } else if (pos + 1 < n && s.charAt(pos + 1) == '>') {
              pos += 2;
              if (pos < n && s.charAt(pos) == '>') {
                pos++;
              }
              startRedirect("&>", false);
            } else {
              pos++;
              endCommand("&");
            }
            break;
          case '|':
            if (pos + 1 < n && s.charAt(pos + 1) == '|') {
              pos += 2;
              endCommand("||");
            } else if (pos + 1 < n && s.charAt(pos + 1) == '&') {
              pos += 2;
              endCommand("|&");
            } else {
              pos++;
              endCommand("|");
            }
            break;
          case '(':
            openParen();
            break;
          case ')':
            pos++;
            if (parens > 0) {
              endCommand(")");
              parens--;
            } else {
              endCommand(")");
            }
            break;
          case '<':
          case '>':
            redirection(c);
            break;
          default:
            append(c);
            pos++;
            break;
        }
      }
      endCommand("");
    }

    private void append(char c) {
      if (!wordStarted) {
        wordStarted = true;
        markCommandStart();
      }
      word.append(c);
    }

    private void append(CharSequence text) {
      if (!wordStarted) {
        wordStarted = true;
        markCommandStart();
      }
      word.append(text);
    }

    private void markCommandStart() {
      if (commandParens < 0) {
        commandParens = parens;
      }
    }

    private void quoted() {
      if (!wordStarted) {
        wordStarted = true;
        markCommandStart();
      }
      if (firstQuote < 0) {
        firstQuote = word.length();
      }
    }

    private void singleQuoted() {
      quoted();
      int end = s.indexOf('\'', pos + 1);
      int stop = end < 0 ? s.length() : end;
      word.append(s, pos + 1, stop);
      pos = end < 0 ? s.length() : end + 1;
    }

    private void doubleQuoted() {
      quoted();
      int n = s.length();
      pos++;
      while (pos < n) {
        char c = s.charAt(pos);
        if (c == '"') {
          pos++;
          return;
        }
        if (c == '\\' && pos + 1 < n) {
          char next = s.charAt(pos + 1);
          if (next == '\n') {
            pos += 2;
          } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
            word.append(next);
            pos += 2;
          } else {
            word.append(c);
            pos++;
          }
        } else if (c == '$') {
          dollar();
        } else if (c == '`') {
          backtick();
        } else {
          word.append(c);
          pos++;
        }
      }
    }

    /** {@code $(...)}, {@code $((...))}, {@code ${...}}, {@code $'...'} or a plain {@code $}. */
    private void dollar() {
      int n = s.length();
      char next = pos + 1 < n ? s.charAt(pos + 1) : 0;
      if (next == '(') {
        boolean arithmetic = pos + 2 < n && s.charAt(pos + 2) == '(';
        int close = matching(pos + 1, '(', ')');
        int end = Math.min(close, n);
        append(s.substring(pos, Math.min(end + 1, n)));
        if (!arithmetic) {
          inner.add(s.substring(pos + 2, end));
        }
        pos = Math.min(end + 1, n);
      } else if (next == '{') {
        int close = matching(pos + 1, '{', '}');
        append(s.substring(pos, Math.min(close + 1, n)));
        pos = Math.min(close + 1, n);
      } else if (next == '\'') {
        quoted();
        int i = pos + 2;
        while (i < n && s.charAt(i) != '\'') {
          if (s.charAt(i) == '\\' && i + 1 < n) {
            word.append(s.charAt(i + 1));
            i += 2;
          } else {
            word.append(s.charAt(i));
            i++;
          }
        }
        pos = Math.min(i + 1, n);
      } else {
        append('$');
        pos++;
      }
    }

    private void backtick() {
      int n = s.length();
      int i = pos + 1;
      while (i < n && s.charAt(i) != '`') {
        i += s.charAt(i) == '\\' ? 2 : 1;
      }
      int end = Math.min(i, n);
      append(s.substring(pos, Math.min(end + 1, n)));
      inner.add(s.substring(pos + 1, end).replace("\\`", "`"));
      pos = Math.min(end + 1, n);
    }

    private void openParen() {
      if (!wordStarted && words.isEmpty() && assignments.isEmpty() && redirect == null) {
        parens++;
        pos++;
        return;
      }
      if (wordStarted) {
        // NAME=(a b c): an array, kept in the word
        int close = matching(pos, '(', ')');
        append(s.substring(pos, Math.min(close + 1, s.length())));
        pos = Math.min(close + 1, s.length());
        return;
      }
      // name() { ...; }: a function definition; the parentheses carry nothing
      int close = matching(pos, '(', ')');
      pos = Math.min(close + 1, s.length());
    }

    private void redirection(char c) {
      int n = s.length();
      if (wordStarted && firstQuote < 0 && isDigits(word)) {
        word.setLength(0);
        wordStarted = false;
      } else {
        finishWord();
      }
      if (pos + 1 < n && s.charAt(pos + 1) == '(') {
        // <(...) or >(...): process substitution, an argument
        int close = matching(pos + 1, '(', ')');
        int end = Math.min(close, n);
        append(s.substring(pos, Math.min(end + 1, n)));
        inner.add(s.substring(pos + 2, end));
        pos = Math.min(end + 1, n);
        return;
      }
      StringBuilder op = new StringBuilder().append(c);
      pos++;
      boolean heredoc = false;
      if (c == '<' && pos < n && s.charAt(pos) == '<') {
        op.append('<');
        pos++;
        if (pos < n && s.charAt(pos) == '<') {
          op.append('<');
          pos++;
        } else {
          heredoc = true;
          if (pos < n && s.charAt(pos) == '-') {
            op.append('-');
            pos++;
          }
        }
      } else if (pos < n && (s.charAt(pos) == '>' || s.charAt(pos) == '&' || s.charAt(pos) == '|')) {
        op.append(s.charAt(pos));
        pos++;
      }
      startRedirect(op.toString(), heredoc);
    }

    private void startRedirect(String op, boolean heredoc) {
      markCommandStart();
      redirect = op;
      heredocRedirect = heredoc;
    }

    private static boolean isDigits(CharSequence text) {
      if (text.length() == 0) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    /** The index of the bracket closing the one at {@code from}, or the end of the input. */
    private int matching(int from, char open, char close) {
      int n = s.length();
      int depth = 0;
      int i = from;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '\'' && open != '{') {
          int end = s.indexOf('\'', i + 1);
          i = end < 0 ? n : end + 1;
          continue;
        }
        if (c == '"') {
          i++;
          while (i < n && s.charAt(i) != '"') {
            i += s.charAt(i) == '\\' ? 2 : 1;
          }
          i++;
          continue;
        }
        if (c == open) {
          depth++;
        } else if (c == close) {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
        i++;
      }
      return n;
    }

    private void finishWord() {
      if (!wordStarted) {
        return;
      }
      String w = word.toString();
      boolean literal = firstQuote < 0;
      int quoteAt = firstQuote;
      word.setLength(0);
      wordStarted = false;
      firstQuote = -1;
      if (redirect != null) {
        redirects.add(redirect + w);
        if (heredocRedirect) {
          heredocs.add((redirect.endsWith("-") ? "-" : "") + w);
        }
        redirect = null;
        heredocRedirect = false;
        return;
      }
      if (words.isEmpty()) {
        int eq = w.indexOf('=');
        if (isAssignment(w) && (quoteAt < 0 || quoteAt > eq)) {
          assignments.add(w);
          return;
        }
        if (literal && assignments.isEmpty() && PREFIX_KEYWORDS.contains(w)) {
          return;
        }
      }
      words.add(w);
    }

    private void endCommand(String op) {
      finishWord();
      redirect = null;
      heredocRedirect = false;
      for (String script : inner) {
        if (nesting + 1 <= MAX_NESTING) {
          new Parser(script, nesting + 1, out).run();
        }
      }
      inner.clear();
      if (!words.isEmpty() || !assignments.isEmpty() || !redirects.isEmpty()) {
        SimpleCommand command = build(assignments, words, redirects, Math.max(commandParens, 0), nesting, before, op);
        out.add(command);
        String script = shellScript(command);
        if (script != null && nesting + 1 <= MAX_NESTING) {
          new Parser(script, nesting + 1, out).run();
        }
      } else if (!op.equals(")") && !op.isEmpty()) {
        patchLast(op);
      }
      if (!op.equals(")")) {
        before = op;
      }
      assignments.clear();
      words.clear();
      redirects.clear();
      commandParens = -1;
    }

    /** After {@code ( a | b )}, the operator following the subshell belongs to its last command. */
    private void patchLast(String op) {
      for (int i = out.size() - 1; i >= 0; i--) {
        SimpleCommand last = out.get(i);
        if (last.nesting() == nesting) {
          if (last.after().equals(")")) {
            out.set(i, new SimpleCommand(last.assignments(), last.words(), last.wrappers(), last.argv(),
                last.redirects(), last.subshell(), last.nesting(), last.before(), op));
          }
          return;
        }
      }
    }

    /** After a newline, the bodies of pending heredocs are data, not commands. */
    private void skipHeredocBodies() {
      int n = s.length();
      for (String pending : heredocs) {
        boolean stripTabs = pending.startsWith("-");
        String delimiter = stripTabs ? pending.substring(1) : pending;
        while (pos < n) {
          int end = s.indexOf('\n', pos);
          int stop = end < 0 ? n : end;
          int from = pos;
          if (stripTabs) {
            while (from < stop && s.charAt(from) == '\t') {
              from++;
            }
          }
          boolean done = s.regionMatches(from, delimiter, 0, delimiter.length()) && from + delimiter.length() == stop;
          pos = end < 0 ? n : end + 1;
          if (done) {
            break;
          }
        }
      }
      heredocs.clear();
    }
  }
}
