package io.github.dockerdsl.codegen;

import com.palantir.javapoet.CodeBlock;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Protocol;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Java code for one instruction: as a call on a stage builder ({@code .copy("a", "b")}) and as a
 * value ({@code Copy.of("a", "b")}), preferring the shortest form of the typed API that builds an
 * equal instruction.
 */
final class InstructionCode implements Instruction.Visitor<CodeBlock> {
  private final Function<StageRef, String> stageVariable;
  private final RunCode runs;

  /** @param stageVariable the local variable that holds the stage a reference names */
  InstructionCode(Function<StageRef, String> stageVariable) {
    this.stageVariable = stageVariable;
    this.runs = new RunCode(this::sourceRef);
  }

  /** The call on a {@code Stage.Builder} that appends the instruction, starting with the dot. */
  CodeBlock call(Instruction instruction) {
    if (instruction instanceof Run run) {
      return CodeBlock.of(".run($L)", runs.argument(run));
    }
    if (instruction instanceof Copy copy) {
      if (copy.heredocs().isEmpty() && copy.sources().size() == 1 && copy.chown().isEmpty()
          && copy.chmod().isEmpty() && !copy.link() && !copy.parents() && copy.excludes().isEmpty()) {
        if (copy.from().isEmpty()) {
          return CodeBlock.of(".copy($S, $S)", copy.sources().get(0), copy.destination());
        }
        if (copy.from().get() instanceof StageRef ref) {
          return CodeBlock.of(".copyFrom($L, $S, $S)", stageVariable.apply(ref), copy.sources().get(0),
              copy.destination());
        }
      }
      return CodeBlock.of(".copy($L)", value(copy));
    }
    if (instruction instanceof Add add) {
      return CodeBlock.of(".add($L)", value(add));
    }
    if (instruction instanceof Env env && env.entries().size() == 1) {
      return CodeBlock.of(".env($S, $S)", env.entries().get(0).key(), env.entries().get(0).value());
    }
    if (instruction instanceof Label label && label.entries().size() == 1) {
      return CodeBlock.of(".label($S, $S)", label.entries().get(0).key(), label.entries().get(0).value());
    }
    if (instruction instanceof Arg arg) {
      return arg.defaultValue().map(d -> CodeBlock.of(".arg($S, $S)", arg.name(), d))
          .orElseGet(() -> CodeBlock.of(".arg($S)", arg.name()));
    }
    if (instruction instanceof Workdir workdir) {
      return CodeBlock.of(".workdir($S)", workdir.path());
    }
    if (instruction instanceof User user) {
      return CodeBlock.of(".user($S)", user.user().toString());
    }
    if (instruction instanceof Expose expose) {
      if (expose.ports().size() == 1 && expose.ports().get(0).protocol() == Protocol.TCP) {
        return CodeBlock.of(".expose($L)", expose.ports().get(0).number());
      }
      return CodeBlock.of(".expose($L)", ports(expose.ports()));
    }
    if (instruction instanceof Volume volume) {
      return CodeBlock.of(".volume($L)", Code.args(Code.strings(volume.paths())));
    }
    if (instruction instanceof Cmd cmd && !programHasWhitespace(cmd.argv())) {
      return CodeBlock.of(".cmd($L)", Code.args(Code.strings(cmd.argv())));
    }
    if (instruction instanceof Entrypoint entrypoint && !programHasWhitespace(entrypoint.argv())) {
      return CodeBlock.of(".entrypoint($L)", Code.args(Code.strings(entrypoint.argv())));
    }
    if (instruction instanceof Shell shell) {
      return CodeBlock.of(".shell($L)", Code.args(Code.strings(shell.argv())));
    }
    if (instruction instanceof Healthcheck healthcheck) {
      return CodeBlock.of(".healthcheck($L)", value(healthcheck));
    }
    if (instruction instanceof StopSignal stop) {
      return CodeBlock.of(".stopSignal($L)", signal(stop.signal()));
    }
    if (instruction instanceof OnBuild onBuild) {
      return CodeBlock.of(".onBuild($L)", value(onBuild.trigger()));
    }
    if (instruction instanceof Comment comment) {
      return CodeBlock.of(".comment($S)", comment.text());
    }
    if (instruction instanceof Raw raw) {
      return CodeBlock.of(".raw($S)", raw.text());
    }
    return CodeBlock.of(".instruction($L)", value(instruction));
  }

  /** The instruction as a value, for {@code ONBUILD} triggers and for builder calls without a shortcut. */
  CodeBlock value(Instruction instruction) {
    return instruction.accept(this);
  }

  /** {@code build.ref()} for a stage, a parsed image reference, or a named build context. */
  CodeBlock sourceRef(SourceRef ref) {
    if (ref instanceof StageRef stage) {
      return CodeBlock.of("$L.ref()", stageVariable.apply(stage));
    }
    if (ref instanceof ImageRef image) {
      return CodeBlock.of("$T.parse($S)", ImageRef.class, image.toString());
    }
    return CodeBlock.of("$T.of($S)", NamedContext.class, ((NamedContext) ref).name());
  }

  @Override
  public CodeBlock visitRun(Run run) {
    return runs.value(run);
  }

  @Override
  public CodeBlock visitCopy(Copy copy) {
    CodeBlock head;
    if (copy.heredocs().isEmpty() && copy.sources().size() == 1) {
      head = CodeBlock.of("$T.of($S, $S)", Copy.class, copy.sources().get(0), copy.destination());
    } else if (copy.heredocs().isEmpty()) {
      head = CodeBlock.of("$T.of($L, $S)", Copy.class, Code.listOf(copy.sources()), copy.destination());
    } else if (copy.sources().isEmpty() && copy.heredocs().size() == 1) {
      head = CodeBlock.of("$T.heredoc($L, $S)", Copy.class, RunCode.heredoc(copy.heredocs().get(0)),
          copy.destination());
    } else {
      List<CodeBlock> docs = new ArrayList<>();
      for (Heredoc doc : copy.heredocs()) {
        docs.add(RunCode.heredoc(doc));
      }
      head = CodeBlock.of("new $T($L, $T.of($L), $S, $T.empty(), $T.empty(), $T.empty(), false, false, $T.of())",
          Copy.class, Code.listOf(copy.sources()), List.class, Code.args(docs, true), copy.destination(),
          Optional.class, Optional.class, Optional.class, List.class);
    }
    List<CodeBlock> calls = new ArrayList<>();
    copy.from().ifPresent(f -> calls.add(CodeBlock.of(".withFrom($L)", sourceRef(f))));
    copy.chown().ifPresent(u -> calls.add(CodeBlock.of(".withChown($L)", userSpec(u))));
    copy.chmod().ifPresent(m -> calls.add(CodeBlock.of(".withChmod($L)", fileMode(m))));
    if (copy.link()) {
      calls.add(CodeBlock.of(".withLink()"));
    }
    if (copy.parents()) {
      calls.add(CodeBlock.of(".withParents()"));
    }
    if (!copy.excludes().isEmpty()) {
      calls.add(CodeBlock.of(".withExcludes($L)", Code.args(Code.strings(copy.excludes()))));
    }
    return Code.chain(head, calls);
  }

  @Override
  public CodeBlock visitAdd(Add add) {
    CodeBlock head;
    if (add.heredocs().isEmpty() && add.sources().size() == 1) {
      head = CodeBlock.of("$T.of($S, $S)", Add.class, add.sources().get(0), add.destination());
    } else if (add.heredocs().isEmpty()) {
      head = CodeBlock.of("new $T($L, $S, $T.empty(), false, $T.empty(), $T.empty(), $T.empty(), false, $T.of())",
          Add.class, Code.listOf(add.sources()), add.destination(), Optional.class, Optional.class,
          Optional.class, Optional.class, List.class);
    } else if (add.sources().isEmpty() && add.heredocs().size() == 1) {
      head = CodeBlock.of("$T.heredoc($L, $S)", Add.class, RunCode.heredoc(add.heredocs().get(0)), add.destination());
    } else {
      List<CodeBlock> docs = new ArrayList<>();
      for (Heredoc doc : add.heredocs()) {
        docs.add(RunCode.heredoc(doc));
      }
      head = CodeBlock.of("new $T($L, $T.of($L), $S, $T.empty(), false, $T.empty(), $T.empty(), $T.empty(), false, "
          + "$T.of())", Add.class, Code.listOf(add.sources()), List.class, Code.args(docs, true), add.destination(),
          Optional.class, Optional.class, Optional.class, Optional.class, List.class);
    }
    List<CodeBlock> calls = new ArrayList<>();
    add.checksum().ifPresent(c -> calls.add(CodeBlock.of(".withChecksum($S)", c)));
    if (add.keepGitDir()) {
      calls.add(CodeBlock.of(".withKeepGitDir()"));
    }
    add.unpack().ifPresent(u -> calls.add(CodeBlock.of(".withUnpack($L)", u)));
    add.chown().ifPresent(u -> calls.add(CodeBlock.of(".withChown($L)", userSpec(u))));
    add.chmod().ifPresent(m -> calls.add(CodeBlock.of(".withChmod($L)", fileMode(m))));
    if (add.link()) {
      calls.add(CodeBlock.of(".withLink()"));
    }
    if (!add.excludes().isEmpty()) {
      calls.add(CodeBlock.of(".withExcludes($L)", Code.args(Code.strings(add.excludes()))));
    }
    return Code.chain(head, calls);
  }

  @Override
  public CodeBlock visitEnv(Env env) {
    return pairs(Env.class, env.entries());
  }

  @Override
  public CodeBlock visitArg(Arg arg) {
    return arg.defaultValue().map(d -> CodeBlock.of("$T.of($S, $S)", Arg.class, arg.name(), d))
        .orElseGet(() -> CodeBlock.of("$T.of($S)", Arg.class, arg.name()));
  }

  @Override
  public CodeBlock visitLabel(Label label) {
    return pairs(Label.class, label.entries());
  }

  private static CodeBlock pairs(Class<?> type, List<KeyValue> entries) {
    KeyValue first = entries.get(0);
    List<CodeBlock> more = new ArrayList<>();
    for (KeyValue kv : entries.subList(1, entries.size())) {
      more.add(CodeBlock.of(".and($S, $S)", kv.key(), kv.value()));
    }
    return Code.chain(CodeBlock.of("$T.of($S, $S)", type, first.key(), first.value()), more);
  }

  @Override
  public CodeBlock visitWorkdir(Workdir workdir) {
    return CodeBlock.of("$T.of($S)", Workdir.class, workdir.path());
  }

  @Override
  public CodeBlock visitUser(User user) {
    return CodeBlock.of("$T.of($S)", User.class, user.user().toString());
  }

  @Override
  public CodeBlock visitExpose(Expose expose) {
    return CodeBlock.of("$T.of($L)", Expose.class, ports(expose.ports()));
  }

  @Override
  public CodeBlock visitVolume(Volume volume) {
    return CodeBlock.of("$T.of($L)", Volume.class, Code.args(Code.strings(volume.paths())));
  }

  @Override
  public CodeBlock visitCmd(Cmd cmd) {
    return programHasWhitespace(cmd.argv())
        ? CodeBlock.of("new $T($T.of($L))", Cmd.class, List.class, Code.args(Code.strings(cmd.argv())))
        : CodeBlock.of("$T.of($L)", Cmd.class, Code.args(Code.strings(cmd.argv())));
  }

  @Override
  public CodeBlock visitEntrypoint(Entrypoint entrypoint) {
    return programHasWhitespace(entrypoint.argv())
        ? CodeBlock.of("new $T($T.of($L))", Entrypoint.class, List.class, Code.args(Code.strings(entrypoint.argv())))
        : CodeBlock.of("$T.of($L)", Entrypoint.class, Code.args(Code.strings(entrypoint.argv())));
  }

  /**
   * True when the program of an exec form holds whitespace: the factories refuse it (no image has such
   * an executable), so the imported code keeps the file's mistake through the record's constructor and
   * DF004's suppression shows the reviewer what to fix.
   */
  private static boolean programHasWhitespace(List<String> argv) {
    return !argv.isEmpty() && argv.get(0).chars().anyMatch(Character::isWhitespace);
  }

  @Override
  public CodeBlock visitHealthcheck(Healthcheck h) {
    if (h.isNone()) {
      return CodeBlock.of("$T.none()", Healthcheck.class);
    }
    List<CodeBlock> calls = new ArrayList<>();
    h.interval().ifPresent(d -> calls.add(CodeBlock.of(".withInterval($L)", Code.duration(d))));
    h.timeout().ifPresent(d -> calls.add(CodeBlock.of(".withTimeout($L)", Code.duration(d))));
    h.startPeriod().ifPresent(d -> calls.add(CodeBlock.of(".withStartPeriod($L)", Code.duration(d))));
    h.startInterval().ifPresent(d -> calls.add(CodeBlock.of(".withStartInterval($L)", Code.duration(d))));
    h.retries().ifPresent(r -> calls.add(CodeBlock.of(".withRetries($L)", r)));
    CodeBlock check = programHasWhitespace(h.argv())
        ? CodeBlock.of("new $T($T.of($L), $T.empty(), $T.empty(), $T.empty(), $T.empty(), $T.empty())", Healthcheck.class,
            List.class, Code.args(Code.strings(h.argv())), Optional.class, Optional.class, Optional.class,
            Optional.class, Optional.class)
        : CodeBlock.of("$T.of($L)", Healthcheck.class, Code.args(Code.strings(h.argv())));
    return Code.chain(check, calls);
  }

  @Override
  public CodeBlock visitShell(Shell shell) {
    return CodeBlock.of("$T.of($L)", Shell.class, Code.args(Code.strings(shell.argv())));
  }

  @Override
  public CodeBlock visitStopSignal(StopSignal stopSignal) {
    return CodeBlock.of("$T.of($L)", StopSignal.class, signal(stopSignal.signal()));
  }

  @Override
  public CodeBlock visitOnBuild(OnBuild onBuild) {
    return CodeBlock.of("$T.of($L)", OnBuild.class, value(onBuild.trigger()));
  }

  @Override
  public CodeBlock visitComment(Comment comment) {
    return CodeBlock.of("$T.of($S)", Comment.class, comment.text());
  }

  @Override
  public CodeBlock visitRaw(Raw raw) {
    return CodeBlock.of("$T.of($S)", Raw.class, raw.text());
  }

  private static CodeBlock ports(List<Port> ports) {
    List<CodeBlock> out = new ArrayList<>();
    for (Port p : ports) {
      out.add(CodeBlock.of("$T.$L($L)", Port.class, p.protocol() == Protocol.TCP ? "tcp" : "udp", p.number()));
    }
    return Code.args(out);
  }

  private static CodeBlock signal(Signal signal) {
    for (String constant : List.of("SIGTERM", "SIGQUIT", "SIGINT")) {
      if (signal.name().equals(constant)) {
        return CodeBlock.of("$T.$L", Signal.class, constant);
      }
    }
    return CodeBlock.of("$T.of($S)", Signal.class, signal.name());
  }

  /** {@code UserSpec.ids(10001, 10001)} for numeric ids, else by name. */
  static CodeBlock userSpec(UserSpec spec) {
    if (spec.group().isPresent() && canonicalInt(spec.user()) && canonicalInt(spec.group().get())) {
      return CodeBlock.of("$T.ids($L, $L)", UserSpec.class, spec.user(), spec.group().get());
    }
    return spec.group().map(g -> CodeBlock.of("$T.of($S, $S)", UserSpec.class, spec.user(), g))
        .orElseGet(() -> CodeBlock.of("$T.of($S)", UserSpec.class, spec.user()));
  }

  private static boolean canonicalInt(String digits) {
    return digits.matches("0|[1-9][0-9]{0,8}");
  }

  /** {@code FileMode.of("0755")}: the mode as written, so octal digits keep their leading zero. */
  static CodeBlock fileMode(FileMode mode) {
    return CodeBlock.of("$T.of($S)", FileMode.class, mode.value());
  }
}
