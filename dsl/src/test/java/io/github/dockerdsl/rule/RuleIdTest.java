package io.github.dockerdsl.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule codes and names are checked with loops now (no regex at catalogue build); the grammar is unchanged. */
class RuleIdTest {
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,10}[0-9]{3,4}");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  @ParameterizedTest
  @ValueSource(strings = {"DF001", "ACME0001", "AB123", "ABCDEFGHIJ1234"})
  void valid_codes_are_accepted(String code) {
    assertThat(RuleId.isCode(code)).isTrue();
    assertThat(RuleId.of(code, "Fine").code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "DF01", "D001", "df001", "DF00001", "ABCDEFGHIJK123", "DF0A1", "DF 001", "001DF",
      "DF001 ", "ÄB123", "DF١٢٣"})
  void invalid_codes_are_refused_with_the_rule_for_codes(String code) {
    assertThat(RuleId.isCode(code)).isFalse();
    assertThatThrownBy(() -> RuleId.of(code, "Fine"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("is not valid; codes are 2-10 upper-case letters and 3-4 digits, e.g. ACME001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pinned", "Pinned-Base", "Pinned Base", "_Pinned", "1Pinned", "Pinnéd"})
  void names_that_are_not_pascal_case_are_refused(String name) {
    assertThatThrownBy(() -> RuleId.of("DF001", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("is not PascalCase; write e.g. InternalRegistryOnly");
  }

  /** The loops agree with the regexes they replaced, over seeded strings from the characters that matter. */
  @RepeatedTest(20)
  void the_loops_agree_with_the_former_regexes(RepetitionInfo repetition) {
    long seed = 15L * repetition.getCurrentRepetition();
    Random random = new Random(seed);
    String alphabet = "ABZaz09_- É";
    for (int k = 0; k < 2_000; k++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        // mostly letters then digits, so valid codes come up often
        s.append(i < length / 2 && random.nextBoolean() ? (char) ('A' + random.nextInt(26))
            : random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('0' + random.nextInt(10)));
      }
      String text = s.toString();
      assertThat(RuleId.isCode(text)).as("code '%s' (seed %d)", text, seed).isEqualTo(CODE.matcher(text).matches());
      boolean name = NAME.matcher(text).matches();
      boolean accepted;
      try {
        RuleId.of("DF001", text);
        accepted = true;
      } catch (IllegalArgumentException e) {
        accepted = false;
      }
      assertThat(accepted).as("name '%s' (seed %d)", text, seed).isEqualTo(name);
    }
  }
}
