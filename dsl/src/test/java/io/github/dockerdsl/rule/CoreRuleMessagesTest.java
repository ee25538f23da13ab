package io.github.dockerdsl.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Raw;
import java.util.List;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** Pins the full report of the rules that are not in the two catalogue message tests. */
class CoreRuleMessagesTest {

  private static String report(Dockerfile df, Rule rule) {
    List<Violation> found = Policy.strict().evaluate(df).stream()
        .filter(v -> v.rule().equals(rule.id())).collect(Collectors.toList());
    assertThat(found).as("findings of %s", rule.id()).isNotEmpty();
    return found.stream().map(Reports::describe).collect(Collectors.joining("\n"))
        .replaceAll("\\(CoreRuleMessagesTest\\.java:\\d+\\)", "(CoreRuleMessagesTest.java:<line>)");
  }

  @Test
  void df001_unpinned_through_a_global_arg_without_default() {
    Dockerfile df = Dockerfile.builder().globalArg("NODE_VERSION")
        .stage(Stage.from("node:${NODE_VERSION}").user("node").build()).build(Policy.none());
    Approvals.verify(report(df, Rules.PINNED_BASE_IMAGE));
  }

  @Test
  void df004_shell_form_cmd() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("node:20").user("node").instruction(Raw.of("CMD node server.js")).build())
        .build(Policy.none());
    Approvals.verify(report(df, Rules.EXEC_FORM_COMMANDS));
  }

  @Test
  void df900_unused_suppression() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("node:20").user("node").suppress(Rules.NON_ROOT_FINAL_USER, "legacy").build())
        .build(Policy.none());
    Approvals.verify(report(df, Rules.UNUSED_SUPPRESSION));
  }

  @Test
  void df901_raw_instruction() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("node:20").user("node").raw("RUN --device=/dev/fuse mount-things").build())
        .build(Policy.none());
    Approvals.verify(report(df, Rules.RAW_INSTRUCTION));
  }
}
