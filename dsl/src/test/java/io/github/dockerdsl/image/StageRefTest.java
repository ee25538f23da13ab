package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageRefTest {
  @Test
  void valid_names() {
    assertThat(new StageRef("build").reference()).isEqualTo("build");
    assertThat(new StageRef("build-1.x_y").toString()).isEqualTo("build-1.x_y");
    assertThat(Scratch.SCRATCH.toString()).isEqualTo("scratch");
  }

  @Test
  void refuses_upper_case_with_a_hint() {
    assertThatThrownBy(() -> new StageRef("Build"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage name 'Build' is not a valid stage name; use lower case, e.g. 'build'");
  }

  @Test
  void refuses_invalid_and_reserved() {
    assertThatThrownBy(() -> new StageRef("1st"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage name '1st' is not a valid stage name; names match [a-z][a-z0-9_.-]*");
    assertThatThrownBy(() -> new StageRef("scratch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage name 'scratch' is reserved by BuildKit; choose another name, e.g. 'scratch-stage'");
    assertThatThrownBy(() -> new StageRef("context"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage name 'context' is reserved by BuildKit; choose another name, e.g. 'context-stage'");
  }

  @Test
  void named_context() {
    assertThat(NamedContext.of("docs").reference()).isEqualTo("docs");
    assertThatThrownBy(() -> NamedContext.of("My Docs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("build context name 'My Docs' is not valid; names match [a-z][a-z0-9_.-]*");
    assertThatThrownBy(() -> NamedContext.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("name == null");
  }
}
