package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class SingleCmdEntrypointHealthcheckTest {
  @Test
  void earlier_instructions_are_reported_and_the_last_is_kept() {
    assertThat(Findings.of(Rules.SINGLE_CMD_ENTRYPOINT_HEALTHCHECK, Stage.from("node:20")
        .cmd("a").entrypoint("x").cmd("b").healthcheck(Healthcheck.of("h")).raw("CMD c")
        .healthcheck(Healthcheck.none())))
        .containsExactly(
            "0/0 CMD has no effect: the later CMD (instruction 3) replaces it",
            "0/2 CMD has no effect: the later CMD (instruction 5) replaces it",
            "0/3 HEALTHCHECK has no effect: the later HEALTHCHECK (instruction 6) replaces it");
  }

  @Test
  void one_of_each_and_onbuild_triggers_are_fine() {
    assertThat(Findings.of(Rules.SINGLE_CMD_ENTRYPOINT_HEALTHCHECK, Stage.from("node:20")
        .onBuild(Cmd.of("x")).cmd("a").entrypoint("b").healthcheck(Healthcheck.of("h")))).isEmpty();
  }
}
