package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's quick tests before a set's hash (docs/performance.md, sixth round) answer as the sets
 * do: for every member, every member with one character changed, added or removed, and seeded words.
 */
class ShellShortcutsTest {
  private static final Set<String> KEYWORDS =
      Set.of("if", "then", "else", "elif", "do", "while", "until", "!", "{", "}", "fi", "done", "esac", "time");
  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");
  private static final String ALPHABET = "itedwufhnlsoamckbz!{}-/ ";

  @Test
  void every_keyword_and_shell_and_their_neighbours_answer_as_the_sets_do() {
    List<String> words = new ArrayList<>(List.of("", "x", "ifx", "shell", "bashh", "/bin/sh"));
    for (String member : union()) {
      words.add(member);
      for (int at = 0; at <= member.length(); at++) {
        for (char c : ALPHABET.toCharArray()) {
          words.add(member.substring(0, at) + c + member.substring(at));
          if (at < member.length()) {
            words.add(member.substring(0, at) + c + member.substring(at + 1));
          }
        }
        if (at < member.length()) {
          words.add(member.substring(0, at) + member.substring(at + 1));
        }
      }
    }
    for (String w : words) {
      assertThat(ShellParser.isPrefixKeyword(w)).as("'%s'", w).isEqualTo(KEYWORDS.contains(w));
      assertThat(ShellWords.isShellName(w)).as("'%s'", w).isEqualTo(SHELLS.contains(w));
    }
  }

  @RepeatedTest(100)
  void seeded_short_words_answer_as_the_sets_do(RepetitionInfo info) {
    long seed = 0x15_3000L + info.getCurrentRepetition();
    Random random = new Random(seed);
    for (int n = 0; n < 200; n++) {
      StringBuilder w = new StringBuilder();
      for (int c = 0; c < random.nextInt(7); c++) {
        w.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String word = w.toString();
      assertThat(ShellParser.isPrefixKeyword(word)).as("seed %d, '%s'", seed, word)
          .isEqualTo(KEYWORDS.contains(word));
      assertThat(ShellWords.isShellName(word)).as("seed %d, '%s'", seed, word).isEqualTo(SHELLS.contains(word));
    }
  }

  @Test
  void wrappers_that_take_assignments_still_add_them_and_others_add_none() {
    assertThat(ShellWords.parse("A=1 env B=2 sudo C=3 nice -n 5 D=4 make").get(0).assignments())
        .containsExactly("A=1", "B=2", "C=3");
    assertThat(ShellWords.parse("A=1 nohup make B=2").get(0).assignments()).containsExactly("A=1");
  }

  private static List<String> union() {
    List<String> all = new ArrayList<>(KEYWORDS);
    all.addAll(SHELLS);
    return all;
  }
}
