package io.github.dockerdsl.internal;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tokenizer behind {@link ShellWords}: a single forward pass over one script that cuts it into
 * simple commands; nested scripts ({@code $(...)}, backticks, {@code sh -c}) get their own parser.
 */
final class ShellParser {
  private static final Set<String> PREFIX_KEYWORDS =
      Set.of("if", "then", "else", "elif", "do", "while", "until", "!", "{", "}", "fi", "done", "esac", "time");

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

  ShellParser(String s, int nesting, List<SimpleCommand> out) {
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
          // a run of ordinary characters in one append: each would come back to this case, and a '#'
          // inside a word is ordinary too once the word has started
          int end = pos + 1;
          while (end < n && isOrdinary(s.charAt(end))) {
            end++;
          }
          if (!wordStarted) {
            wordStarted = true;
            markCommandStart();
          }
          word.append(s, pos, end);
          pos = end;
          break;
      }
    }
    endCommand("");
  }

  /** Characters below 128 that {@link #run}'s switch handles by a case of their own, as bits; '#' is not one here. */
  private static final long SPECIAL_LOW = bits(" \t\r\n\\'\"$`;&|()<>", 0);
  private static final long SPECIAL_HIGH = bits(" \t\r\n\\'\"$`;&|()<>", 64);

  private static long bits(String chars, int from) {
    long mask = 0;
    for (int i = 0; i < chars.length(); i++) {
      int c = chars.charAt(i) - from;
      if (c >= 0 && c < 64) {
        mask |= 1L << c;
      }
    }
    return mask;
  }

  /** Whether {@code c} inside a started word goes to the switch's default case, '#' included. */
  static boolean isOrdinary(char c) {
    return c >= 128 || (c < 64 ? (SPECIAL_LOW & (1L << c)) == 0 : (SPECIAL_HIGH & (1L << (c - 64))) == 0);
  }

  private void append(char c) {
    if (!wordStarted) {
      wordStarted = true;
      markCommandStart();
    }
    word.append(c);
  }

  /** Appends {@code s[from, to)} to the word, with no substring made for it. */
  private void appendRange(int from, int to) {
    if (!wordStarted) {
      wordStarted = true;
      markCommandStart();
    }
    word.append(s, from, to);
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
      appendRange(pos, Math.min(end + 1, n));
      if (!arithmetic) {
        inner.add(s.substring(pos + 2, end));
      }
      pos = Math.min(end + 1, n);
    } else if (next == '{') {
      int close = matching(pos + 1, '{', '}');
      appendRange(pos, Math.min(close + 1, n));
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
    appendRange(pos, Math.min(end + 1, n));
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
      appendRange(pos, Math.min(close + 1, s.length()));
      pos = Math.min(close + 1, s.length());
      return;
    }
    // name() { ...; }: a function definition; the parentheses carry nothing
    int close = matching(pos, '(', ')');
    pos = Math.min(close + 1, s.length());
  }

  private void redirection(char c) {
    int n = s.length();
    if (wordStarted && firstQuote < 0 && Ascii.isDigits(word)) {
      word.setLength(0);
      wordStarted = false;
    } else {
      finishWord();
    }
    if (pos + 1 < n && s.charAt(pos + 1) == '(') {
      // <(...) or >(...): process substitution, an argument
      int close = matching(pos + 1, '(', ')');
      int end = Math.min(close, n);
      appendRange(pos, Math.min(end + 1, n));
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
      if (ShellWords.isAssignment(w) && (quoteAt < 0 || quoteAt > eq)) {
        assignments.add(w);
        return;
      }
      if (literal && assignments.isEmpty() && isPrefixKeyword(w)) {
        return;
      }
    }
    words.add(w);
  }

  /**
   * True for one of {@link #PREFIX_KEYWORDS}: a test of the length and first character before the set's
   * hash, as every command's first word is asked and few are keywords.
   */
  static boolean isPrefixKeyword(String w) {
    if (w.isEmpty() || w.length() > 5) {
      return false;
    }
    return switch (w.charAt(0)) {
      case 'i', 't', 'e', 'd', 'w', 'u', 'f', '!', '{', '}' -> PREFIX_KEYWORDS.contains(w);
      default -> false;
    };
  }

  private void endCommand(String op) {
    finishWord();
    redirect = null;
    heredocRedirect = false;
    for (String script : inner) {
      if (nesting + 1 <= ShellWords.MAX_NESTING) {
        new ShellParser(script, nesting + 1, out).run();
      }
    }
    inner.clear();
    if (!words.isEmpty() || !assignments.isEmpty() || !redirects.isEmpty()) {
      SimpleCommand command = ShellWrappers.build(assignments, words, redirects, Math.max(commandParens, 0), nesting, before, op);
      out.add(command);
      String script = ShellWords.shellScript(command);
      if (script != null && nesting + 1 <= ShellWords.MAX_NESTING) {
        new ShellParser(script, nesting + 1, out).run();
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
