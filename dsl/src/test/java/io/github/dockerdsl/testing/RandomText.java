package io.github.dockerdsl.testing;

import java.util.Random;

/** Seeded random text for the tests that compare a hand-written scanner with the regex it replaces. */
public final class RandomText {
  private RandomText() {}

  /** Up to {@code maxLength} characters, each drawn from {@code alphabet}. */
  public static String chars(Random random, String alphabet, int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** Up to {@code maxPieces} pieces, each drawn from {@code pieces}, joined. */
  public static String pieces(Random random, String[] pieces, int maxPieces) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    return out.toString();
  }
}
