package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OnBuildTest {
  @Test
  void wraps_a_trigger() {
    assertThat(OnBuild.of(Copy.of(".", "/app/src")).toString()).isEqualTo("ONBUILD COPY . /app/src");
    assertThat(OnBuild.of(Run.shell("make")).toString()).isEqualTo("ONBUILD RUN make");
  }

  @Test
  void refuses_onbuild_onbuild() {
    assertThatThrownBy(() -> OnBuild.of(OnBuild.of(Run.shell("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONBUILD ONBUILD is not allowed; give the trigger instruction directly");
  }

  @Test
  void refuses_a_comment() {
    assertThatThrownBy(() -> OnBuild.of(Comment.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONBUILD cannot hold a comment; put the comment above the ONBUILD");
  }

  @Test
  void refuses_raw_onbuild_and_maintainer() {
    assertThatThrownBy(() -> OnBuild.of(Raw.of("ONBUILD RUN x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONBUILD ONBUILD is not allowed; Docker refuses it");
    assertThatThrownBy(() -> OnBuild.of(Raw.of("maintainer me")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONBUILD MAINTAINER is not allowed; Docker refuses it");
  }

  @Test
  void from_cannot_be_a_trigger_because_raw_refuses_it() {
    assertThatThrownBy(() -> OnBuild.of(Raw.of("FROM alpine")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction 'FROM alpine' starts a stage; use Stage.from(...) instead");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> OnBuild.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("trigger == null");
  }
}
