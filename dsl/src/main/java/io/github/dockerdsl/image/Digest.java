package io.github.dockerdsl.image;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;

/** A content digest such as {@code sha256:<64 hex>}, the only way to pin an image immutably. */
public final class Digest {

  private final String algorithm;
  private final String hex;

  private Digest(String algorithm, String hex) {
    this.algorithm = algorithm;
    this.hex = hex;
  }

  /** A SHA-256 digest from its 64 lower-case hex digits. */
  public static Digest sha256(String hex) {
    Objects.requireNonNull(hex, "hex == null");
    check("sha256", hex, "sha256:" + hex);
    return new Digest("sha256", hex);
  }

  /** Parses {@code algorithm:hex}; sha256 and sha512 are accepted. */
  public static Digest parse(String text) {
    Objects.requireNonNull(text, "text == null");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(String.format(
          "digest '%s' has no algorithm; digests look like sha256:<64 hex digits>", Quoting.visible(text)));
    }
    String algorithm = text.substring(0, colon);
    String hex = text.substring(colon + 1);
    check(algorithm, hex, text);
    return new Digest(algorithm, hex);
  }

  private static void check(String algorithm, String hex, String text) {
    int length;
    if (algorithm.equals("sha256")) {
      length = 64;
    } else if (algorithm.equals("sha512")) {
      length = 128;
    } else {
      throw new IllegalArgumentException(String.format(
          "digest '%s' uses algorithm '%s'; use sha256 or sha512", Quoting.visible(text), Quoting.visible(algorithm)));
    }
    if (hex.length() != length || !isLowerHex(hex)) {
      throw new IllegalArgumentException(String.format(
          "digest '%s' is not valid; %s digests have %d lower-case hex digits",
          Quoting.visible(text), algorithm, length));
    }
  }

  /** The algorithm, {@code sha256} or {@code sha512}. */
  public String algorithm() {
    return algorithm;
  }

  /** The hex digits. */
  public String hex() {
    return hex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Digest && ((Digest) o).algorithm.equals(algorithm) && ((Digest) o).hex.equals(hex);
  }

  @Override
  public int hashCode() {
    return algorithm.hashCode() * 31 + hex.hashCode();
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }

  /** {@code [0-9a-f]+} as a loop: every pinned FROM checks its digest, and no regex compiles at start. */
  static boolean isLowerHex(String hex) {
    if (hex.isEmpty()) {
      return false;
    }
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
