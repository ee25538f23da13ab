package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class NumericUserOnMinimalBaseTest {
  @Test
  void named_user_on_scratch_is_warned() {
    assertThat(Findings.of(Rules.NUMERIC_USER_ON_MINIMAL_BASE, Stage.from("scratch").as("runtime").user("app")))
        .containsExactly("0/0 USER names 'app', but stage 'runtime' is built on scratch, which has no /etc/passwd, "
            + "so the container fails to start");
  }

  @Test
  void distroless_knows_nonroot_but_not_other_names_or_groups() {
    String image = "gcr.io/distroless/static-debian12:nonroot";
    assertThat(Findings.of(Rules.NUMERIC_USER_ON_MINIMAL_BASE, Stage.from(image).user("nonroot")
        .user("nonroot:nonroot").user("65532:app")))
        .containsExactly("0/2 USER names 'app', but stage FROM " + image + " is built on '" + image + "', whose "
            + "/etc/passwd knows only root, nonroot and nobody, so the container fails to start");
  }

  @Test
  void inherited_scratch_base_counts_and_a_copied_passwd_resolves_names() {
    Stage base = Stage.from("scratch").as("base").build();
    Stage build = Stage.from("alpine:3.20").as("build").build();
    assertThat(Findings.of(Rules.NUMERIC_USER_ON_MINIMAL_BASE, Dockerfile.builder().stage(base).stage(build)
        .stage(Stage.from(base).as("named").user("app").build())
        .stage(Stage.from("scratch").copyFrom(build, "/etc/passwd", "/etc/passwd").user("app").build())))
        .containsExactly("2/0 USER names 'app', but stage 'named' is built on scratch, which has no /etc/passwd, so "
            + "the container fails to start");
  }

  @Test
  void numeric_ids_variables_and_full_images_are_fine() {
    assertThat(Findings.of(Rules.NUMERIC_USER_ON_MINIMAL_BASE, Stage.from("scratch").user("10001:10001")
        .arg("UID").user("$UID"))).isEmpty();
    assertThat(Findings.of(Rules.NUMERIC_USER_ON_MINIMAL_BASE, Stage.from("node:20").user("node"))).isEmpty();
  }
}
