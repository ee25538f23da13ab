package io.github.dockerdsl;

import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.rule.Rule;
import java.util.List;

/**
 * The instructions of a stage being written. Handlers and preset hooks receive this view, which has
 * no {@code build()}, so there is nothing to call and forget.
 */
public interface StageBody {
  /** What the stage starts FROM, so hooks can adapt to the base image's distribution. */
  BaseImage base();

  /** Appends any instruction; every other method funnels into this one. */
  StageBody instruction(Instruction instruction);

  /**
   * Waives {@code rule} for the instruction added last (or FROM, before any instruction), with a
   * reason that is written into the Dockerfile as a comment.
   */
  StageBody suppress(Rule rule, String reason);

  /** Appends instructions in order, e.g. from a reusable step. */
  default StageBody instructions(List<? extends Instruction> instructions) {
    for (Instruction i : instructions) {
      instruction(i);
    }
    return this;
  }

  /** {@code RUN line} in shell form. */
  default StageBody run(String line) {
    return instruction(Run.of(Command.shell(line)));
  }

  /** RUN of any command form. */
  default StageBody run(Command command) {
    return instruction(Run.of(command));
  }

  /** RUN with mounts or flags. */
  default StageBody run(Run run) {
    return instruction(run);
  }

  /** {@code COPY source destination} from the build context. */
  default StageBody copy(String source, String destination) {
    return instruction(Copy.of(source, destination));
  }

  /** COPY with flags. */
  default StageBody copy(Copy copy) {
    return instruction(copy);
  }

  /** {@code COPY --from=<stage>}: files built by an earlier stage. */
  default StageBody copyFrom(Stage stage, String source, String destination) {
    return instruction(Copy.of(source, destination).withFrom(stage.ref()));
  }

  /** ADD for URLs, git and archives. */
  default StageBody add(Add add) {
    return instruction(add);
  }

  /** {@code ENV key=value}. */
  default StageBody env(String key, String value) {
    return instruction(io.github.dockerdsl.instruction.Env.of(key, value));
  }

  /** {@code ARG name}. */
  default StageBody arg(String name) {
    return instruction(io.github.dockerdsl.instruction.Arg.of(name));
  }

  /** {@code ARG name=default}. */
  default StageBody arg(String name, String defaultValue) {
    return instruction(io.github.dockerdsl.instruction.Arg.of(name, defaultValue));
  }

  /** {@code LABEL key=value}. */
  default StageBody label(String key, String value) {
    return instruction(io.github.dockerdsl.instruction.Label.of(key, value));
  }

  /** {@code WORKDIR path}. */
  default StageBody workdir(String path) {
    return instruction(io.github.dockerdsl.instruction.Workdir.of(path));
  }

  /** {@code USER user}. */
  default StageBody user(String user) {
    return instruction(io.github.dockerdsl.instruction.User.of(user));
  }

  /** {@code USER user[:group]}. */
  default StageBody user(UserSpec user) {
    return instruction(new io.github.dockerdsl.instruction.User(user));
  }

  /** {@code EXPOSE port} over TCP. */
  default StageBody expose(int port) {
    return instruction(io.github.dockerdsl.instruction.Expose.of(Port.tcp(port)));
  }

  /** {@code EXPOSE} of typed ports. */
  default StageBody expose(Port... ports) {
    return instruction(io.github.dockerdsl.instruction.Expose.of(ports));
  }

  /** {@code VOLUME ["path", ...]}. */
  default StageBody volume(String... paths) {
    return instruction(io.github.dockerdsl.instruction.Volume.of(paths));
  }

  /** {@code CMD ["program", "arg", ...]}, exec form only. */
  default StageBody cmd(String... argv) {
    return instruction(io.github.dockerdsl.instruction.Cmd.of(argv));
  }

  /** {@code ENTRYPOINT ["program", "arg", ...]}, exec form only. */
  default StageBody entrypoint(String... argv) {
    return instruction(io.github.dockerdsl.instruction.Entrypoint.of(argv));
  }

  /** CMD of an exec-form command, e.g. {@code Command.shellExec("java $JAVA_OPTS -jar app.jar")}. */
  default StageBody cmd(Command.ExecForm command) {
    return instruction(io.github.dockerdsl.instruction.Cmd.of(command));
  }

  /** ENTRYPOINT of an exec-form command, e.g. {@code Command.exec("java", "-jar", "/app/app.jar")}. */
  default StageBody entrypoint(Command.ExecForm command) {
    return instruction(io.github.dockerdsl.instruction.Entrypoint.of(command));
  }

  /** HEALTHCHECK, exec form only. */
  default StageBody healthcheck(Healthcheck healthcheck) {
    return instruction(healthcheck);
  }

  /** {@code SHELL ["program", "arg", ...]}. */
  default StageBody shell(String... argv) {
    return instruction(io.github.dockerdsl.instruction.Shell.of(argv));
  }

  /** {@code STOPSIGNAL signal}. */
  default StageBody stopSignal(Signal signal) {
    return instruction(io.github.dockerdsl.instruction.StopSignal.of(signal));
  }

  /** {@code ONBUILD trigger}. */
  default StageBody onBuild(Instruction trigger) {
    return instruction(io.github.dockerdsl.instruction.OnBuild.of(trigger));
  }

  /** A {@code #} comment. */
  default StageBody comment(String text) {
    return instruction(io.github.dockerdsl.instruction.Comment.of(text));
  }

  /** A raw instruction; rule DF901 reports it until it is suppressed with a reason. */
  default StageBody raw(String text) {
    return instruction(io.github.dockerdsl.instruction.Raw.of(text));
  }
}
