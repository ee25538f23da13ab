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
 * the input (nested content is re-read at most {@link #MAX_NESTING} times). This class is the entry
 * point and the command model; {@link ShellParser} is the tokenizer and {@link ShellWrappers} knows the
 * wrappers' options.
 */
public final class ShellWords {
  /** How deep command substitutions and {@code sh -c} scripts are read into. */
  public static final int MAX_NESTING = 4;

  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  private ShellWords() {}

  /** One simple command, as read from a script: its assignments, words, wrappers, program and redirections. */
  public static final class SimpleCommand {
    private final List<String> assignments;
    private final List<String> words;
    private final List<String> wrappers;
    private final List<String> argv;
    private final List<String> redirects;
    private final int subshell;
    private final int nesting;
    private final String before;
    private final String after;
    // a class, not a record, for these two: every shell rule asks every command for its name, and
    // taking the basename on each call was a tenth of linting a file (docs/performance.md, fourth round)
    private final String name;
    private final List<String> arguments;

    /** Copies the lists. */
    public SimpleCommand(List<String> assignments, List<String> words, List<String> wrappers, List<String> argv,
        List<String> redirects, int subshell, int nesting, String before, String after) {
      this.assignments = copy(assignments);
      this.words = copy(words);
      this.wrappers = copy(wrappers);
      // argv is the end of words for every command the tokenizer makes: a view then, not a second copy
      this.argv = endsWith(this.words, argv) ? this.words.subList(this.words.size() - argv.size(), this.words.size())
          : List.copyOf(argv);
      this.redirects = copy(redirects);
      this.subshell = subshell;
      this.nesting = nesting;
      this.before = Objects.requireNonNull(before, "before == null");
      this.after = Objects.requireNonNull(after, "after == null");
      this.name = this.argv.isEmpty() ? "" : basename(this.argv.get(0));
      this.arguments = this.argv.isEmpty() ? List.of() : this.argv.subList(1, this.argv.size());
    }

    /** {@code List.copyOf}, without its array for the empty lists most commands have (no assignments, no redirects). */
    private static List<String> copy(List<String> list) {
      return list.isEmpty() ? List.of() : List.copyOf(list);
    }

    private static boolean endsWith(List<String> words, List<String> argv) {
      int offset = words.size() - argv.size();
      if (offset < 0) {
        return false;
      }
      for (int i = 0; i < argv.size(); i++) {
        if (!words.get(offset + i).equals(argv.get(i))) {
          return false;
        }
      }
      return true;
    }

    /** {@code NAME=value} words before the command, and those given to {@code env}. */
    public List<String> assignments() {
      return assignments;
    }

    /** The command's words after the assignments, wrappers included, quotes removed. */
    public List<String> words() {
      return words;
    }

    /** The wrapper programs seen through, such as {@code sudo} or {@code xargs}, in order. */
    public List<String> wrappers() {
      return wrappers;
    }

    /** The command that finally runs, after the wrappers; may be empty (only assignments). */
    public List<String> argv() {
      return argv;
    }

    /** Redirections such as {@code >/dev/null} or {@code <<EOF}, operator and target joined. */
    public List<String> redirects() {
      return redirects;
    }

    /** How many {@code ( ... )} subshells enclose it in its script. */
    public int subshell() {
      return subshell;
    }

    /** 0 for the script itself; more inside {@code $(...)}, backticks or {@code sh -c}. */
    public int nesting() {
      return nesting;
    }

    /** The operator before it: {@code && || ; | |& &}, a newline, or empty at the start. */
    public String before() {
      return before;
    }

    /** The operator after it, or empty at the end. */
    public String after() {
      return after;
    }

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

    /** Every component, as a record would show them. */
    @Override
    public String toString() {
      return "SimpleCommand[assignments=" + assignments + ", words=" + words + ", wrappers=" + wrappers + ", argv="
          + argv + ", redirects=" + redirects + ", subshell=" + subshell + ", nesting=" + nesting + ", before="
          + before + ", after=" + after + "]";
    }

    /** The program's file name without its directory ({@code /usr/bin/pip3} is {@code pip3}); empty if none. */
    public String name() {
      return name;
    }

    /** The program's arguments. */
    public List<String> arguments() {
      return arguments;
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
      new ShellParser(script, 0, out).run();
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
      new ShellParser(script, 0, out).run();
    } else {
      out.add(command);
      if (script != null) {
        new ShellParser(script, 1, out).run();
      }
    }
    return out;
  }

  /** One command from an argument vector, seen through its wrappers; {@code argv} must not be empty. */
  public static SimpleCommand command(List<String> argv) {
    return ShellWrappers.build(List.of(), new ArrayList<>(argv), List.of(), 0, 0, "", "");
  }

  /** True when {@code name} is a POSIX-style shell: sh, bash, ash, dash, zsh, ksh, mksh. */
  public static boolean isShell(String name) {
    return isShellName(basename(name));
  }

  /**
   * True for a file name in {@link #SHELLS}: each is two to four characters ending in "sh", tested
   * before the set's hash, as every command of every RUN is asked.
   */
  static boolean isShellName(String name) {
    return name.length() >= 2 && name.length() <= 4 && name.endsWith("sh") && SHELLS.contains(name);
  }

  /**
   * The script of a shell started with {@code -c}, such as {@code sh -c "a && b"}, or null when the
   * command is not a shell given a script.
   */
  public static String shellScript(SimpleCommand command) {
    if (!isShellName(command.name())) { // name() is a basename already
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
}
