package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.internal.ShellWords;
import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.TmpfsMount;
import io.github.dockerdsl.rule.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shell content of every RUN (ONBUILD triggers included), read through {@link ShellWords}, with
 * what the stage set before it: the SHELL, the ENV and ARG values, and whether the stage ships.
 */
final class RunScripts {
  /**
   * Computes the shared value once per evaluation; a class, not a lambda: no lambda runs on a lint's
   * path, as the first costs a one-file run the JDK's method-handle set-up (docs/performance.md).
   */
  private static final java.util.function.Function<RuleContext, Scripts> COMPUTE =
      new java.util.function.Function<>() {
        @Override
        public Scripts apply(RuleContext context) {
          return new Scripts(List.copyOf(read(context)));
        }
      };

  private RunScripts() {}

  /**
   * One piece of shell code of a RUN.
   *
   * @param commands its commands
   * @param shellScript true for code a shell runs (shell form, heredoc scripts, {@code sh -c}), false
   *     for a plain exec-form vector
   * @param pipefail true when the shell running it has {@code -o pipefail}
   */
  record Piece(List<SimpleCommand> commands, boolean shellScript, boolean pipefail) {}

  /**
   * One RUN and its shell content.
   *
   * @param stage the stage index
   * @param instruction the instruction index (of the ONBUILD for triggers)
   * @param run the RUN
   * @param pieces its shell code
   * @param commands every command of every piece, in order: joined once here, as eleven rules walk them
   * @param calls what {@link Tools#read} makes of each command, index for index (null for a command that
   *     runs no package manager): read once here, as eleven rules asked for every command
   * @param env the variables the stage set before it (ENV, and ARG defaults)
   * @param ships true when the stage's files can end up in an image: the final stage, or a stage
   *     another stage builds FROM
   */
  record Entry(int stage, int instruction, Run run, List<Piece> pieces, List<SimpleCommand> commands,
      List<Tools.Call> calls, Map<String, String> env, boolean ships) {
    /** True when a cache or tmpfs mount covers {@code path} (the mount is at it or above it). */
    boolean mounts(String path) {
      for (Mount mount : run.mounts()) {
        if (mount instanceof CacheMount || mount instanceof TmpfsMount) {
          String target = trimSlash(mount.targetPath().orElse(""));
          if (!target.isEmpty() && (path.equals(target) || path.startsWith(target + "/"))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** Per-stage state carried from instruction to instruction, and to stages built FROM this one. */
  private static final class State {
    boolean posix = true;
    boolean pipefail;
    final Map<String, String> env = new HashMap<>();
    /** An immutable copy of {@link #env}, shared by the RUNs until the next ENV or ARG changes it. */
    private Map<String, String> snapshot;

    void set(String name, String value) {
      env.put(name, value);
      snapshot = null;
    }

    Map<String, String> snapshot() {
      if (snapshot == null) {
        snapshot = Map.copyOf(env);
      }
      return snapshot;
    }

    State copy() {
      State s = new State();
      s.posix = posix;
      s.pipefail = pipefail;
      s.env.putAll(env);
      return s;
    }
  }

  /** Every RUN of the Dockerfile, in order. */
  static List<Entry> of(RuleContext context) {
    return context.derived(Scripts.class, COMPUTE).entries();
  }

  /** The entries of one context, computed once and shared by the eleven shell rules. */
  private record Scripts(List<Entry> entries) {}

  private static List<Entry> read(RuleContext context) {
    List<Stage> stages = context.stages();
    Set<String> bases = new HashSet<>();
    for (Stage stage : stages) {
      if (stage.base() instanceof StageRef) {
        bases.add(((StageRef) stage.base()).name());
      }
    }
    Map<String, State> finished = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      State parent = stage.base() instanceof StageRef ? finished.get(((StageRef) stage.base()).name()) : null;
      State state = parent == null ? new State() : parent.copy();
      Optional<String> name = stage.name();
      boolean ships = s == stages.size() - 1 || name.isPresent() && bases.contains(name.get());
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size(); i++) {
        Instruction instruction = instructions.get(i);
        if (instruction instanceof OnBuild && ((OnBuild) instruction).trigger() instanceof Run) {
          out.add(entry(s, i, (Run) ((OnBuild) instruction).trigger(), new State(), ships));
        } else if (instruction instanceof Run) {
          out.add(entry(s, i, (Run) instruction, state, ships));
        } else if (instruction instanceof Shell) {
          List<String> argv = ((Shell) instruction).argv();
          state.posix = ShellWords.isShell(argv.get(0));
          state.pipefail = enablesPipefail(argv.subList(1, argv.size()));
        } else if (instruction instanceof Env) {
          for (KeyValue kv : ((Env) instruction).entries()) {
            state.set(kv.key(), kv.value());
          }
        } else if (instruction instanceof Arg) {
          Arg arg = (Arg) instruction;
          if (arg.defaultValue().isPresent()) {
            state.set(arg.name(), arg.defaultValue().get());
          }
        }
      }
      if (name.isPresent()) {
        finished.put(name.get(), state);
      }
    }
    return out;
  }

  private static Entry entry(int s, int i, Run run, State state, boolean ships) {
    List<Piece> pieces = new ArrayList<>();
    Command command = run.command();
    if (command instanceof Command.ShellForm) {
      if (state.posix) {
        pieces.add(new Piece(List.copyOf(ShellWords.parse(((Command.ShellForm) command).script())), true,
            state.pipefail));
      }
    } else if (command instanceof Command.ExecForm) {
      List<String> argv = ((Command.ExecForm) command).argv();
      SimpleCommand direct = ShellWords.command(argv);
      boolean shell = direct.wrappers().isEmpty() && ShellWords.shellScript(direct) != null;
      pieces.add(new Piece(ShellWords.parseArgv(argv), shell, enablesPipefail(argv.subList(1, argv.size()))));
    } else if (command instanceof Command.HeredocForm) {
      heredoc((Command.HeredocForm) command, state, pieces);
    }
    // one piece, as most RUNs have: its commands are the RUN's, with no list joined from them
    List<SimpleCommand> commands;
    if (pieces.size() == 1) {
      commands = List.copyOf(pieces.get(0).commands());
    } else {
      commands = new ArrayList<>();
      for (int p = 0; p < pieces.size(); p++) {
        commands.addAll(pieces.get(p).commands());
      }
    }
    Tools.Call[] calls = new Tools.Call[commands.size()];
    for (int k = 0; k < calls.length; k++) {
      calls[k] = Tools.read(commands.get(k));
    }
    return new Entry(s, i, run, List.copyOf(pieces), List.copyOf(commands),
        Collections.unmodifiableList(Arrays.asList(calls)), state.snapshot(), ships);
  }

  private static void heredoc(Command.HeredocForm form, State state, List<Piece> pieces) {
    String line = form.commandLine();
    String rest = line;
    for (Heredoc doc : form.heredocs()) {
      rest = rest.replace(doc.marker(), " ");
    }
    List<SimpleCommand> lineCommands = ShellWords.parse(line);
    if (state.posix && !rest.isBlank()) {
      pieces.add(new Piece(lineCommands, true, state.pipefail));
    }
    for (Heredoc doc : form.heredocs()) {
      boolean script;
      boolean pipefail;
      if (rest.isBlank()) {
        script = state.posix;
        pipefail = state.pipefail;
      } else {
        SimpleCommand feeder = feeder(lineCommands, doc.delimiter());
        script = feeder != null && ShellWords.isShell(feeder.name()) && ShellWords.shellScript(feeder) == null;
        pipefail = feeder != null && enablesPipefail(feeder.arguments());
      }
      List<String> lines = doc.lines();
      if (script && !lines.isEmpty() && lines.get(0).startsWith("#!")) {
        String interpreter = lines.get(0).substring(2).strip();
        List<SimpleCommand> shebang = ShellWords.parse(interpreter);
        script = !shebang.isEmpty() && ShellWords.isShell(shebang.get(0).name());
        pipefail = script && enablesPipefail(shebang.get(0).arguments());
      }
      if (script) {
        pieces.add(new Piece(ShellWords.parse(String.join("\n", lines)), true, pipefail));
      }
    }
  }

  private static SimpleCommand feeder(List<SimpleCommand> commands, String delimiter) {
    for (SimpleCommand c : commands) {
      if (c.redirects().contains("<<" + delimiter) || c.redirects().contains("<<-" + delimiter)) {
        return c;
      }
    }
    return null;
  }

  /** True when shell options turn on pipefail: {@code -o pipefail}, {@code -euo pipefail}. */
  static boolean enablesPipefail(List<String> args) {
    for (int i = 0; i + 1 < args.size(); i++) {
      String a = args.get(i);
      if (a.length() > 1 && a.charAt(0) == '-' && !a.startsWith("--") && a.endsWith("o")
          && args.get(i + 1).equals("pipefail")) {
        return true;
      }
    }
    return false;
  }

  /** The path without a trailing slash ({@code /} stays). */
  static String trimSlash(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** The command's words as one line, shortened for messages. */
  static String show(SimpleCommand command) {
    String text = String.join(" ", command.words());
    if (text.isEmpty()) {
      text = String.join(" ", command.assignments());
    }
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /** Lower case, for comparing option values. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
