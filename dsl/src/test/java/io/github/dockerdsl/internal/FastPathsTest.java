package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The parser's fast paths (a value with nothing to lex, escape or quote is answered without the
 * full work) give exactly the full answers: each is compared with the same question put so that the
 * fast path cannot take it, over seeded random text.
 */
class FastPathsTest {
  /** Letters, spaces (Go's and Java's), quotes, escapes, '$' forms, '<', controls and a surrogate pair. */
  private static final String ALPHABET = "ab Z09/-_.:{}[]=,#\t\u00a0\u2007\u0085\u3000'\"\\`$<\u00e9\u0007\ufeff\ud83d\ude00";

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int at = random.nextInt(ALPHABET.length() - 1);
      // the surrogate pair stays whole, except now and then, to test unpaired halves too
      if (Character.isHighSurrogate(ALPHABET.charAt(at)) && random.nextInt(4) > 0) {
        out.append(ALPHABET, at, at + 2);
      } else {
        out.append(ALPHABET.charAt(at));
      }
    }
    return out.toString();
  }

  private static Object processWord(String word, char escape) {
    try {
      return BuildKitLexer.processWord(word, escape);
    } catch (BuildKitLexer.LexException e) {
      return Optional.of(e.getMessage());
    }
  }

  @RepeatedTest(200)
  void fast_paths_answer_as_the_full_work_does(RepetitionInfo repetition) {
    long seed = 15L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String s = text(random);
      String why = "seed " + seed + ", text '" + Quoting.visible(s) + "'";
      if (!s.startsWith("\ufeff")) {
        // a leading '' adds nothing to the value and always takes the lexer's path
        assertThat(processWord(s, '\\')).as(why).isEqualTo(processWord("''" + s, '\\'));
        assertThat(processWord(s, '`')).as(why).isEqualTo(processWord("''" + s, '`'));
      }
      assertThat(BuildKitLexer.heredocLexError(s)).as(why).isEqualTo(BuildKitLexer.heredocLexError("''" + s));
      assertThat(BuildKitLexer.isBlank(s)).as(why).isEqualTo(s.codePoints().allMatch(BuildKitLexer::isSpace));
      // a leading line break is always escaped, so the whole text takes the escaping path
      assertThat("\\n" + Quoting.visible(s)).as(why).isEqualTo(Quoting.visible("\n" + s));
    }
  }

  @Test
  void a_value_with_nothing_to_expand_or_escape_is_read_as_it_is() throws Exception {
    assertThat(BuildKitLexer.processWord("/usr/src/app-1.2", '\\')).isEqualTo("/usr/src/app-1.2");
    assertThat(BuildKitLexer.processWord("\ufeff/app", '\\')).isEqualTo("/app");
    assertThat(BuildKitLexer.heredocLexError("target=/root/.m2,id=maven")).isEmpty();
    assertThat(Quoting.visible("plain text")).isEqualTo("plain text");
    assertThat(Quoting.visible("a\tb\u0007")).isEqualTo("a\\tb\\u0007");
  }

  @Test
  void the_ascii_shortcut_of_isSpace_keeps_its_answer_for_every_character() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean full = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
      assertThat(Quoting.isSpace(c)).as("U+%04X", (int) c).isEqualTo(full);
    }
  }

  @Test
  void heredoc_markers_in_paths_are_found_without_a_regex() {
    assertThat(Quoting.isPlainPath("<<EOF", '\\')).isFalse();
    assertThat(Quoting.isPlainPath("12<<EOF", '\\')).isFalse();
    assertThat(Quoting.isPlainPath("12<EOF", '\\')).isTrue();
    assertThat(Quoting.isPlainPath("a<<EOF", '\\')).isTrue();
    assertThat(Quoting.isPlainPath("\u0661<<EOF", '\\')).isTrue(); // an Arabic-Indic digit is no [0-9]
  }
  /** Pieces of directive lines: names in any case, '=', the regex's spaces and Go's, CRs, '#', '!'. */
  private static final String[] DIRECTIVE_PIECES = {"#", "#", "# ", "#!", "syntax", "SynTax", "escape", "check",
      "Check1", "checks", "x", "9", "=", "=", " ", "\t", "\f", "\r", "\u000b", "\u00a0", "\u0085", "\u2007",
      "docker/dockerfile:1", "`", "\\", "skip=all", ";", "\ud83d\ude00", "\ud83d", "\u3000", "\n"};

  @RepeatedTest(200)
  void a_directive_read_in_place_is_the_regex_s_reading(RepetitionInfo repetition) {
    long seed = 1502L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      StringBuilder b = new StringBuilder();
      if (random.nextBoolean()) {
        // half of the lines start as a directive does, so that the readings of names and values are compared too
        b.append(random.nextBoolean() ? "# " : " #").append(random.nextBoolean() ? "syntax" : "Check").append('=');
      }
      int pieces = random.nextInt(9);
      for (int p = 0; p < pieces; p++) {
        b.append(DIRECTIVE_PIECES[random.nextInt(DIRECTIVE_PIECES.length)]);
      }
      String file = b.toString();
      // a line of it, as the directive reader cuts them: between line breaks, or the rest
      int start = random.nextInt(file.length() + 1);
      while (start > 0 && file.charAt(start - 1) != '\n') {
        start--;
      }
      int end = file.indexOf('\n', start);
      end = end < 0 ? file.length() : end;
      for (boolean trim : new boolean[] {true, false}) {
        String line = file.substring(start, end).replaceFirst("\r+$", "");
        Optional<String[]> reference = BuildKitDirectives.directive(trim ? BuildKitLexer.trimLeading(line) : line);
        String expected = reference.map(d -> d[0] + "=" + d[1]).orElse(null);
        assertThat(BuildKitDirectives.directiveAt(file, start, end, trim))
            .as("seed %d, text '%s', line %d-%d, trim %s", seed, Quoting.visible(file), start, end, trim)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void a_directive_of_spaces_only_keeps_the_last_space_as_the_regex_does() {
    assertThat(BuildKitDirectives.directiveAt("# escape= \t", 0, 11, false)).isEqualTo("escape=\t");
    assertThat(BuildKitDirectives.directive("# escape= \t")).hasValueSatisfying(d -> assertThat(d[1]).isEqualTo("\t"));
    assertThat(BuildKitDirectives.directiveAt("# escape=", 0, 9, false)).isNull();
    assertThat(BuildKitDirectives.directiveAt("x\n  # SYNTAX = a b \r\r\ny", 2, 19, true)).isEqualTo("syntax=a b");
    assertThat(BuildKitDirectives.directiveAt("  # syntax=a", 0, 12, false)).isNull();
  }
  /** Pieces of ENV, LABEL and ARG values: variables well and badly formed, quotes, escapes, '<', spaces. */
  private static final String[] VALUE_PIECES = {"a", "Z9", " ", "\t", "/", ":", "-", "=", "#", "$", "${", "}", "{",
      "${A}", "${_b1}", "${JAVA_HOME}", "${1}", "${a:-x}", "${a/b/c}", "${\u00e9}", "${a\u00e9}", "$A", "$1", "$$", "$@",
      "$\u00e9t\u00e9", "'", "\"", "\\", "`", "<", "<<", "<< ", "\u00e9", "\ufeff", "\ud83d\ude00", "\ud800"};

  @RepeatedTest(100)
  void a_value_proven_to_read_back_is_what_the_lexer_reads(RepetitionInfo repetition) {
    long seed = 15L * 7000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int proven = 0;
    for (int k = 0; k < 200; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        b.append(VALUE_PIECES[random.nextInt(VALUE_PIECES.length)]);
      }
      String value = b.toString();
      for (char escape : new char[] {'\\', '`'}) {
        for (String written : new String[] {value, "\"" + value + "\"", Quoting.word(value, escape)}) {
          if (BuildKitLexer.readsBackAs(value, written, escape)) {
            proven++;
            assertThat(processWord(written, escape))
                .as("seed %d, value '%s' written '%s', escape %s", seed, Quoting.visible(value), Quoting.visible(written),
                    escape)
                .isEqualTo(value);
          }
        }
      }
    }
    // most pieces can be proven, so the shortcut is taken often
    assertThat(proven).as("seed %d", seed).isGreaterThan(100);
  }
}
