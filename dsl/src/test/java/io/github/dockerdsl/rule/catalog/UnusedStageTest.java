package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class UnusedStageTest {
  @Test
  void stages_the_final_stage_does_not_reach_are_warned() {
    Stage deps = Stage.from("node:20").as("deps").build();
    Stage test = Stage.from(deps).as("test").build();
    Stage helper = Stage.from("alpine:3.20").as("helper").build();
    Stage assets = Stage.from("node:20").as("assets").build();
    Stage build = Stage.from(deps).as("build")
        .run(Run.of(Command.shell("make")).withMount(BindMount.of("/assets").withFrom(assets.ref()))).build();
    assertThat(Findings.of(Rules.UNUSED_STAGE, Dockerfile.builder().stage(deps).stage(test).stage(helper)
        .stage(assets).stage(build).stage(Stage.from("node:20").copyFrom(build, "/out", "/app").build())))
        .containsExactly(
            "1/-1 stage 'test' is not used by the final stage, directly or through other stages, so a default build "
                + "skips it",
            "2/-1 stage 'helper' is not used by the final stage, directly or through other stages, so a default "
                + "build skips it");
  }

  @Test
  void an_unnamed_earlier_stage_is_unused_and_a_single_stage_is_fine() {
    assertThat(Findings.of(Rules.UNUSED_STAGE, Dockerfile.builder().stage(Stage.from("node:20").build())
        .stage(Stage.from("node:20").build())))
        .containsExactly("0/-1 stage FROM node:20 is not used by the final stage, directly or through other stages, "
            + "so a default build skips it");
    assertThat(Findings.of(Rules.UNUSED_STAGE, Stage.from("node:20"))).isEmpty();
  }
}
