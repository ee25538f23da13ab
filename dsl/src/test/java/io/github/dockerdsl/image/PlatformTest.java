package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformTest {
  @Test
  void literals_and_variables() {
    assertThat(Platform.parse("linux/amd64").toString()).isEqualTo("linux/amd64");
    assertThat(Platform.parse("linux/arm64/v8").toString()).isEqualTo("linux/arm64/v8");
    assertThat(Platform.parse("linux/amd64").isVariable()).isFalse();
    assertThat(Platform.parse("$BUILDPLATFORM")).isEqualTo(Platform.BUILDPLATFORM);
    assertThat(Platform.parse("${TARGETPLATFORM}").isVariable()).isTrue();
    assertThat(Platform.TARGETPLATFORM.toString()).isEqualTo("$TARGETPLATFORM");
  }

  @Test
  void refuses_invalid() {
    assertThatThrownBy(() -> Platform.parse("linux/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platform 'linux/' is not valid; use os/arch[/variant] such as linux/amd64, or $BUILDPLATFORM");
    assertThatThrownBy(() -> Platform.parse("Linux/AMD64"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platform 'Linux/AMD64' is not valid; use os/arch[/variant] such as linux/amd64, or $BUILDPLATFORM");
    assertThatThrownBy(() -> Platform.parse("linux/amd64 AS x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("platform 'linux/amd64 AS x' is not valid");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Platform.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text == null");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"linux", "linux/${TARGETARCH}", "${BUILDPLATFORM:-}",
      "$TARGETOS/$TARGETARCH", "linux/arm64/v8"})
  void accepts_what_buildkit_reads(String text) {
    assertThat(Platform.parse(text).toString()).isEqualTo(text);
    assertThat(Platform.parse(text).isVariable()).isEqualTo(text.contains("$"));
  }
}
