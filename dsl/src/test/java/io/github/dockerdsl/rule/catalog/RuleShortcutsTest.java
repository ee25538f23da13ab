package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the rules take on the warm path (docs/performance.md, sixth round) give what the longer
 * way gives: each is compared with the logic it skips or replaces, over every character or over seeded
 * inputs, the seed in the failure message.
 */
class RuleShortcutsTest {
  private static final String NAME_CHARS = "aAbBeEfFhHiIlLpPtTkKyYzZ09_-.";
  private static final String[] NAME_PIECES = {"file", "FILE", "File", "path", "PATH", "Path", "key", "KEY",
      "token", "Token", "API", "api", "_", "-", ".", "GOOGLE_APPLICATION_CREDENTIALS", "public", "VERSION",
      "fingerprint", "password", "npm", "x1", "A", "b", "İ", "é", "K"};
  private static final String[] SCRIPT_WORDS = {"useradd", "adduser", "groupadd", "addgroup", "/usr/sbin/useradd",
      "user", "add", "group", "sudo", "A=1", "-m", "-r", "--system", "app", "'app'", "\"app\"", "&&", "||", ";", "|",
      "&", "(", ")", "\n", "\t", " ", "apt-get", "install", "useradder", "xadduser", "$(id", "-u)", "\u000B", "\f"};

  @Test
  void the_separator_and_space_switches_match_the_character_strings_they_replace() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(UnknownUser.isSeparator((char) c)).as("U+%04X", c).isEqualTo(";|&\n()".indexOf(c) >= 0);
      assertThat(UnknownUser.isSpace((char) c)).as("U+%04X", c).isEqualTo(" \t\n\u000B\f\r".indexOf(c) >= 0);
    }
  }

  @RepeatedTest(100)
  void a_keyword_s_casing_read_in_one_pass_is_the_one_read_by_comparing_cases(RepetitionInfo info) {
    long seed = 0x15_4000L + info.getCurrentRepetition();
    Random random = new Random(seed);
    String chars = "rRuUnN1_-. \u00e9\u00c9\u0130\u0131\u00df\u212a";
    for (int n = 0; n < 100; n++) {
      StringBuilder word = new StringBuilder();
      for (int c = 0; c < random.nextInt(6); c++) {
        word.append(chars.charAt(random.nextInt(chars.length())));
      }
      String text = word.toString();
      assertThat(SourceWalk.Casing.of(text)).as("seed %d, '%s'", seed, text).isEqualTo(SourceWalk.Casing.ofAny(text));
    }
  }

  @RepeatedTest(300)
  void a_script_without_a_creator_s_name_creates_nothing(RepetitionInfo info) {
    long seed = 0x15_0000L + info.getCurrentRepetition();
    Random random = new Random(seed);
    StringBuilder script = new StringBuilder();
    for (int w = 0; w < 1 + random.nextInt(30); w++) {
      script.append(SCRIPT_WORDS[random.nextInt(SCRIPT_WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
    }
    Set<String> created = new HashSet<>();
    UnknownUser.learnScript(script.toString(), created);
    if (!UnknownUser.mentionsCreator(script.toString())) {
      assertThat(created).as("seed %d, script '%s'", seed, script).isEmpty();
    }
  }

  @RepeatedTest(300)
  void ascii_names_split_as_the_character_loop_splits_them(RepetitionInfo info) {
    long seed = 0x15_1000L + info.getCurrentRepetition();
    Random random = new Random(seed);
    for (int n = 0; n < 50; n++) {
      StringBuilder name = new StringBuilder();
      for (int c = 0; c < random.nextInt(16); c++) {
        name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
      }
      String text = name.toString();
      assertThat(SecretNames.asciiTokens(text)).as("seed %d, name '%s'", seed, text)
          .isEqualTo(SecretNames.anyTokens(text));
    }
  }

  @RepeatedTest(300)
  void a_pointer_reason_read_without_tokens_is_the_one_read_with_them(RepetitionInfo info) {
    long seed = 0x15_2000L + info.getCurrentRepetition();
    Random random = new Random(seed);
    for (int n = 0; n < 50; n++) {
      StringBuilder name = new StringBuilder();
      for (int p = 0; p < random.nextInt(5); p++) {
        name.append(NAME_PIECES[random.nextInt(NAME_PIECES.length)]);
      }
      String text = name.toString();
      assertThat(SecretNames.pointerReason(text)).as("seed %d, name '%s'", seed, text)
          .isEqualTo(SecretNames.pointerReasonOfTokens(text));
      assertThat(SecretNames.tokens(text)).as("seed %d, name '%s'", seed, text)
          .isEqualTo(SecretNames.anyTokens(text));
    }
  }
}
