package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class MaintainerDeprecatedTest {
  @Test
  void maintainer_is_reported_with_the_label_fix() {
    assertThat(Findings.violations(Rules.MAINTAINER_DEPRECATED, Dockerfile.builder()
        .stage(Stage.from("node:20").workdir("/app").raw("MAINTAINER Jane \"JD\" <jane@example.com>").build())))
        .singleElement().satisfies(v -> {
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo(
              "MAINTAINER is deprecated; tools read the author from the OCI label org.opencontainers.image.authors");
          assertThat(v.fix()).isEqualTo(
              "replace it with .label(\"org.opencontainers.image.authors\", \"Jane \\\"JD\\\" <jane@example.com>\")");
        });
  }

  @Test
  void the_label_and_other_raw_instructions_are_fine() {
    assertThat(Findings.of(Rules.MAINTAINER_DEPRECATED, Stage.from("node:20")
        .label("org.opencontainers.image.authors", "jane@example.com").raw("EXPOSE $PORT"))).isEmpty();
  }
}
