package io.github.dockerdsl.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Origin;
import io.github.dockerdsl.Stage;
import org.junit.jupiter.api.Test;

/** Lives outside the model packages, as user code does, so origins point here. */
class OriginTest {
  @Test
  void origins_point_at_the_calling_line() {
    Stage stage = Stage.from("alpine:3.20").run("true").build();
    Origin origin = stage.origins().get(0);
    assertThat(origin).isInstanceOf(Origin.JavaSource.class);
    assertThat(origin.describe())
        .startsWith("io.github.dockerdsl.usage.OriginTest.origins_point_at_the_calling_line(OriginTest.java:");
    assertThat(((Origin.JavaSource) stage.fromOrigin()).lineNumber()).isEqualTo(((Origin.JavaSource) origin).lineNumber());
  }

  @Test
  void other_origins() {
    assertThat(Origin.UNKNOWN.describe()).isEqualTo("unknown origin");
    assertThat(new Origin.FileLine(7, 1).describe()).isEqualTo("line 7, column 1");
  }
}
