package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * {@code fmt} never changes what BuildKit reads: over seeded random shell-form RUN instructions with
 * quoted strings, runs of spaces, continuation lines and indentation, the command BuildKit hands to
 * the shell (from the syntax dump, checked against BuildKit itself in {@link SyntaxDumpTest}) has the
 * same words and the same quoted text after formatting. Each failure names its seed.
 */
class FmtKeepsMeaningPropertyTest {
  private static final long BASE_SEED = 0x14_f0f0L;
  private static final String[] WORDS = {"echo", "printf", "%s", "a", "b=1", "&&", "x.y", "$HOME", "--opt"};

  @RepeatedTest(400)
  void formatting_keeps_what_buildkit_reads(RepetitionInfo info) {
    long seed = BASE_SEED + info.getCurrentRepetition();
    String text = "FROM a\nRUN " + command(new Random(seed)) + "\n";
    String formatted;
    try {
      formatted = DockerfileFormatter.format(text);
    } catch (DockerfileSyntaxException e) {
      return; // refused input is not formatted; what we refuse is listed in docs/parser.md
    }
    assertThat(shellWords(formatted)).as("seed %d: what the shell runs after fmt of%n%s%nformatted as%n%s",
        seed, text, formatted).isEqualTo(shellWords(text));
  }

  /**
   * The command BuildKit hands to the shell (from the syntax dump of the RUN line), with runs of
   * unquoted blanks as one space: the shell splits words there, so only quoted blanks are meaning.
   */
  private static String shellWords(String text) {
    String run = SyntaxDump.dump(text).split("\n")[1];
    String value = run.substring("(run \"".length(), run.length() - 2).replace("\\\"", "\"")
        .replace("\\\\", "\\");
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote == 0 && c == ' ') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        continue;
      }
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  /** Words, blanks and quoted strings, with line continuations anywhere between them. */
  private static String command(Random random) {
    StringBuilder out = new StringBuilder(WORDS[random.nextInt(2)]);
    char quote = 0;
    for (int n = 2 + random.nextInt(10); n > 0; n--) {
      switch (random.nextInt(6)) {
        case 0 -> out.append(" ".repeat(1 + random.nextInt(3)));
        case 1 -> {
          char q = random.nextBoolean() ? '"' : '\'';
          if (quote == 0) {
            quote = q;
            out.append(' ').append(q);
          } else {
            out.append(quote);
            quote = 0;
          }
        }
        case 2 -> out.append(" ".repeat(random.nextInt(3))).append(" \\\n")
            .append(" ".repeat(random.nextInt(9)));
        default -> out.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
    }
    if (quote != 0) {
      out.append(quote);
    }
    return out.toString();
  }
}
