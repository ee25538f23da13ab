package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DigestTest {
  private static final String HEX = "ab".repeat(32);

  @Test
  void sha256_and_sha512() {
    Digest d = Digest.parse("sha256:" + HEX);
    assertThat(d.algorithm()).isEqualTo("sha256");
    assertThat(d.hex()).isEqualTo(HEX);
    assertThat(d.toString()).isEqualTo("sha256:" + HEX);
    assertThat(d).isEqualTo(Digest.sha256(HEX)).hasSameHashCodeAs(Digest.sha256(HEX));
    assertThat(Digest.parse("sha512:" + HEX + HEX).algorithm()).isEqualTo("sha512");
  }

  @Test
  void refuses_missing_or_unknown_algorithm() {
    assertThatThrownBy(() -> Digest.parse(HEX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("digest '" + HEX + "' has no algorithm; digests look like sha256:<64 hex digits>");
    assertThatThrownBy(() -> Digest.parse("md5:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("digest 'md5:abc' uses algorithm 'md5'; use sha256 or sha512");
  }

  @Test
  void refuses_wrong_length_or_upper_case() {
    assertThatThrownBy(() -> Digest.sha256("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("digest 'sha256:abc' is not valid; sha256 digests have 64 lower-case hex digits");
    assertThatThrownBy(() -> Digest.sha256("AB".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("digest 'sha256:" + "AB".repeat(32) + "' is not valid; sha256 digests have 64 lower-case hex digits");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Digest.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text == null");
    assertThatThrownBy(() -> Digest.sha256(null)).isInstanceOf(NullPointerException.class).hasMessage("hex == null");
  }
}
