package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.internal.BuildKitDirectives;
import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The parser's fifth-round rewrites (words and flags cut from the text instead of copied through
 * builders, physical and logical lines read in place, values without quotes or escapes not
 * unquoted, directives read line by line) give exactly the answers of the code they replace: each is compared with that
 * code, kept here as the reference, over seeded random text.
 */
class StructuralPassTest {
  /** Letters, '-', '=', ',', spaces (ASCII, tab, Go's and Java's), both quotes, both escapes, '$', '#'. */
  private static final String ALPHABET = "ab Z0-=,/\t\u00a0\u2007\u3000'\"\\`$#\u00e9";

  private static String text(Random random, int maxLength) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(maxLength);
    for (int i = 0; i < length; i++) {
      // flags often, so that the flag reader gets past its first word
      out.append(random.nextInt(6) == 0 ? "--" : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
    }
    return out.toString();
  }

  @RepeatedTest(200)
  void words_flags_and_unquoting_answer_as_before(RepetitionInfo repetition) {
    long seed = 1505L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String s = text(random, 24);
      char escape = random.nextBoolean() ? '\\' : '`';
      int from = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
      String why = "seed " + seed + ", escape " + escape + ", from " + from + ", text '" + Quoting.visible(s) + "'";
      assertThat(Lexing.words(s, from, escape)).as(why).isEqualTo(wordsBefore(s, from, escape));
      assertThat(Lexing.flags(s, from, escape)).as(why).isEqualTo(flagsBefore(s, from, escape));
      // an empty '' pair adds nothing to the value and always takes the unquoting loop
      assertThat(Lexing.unquote(s, escape)).as(why).isEqualTo(Lexing.unquote("''" + s, escape));
    }
  }

  @RepeatedTest(100)
  void mount_fields_answer_as_before(RepetitionInfo repetition) {
    long seed = 1516L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    String alphabet = "ab=/,,\" \u00e9\\";
    for (int k = 0; k < 50; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(16); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // half without a quote, which the cut in place reads
      String s = random.nextBoolean() ? b.toString().replace("\"", "") : b.toString();
      assertThat(Lexing.csv(s)).as("seed %d, text '%s'", seed, Quoting.visible(s)).isEqualTo(csvBefore(s));
    }
  }

  /** {@code Lexing.csv} before the quote-free fields were cut in place: the character loop. */
  private static List<String> csvBefore(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
      i++;
    }
    out.add(field.toString());
    return out;
  }

  @RepeatedTest(200)
  void logical_lines_answer_as_before(RepetitionInfo repetition) {
    long seed = 1506L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 30; k++) {
      Logical ll = new Logical();
      List<String> contents = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        // continuation lines indented like the writer's, or less, or more, or not at all
        String indent = "    ".substring(random.nextInt(5)) + (random.nextInt(4) == 0 ? "  " : "");
        String content = (i == 0 ? "" : indent) + text(random, 12);
        contents.add(content);
        ll.add(new Logical.Segment(i + 1, 1, content));
      }
      int length = ll.text().length();
      int from = length == 0 ? 0 : random.nextInt(length + 1);
      String why = "seed " + seed + ", from " + from + ", lines " + contents.stream().map(Quoting::visible).toList();
      assertThat(ll.lines(from)).as(why).isEqualTo(linesBefore(contents, from));
    }
  }

  @RepeatedTest(100)
  void directives_answer_as_before(RepetitionInfo repetition) {
    long seed = 1507L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    String[] pieces = {"# syntax=docker/dockerfile:1", "#escape=`", " # check=skip=all", "#!/bin/sh", "# other=x",
        "FROM x", "", "\r", "# syntax = a b", "#"};
    for (int k = 0; k < 30; k++) {
      StringBuilder file = new StringBuilder();
      int lines = random.nextInt(6);
      for (int i = 0; i < lines; i++) {
        file.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      if (random.nextBoolean() && file.length() > 0) {
        file.setLength(file.length() - 1);
      }
      String text = file.toString();
      assertThat(BuildKitDirectives.directives(text)).as("seed " + seed + ", file '" + Quoting.visible(text) + "'")
          .isEqualTo(directivesBefore(text));
    }
  }

  @RepeatedTest(100)
  void physical_lines_answer_as_before(RepetitionInfo repetition) {
    long seed = 1508L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    String[] pieces = {"\n", "\r", "\r\n", "a", "RUN x", " ", "\uFEFF"};
    for (int k = 0; k < 30; k++) {
      StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(new SyntaxReader(t).lines).as("seed " + seed + ", text '" + Quoting.visible(t) + "'")
          .containsExactly(linesOfBefore(t));
    }
  }

  // ------------------------------------------------------------ the code as it was before (references)

  private static String[] linesOfBefore(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] split = body.split("\n", -1);
    int count = split.length;
    if (count > 0 && split[count - 1].isEmpty()) {
      count--;
    }
    String[] lines = new String[count];
    for (int i = 0; i < count; i++) {
      String l = split[i];
      lines[i] = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
    return lines;
  }

  private static List<Lexing.Word> wordsBefore(String s, int from, char escape) {
    List<Lexing.Word> out = new ArrayList<>();
    int i = Lexing.skipSpaces(s, from);
    while (i < s.length()) {
      int start = i;
      StringBuilder word = new StringBuilder();
      char quote = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (quote == 0) {
          if (Lexing.isSpace(c)) {
            break;
          }
          if (c == '\'' || c == '"') {
            quote = c;
          } else if (c == escape) {
            if (i + 1 == s.length()) {
              i++;
              continue;
            }
            word.append(c);
            i++;
            c = s.charAt(i);
          }
        } else {
          if (c == quote) {
            quote = 0;
          } else if (c == escape && quote != '\'') {
            if (i + 1 == s.length()) {
              i++;
              continue;
            }
            word.append(c);
            i++;
            c = s.charAt(i);
          }
        }
        word.append(c);
        i++;
      }
      out.add(new Lexing.Word(word.toString(), start));
      i = Lexing.skipSpaces(s, i);
    }
    return out;
  }

  private static Lexing.Flags flagsBefore(String s, int from, char escape) {
    List<Lexing.Flag> out = new ArrayList<>();
    int pos = Lexing.skipSpaces(s, from);
    while (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) == '-') {
      int start = pos;
      StringBuilder word = new StringBuilder();
      char quote = 0;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (quote == 0 && Lexing.isSpace(c)) {
          break;
        }
        if (quote == 0 && (c == '\'' || c == '"')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else if (c == escape) {
          if (pos + 1 < s.length()) {
            pos++;
            word.append(s.charAt(pos));
          }
        } else {
          word.append(c);
        }
        pos++;
      }
      String w = word.toString();
      if (w.equals("--")) {
        return new Lexing.Flags(out, Lexing.skipSpaces(s, pos));
      }
      String body = w.substring(2);
      int eq = body.indexOf('=');
      out.add(eq < 0 ? new Lexing.Flag(body, "", false, start)
          : new Lexing.Flag(body.substring(0, eq), body.substring(eq + 1), true, start));
      pos = Lexing.skipSpaces(s, pos);
    }
    return new Lexing.Flags(out, pos);
  }

  /** {@code Logical.lines} as it was, over the segments' contents (each starting where the last ended). */
  private static List<String> linesBefore(List<String> contents, int from) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    boolean previousEndsInSpace = true;
    char quote = 0;
    int startOfSegment = 0;
    for (String content : contents) {
      int local = Math.max(0, from - startOfSegment);
      startOfSegment += content.length();
      if (local >= content.length()) {
        continue;
      }
      String part = content.substring(local);
      boolean blank = Lexing.strip(part).isEmpty();
      if (current != null && quote != 0 && (blank || !part.startsWith("    ") || !endsInOneSpace(current))) {
        current.append(part);
      } else if (blank) {
        previousEndsInSpace = true;
        continue;
      } else if (current != null && !previousEndsInSpace && !Lexing.isSpace(part.charAt(0))) {
        current.append(part);
      } else {
        if (current != null) {
          out.add(Lexing.stripTrailing(current.toString()));
        }
        int begin = current != null && part.startsWith("    ") ? 4 : Lexing.skipSpaces(part, 0);
        current = new StringBuilder(part.substring(begin));
      }
      previousEndsInSpace = Lexing.isSpace(part.charAt(part.length() - 1));
      quote = shellQuote(part, quote);
      if (quote == 0) {
        current = new StringBuilder(Lexing.stripTrailing(current.toString()));
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  private static boolean endsInOneSpace(CharSequence s) {
    String text = s.toString();
    String stripped = Lexing.stripTrailing(text);
    return stripped.length() == text.length() - 1 && text.endsWith(" ");
  }

  private static char shellQuote(String text, char open) {
    char quote = open;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        }
      } else if (c == '\\') {
        i++;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      }
    }
    return quote;
  }

  private static List<String> directivesBefore(String file) {
    String[] lines = file.split("\n", -1);
    List<String> parser = new ArrayList<>();
    for (String line : lines) {
      Optional<String[]> d = BuildKitDirectives.directive(BuildKitLexer.trimLeading(stripCr(line)));
      if (d.isEmpty()) {
        break;
      }
      parser.add(d.get()[0] + "=" + d.get()[1]);
    }
    List<String> frontend = new ArrayList<>();
    for (int i = lines.length > 0 && lines[0].startsWith("#!") ? 1 : 0; i < lines.length; i++) {
      Optional<String[]> d = BuildKitDirectives.directive(stripCr(lines[i]));
      if (d.isEmpty()) {
        break;
      }
      frontend.add(d.get()[0] + "=" + d.get()[1]);
    }
    if (!frontend.equals(parser)) {
      List<String> both = new ArrayList<>(parser);
      both.add("|");
      both.addAll(frontend);
      return both;
    }
    return parser;
  }

  private static String stripCr(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    return line.substring(0, end);
  }
}
