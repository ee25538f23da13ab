package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Stage;
import org.junit.jupiter.api.Test;

/** An exec-form program with whitespace in its name fails at run time, so the typed API refuses it. */
class ProgramNameTest {
  private static final String HINT = " contains whitespace; exec form runs no shell, so Docker would look for an "
      + "executable of that name; pass the program and each argument separately, "
      + "Command.exec(\"java\", \"-jar\", \"/app/app.jar\"), or use Command.shellExec(\"java -jar /app/app.jar\") "
      + "for a shell command line";

  @Test
  void stage_cmd_refuses_a_command_line_as_program() {
    assertThatThrownBy(() -> Stage.from("eclipse-temurin:17-jre").cmd("java -jar /app/app.jar"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CMD program 'java -jar /app/app.jar'" + HINT);
  }

  @Test
  void stage_entrypoint_refuses_a_command_line_as_program() {
    assertThatThrownBy(() -> Stage.from("eclipse-temurin:17-jre").entrypoint("java -jar /app/app.jar"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ENTRYPOINT program 'java -jar /app/app.jar'" + HINT);
  }

  @Test
  void healthcheck_refuses_a_command_line_as_program() {
    assertThatThrownBy(() -> Healthcheck.of("curl -f http://localhost/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HEALTHCHECK program 'curl -f http://localhost/' contains whitespace; exec form runs no shell, "
            + "so Docker would look for an executable of that name; pass the program and each argument separately, "
            + "Command.exec(\"curl\", \"-f\", \"http://localhost/\"), or use "
            + "Command.shellExec(\"curl -f http://localhost/\") for a shell command line");
  }

  @Test
  void exec_form_factories_refuse_it_too() {
    assertThatThrownBy(() -> Cmd.of(Command.exec("java -jar", "/app/app.jar")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CMD program 'java -jar' contains whitespace;");
    assertThatThrownBy(() -> Entrypoint.of(Command.exec(" java")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ENTRYPOINT program ' java' contains whitespace;");
  }

  @Test
  void arguments_may_hold_spaces_and_the_parser_keeps_what_a_file_says() {
    assertThat(Cmd.of("node", "-e", "console.log('a b')").toString())
        .isEqualTo("CMD [\"node\", \"-e\", \"console.log('a b')\"]");
    assertThat(new Cmd(java.util.List.of("java -jar x.jar")).argv()).containsExactly("java -jar x.jar");
  }

  @Test
  void stage_builder_takes_exec_form_commands() {
    Stage stage = Stage.from("eclipse-temurin:17-jre")
        .entrypoint(Command.exec("java", "-jar", "/app/app.jar"))
        .cmd(Command.shellExec("java $JAVA_OPTS -jar /app/app.jar"))
        .build();
    assertThat(stage.instructions()).extracting(Instruction::toString).containsExactly(
        "ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]",
        "CMD [\"/bin/sh\", \"-c\", \"exec java $JAVA_OPTS -jar /app/app.jar\"]");
  }
}
