package io.github.dockerdsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyntaxVersionTest {
  @Test
  void parse_compare_and_print() {
    assertThat(SyntaxVersion.parse("1.4")).isEqualTo(SyntaxVersion.of(1, 4));
    assertThat(SyntaxVersion.of(1, 10).isAtLeast(SyntaxVersion.of(1, 9))).isTrue();
    assertThat(SyntaxVersion.of(1, 2).isAtLeast(SyntaxVersion.of(1, 4))).isFalse();
    assertThat(SyntaxVersion.of(1, 7).frontendImage()).isEqualTo("docker/dockerfile:1.7");
    assertThat(SyntaxVersion.LATEST.isAtLeast(SyntaxVersion.of(1, 20))).isTrue();
  }

  @Test
  void versions_of_frontend_images() {
    assertThat(SyntaxVersion.ofFrontend("docker/dockerfile:1.7")).contains(SyntaxVersion.of(1, 7));
    assertThat(SyntaxVersion.ofFrontend("docker/dockerfile:1.7.1")).contains(SyntaxVersion.of(1, 7));
    assertThat(SyntaxVersion.ofFrontend("docker.io/docker/dockerfile:1.4-labs")).contains(SyntaxVersion.of(1, 4));
    assertThat(SyntaxVersion.ofFrontend("docker/dockerfile:1").get().toString()).isEqualTo("1");
    assertThat(SyntaxVersion.ofFrontend("docker/dockerfile:1").get().isAtLeast(SyntaxVersion.LATEST)).isTrue();
    assertThat(SyntaxVersion.ofFrontend("example.com/frontend:1.2")).isEmpty();
  }

  @Test
  void every_feature_needs_at_most_latest() {
    for (Feature f : Feature.values()) {
      assertThat(SyntaxVersion.LATEST.isAtLeast(f.minimum())).as(f.name()).isTrue();
      assertThat(f.description()).isNotBlank();
    }
    assertThat(Feature.HEREDOC.minimum()).isEqualTo(SyntaxVersion.of(1, 4));
  }

  @Test
  void refuses_invalid() {
    assertThatThrownBy(() -> SyntaxVersion.parse("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax version '1' is not valid; write major.minor such as 1.4");
    assertThatThrownBy(() -> SyntaxVersion.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax version '0.1' is not valid; versions are 1.0 and later");
  }
}
