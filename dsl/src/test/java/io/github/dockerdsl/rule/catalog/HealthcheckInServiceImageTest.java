package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;

class HealthcheckInServiceImageTest {
  @Test
  void final_stage_exposing_a_port_without_healthcheck_is_warned() {
    assertThat(Rules.HEALTHCHECK_IN_SERVICE_IMAGE.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(Findings.of(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, Stage.from("node:20").as("runtime").user("node")
        .expose(8080).cmd("node", "server.js")))
        .containsExactly("0/1 the final stage 'runtime' EXPOSEs a port but has no HEALTHCHECK, so a container that "
            + "hangs still counts as running");
  }

  @Test
  void inherited_expose_and_inherited_healthcheck_count() {
    Stage base = Stage.from("node:20").as("base").expose(8080).build();
    assertThat(Findings.of(Rules.HEALTHCHECK_IN_SERVICE_IMAGE,
        Dockerfile.builder().stage(base).stage(Stage.from(base).as("runtime").build())))
        .containsExactly("1/-1 the final stage 'runtime' inherits an EXPOSE but has no HEALTHCHECK, so a container "
            + "that hangs still counts as running");
    Stage checked = Stage.from("node:20").as("base").expose(8080).healthcheck(Healthcheck.of("curl", "-f", "x")).build();
    assertThat(Findings.of(Rules.HEALTHCHECK_IN_SERVICE_IMAGE,
        Dockerfile.builder().stage(checked).stage(Stage.from(checked).build()))).isEmpty();
  }

  @Test
  void no_port_none_or_a_non_final_stage_is_fine() {
    assertThat(Findings.of(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, Stage.from("node:20").cmd("node", "job.js"))).isEmpty();
    assertThat(Findings.of(Rules.HEALTHCHECK_IN_SERVICE_IMAGE,
        Stage.from("node:20").expose(80).healthcheck(Healthcheck.none()))).isEmpty();
    Stage build = Stage.from("node:20").as("build").expose(3000).build();
    assertThat(Findings.of(Rules.HEALTHCHECK_IN_SERVICE_IMAGE,
        Dockerfile.builder().stage(build).stage(Stage.from("node:20").copyFrom(build, "/a", "/a").build()))).isEmpty();
  }
}
