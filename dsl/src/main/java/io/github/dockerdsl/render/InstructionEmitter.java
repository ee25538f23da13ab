package io.github.dockerdsl.render;

import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.internal.GoDuration;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes one instruction into its {@link DockerfileWriter}'s text, without the final newline: the
 * writer's visitor, split from it along the seam between the file's layout (the writer) and each
 * instruction's own text (here). It keeps no state of its own, so one serves a whole render.
 */
final class InstructionEmitter implements Instruction.Visitor<Void> {
  private final DockerfileWriter w;
  /** The writer's text and escape character, which every instruction writes into and checks against. */
  private final StringBuilder out;
  private final char escape;

  InstructionEmitter(DockerfileWriter w) {
    this.w = w;
    this.out = w.out;
    this.escape = w.escape;
  }

  @Override
  public Void visitRun(Run run) {
    // the flags are written in place, each checked as it is written (network and security
    // modes are ASCII words that flag() never refuses)
    out.append("RUN ");
    for (Mount m : run.mounts()) {
      int start = out.length();
      appendMount(out, m);
      w.flagFrom(start);
      w.continuation();
    }
    boolean multiline = !run.mounts().isEmpty();
    if (run.network().isPresent()) {
      out.append("--network=").append(lower(run.network().get()));
      flagSeparator(multiline);
    }
    if (run.security().isPresent()) {
      out.append("--security=").append(lower(run.security().get()));
      flagSeparator(multiline);
    }
    Command command = run.command();
    if (command instanceof Command.ShellForm) {
      List<String> lines = ((Command.ShellForm) command).lines();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          w.continuation();
        }
        DockerfileWriter.checkNoHeredocMarker(lines.get(i), "shell command");
        w.physical(lines.get(i), "RUN");
      }
    } else if (command instanceof Command.ExecForm) {
      for (String arg : ((Command.ExecForm) command).argv()) {
        DockerfileWriter.checkNoHeredocMarker(arg, "RUN argument");
      }
      w.jsonForm = true;
      Quoting.appendJsonArray(out, ((Command.ExecForm) command).argv());
    } else {
      Command.HeredocForm form = (Command.HeredocForm) command;
      w.physical(form.commandLine(), "RUN");
      for (Heredoc doc : form.heredocs()) {
        w.writeHeredocBody(doc);
      }
    }
    return null;
  }

  private void flagSeparator(boolean multiline) {
    if (multiline) {
      w.continuation();
    } else {
      out.append(' ');
    }
  }

  /** The excludes are checked before any other flag is (as the writer always has), then all are written. */
  private void checkExcludes(List<String> excludes) {
    for (String e : excludes) {
      if (w.flagRefuses(e)) {
        w.flag("--exclude=" + e);
      }
    }
  }

  /** Appends {@code " --name=value"} and checks it as {@link #flag} does. */
  private void flagWord(String name, Object value) {
    out.append(' ');
    int start = out.length();
    out.append("--").append(name);
    if (value != null) {
      out.append('=').append(value);
    }
    w.flagFrom(start);
  }

  @Override
  public Void visitCopy(Copy copy) {
    checkExcludes(copy.excludes());
    int start = out.length();
    out.append("COPY");
    if (copy.from().isPresent()) {
      flagWord("from", copy.from().get().reference());
    }
    if (copy.chown().isPresent()) {
      flagWord("chown", copy.chown().get());
    }
    if (copy.chmod().isPresent()) {
      flagWord("chmod", copy.chmod().get());
    }
    if (copy.link()) {
      flagWord("link", null);
    }
    if (copy.parents()) {
      flagWord("parents", null);
    }
    for (String e : copy.excludes()) {
      flagWord("exclude", e);
    }
    w.writeFilesInstruction("COPY", start, copy.sources(), copy.heredocs(), copy.destination());
    return null;
  }

  @Override
  public Void visitAdd(Add add) {
    checkExcludes(add.excludes());
    int start = out.length();
    out.append("ADD");
    if (add.checksum().isPresent()) {
      flagWord("checksum", add.checksum().get());
    }
    if (add.keepGitDir()) {
      flagWord("keep-git-dir", null);
    }
    if (add.unpack().isPresent()) {
      flagWord("unpack", add.unpack().get());
    }
    if (add.chown().isPresent()) {
      flagWord("chown", add.chown().get());
    }
    if (add.chmod().isPresent()) {
      flagWord("chmod", add.chmod().get());
    }
    if (add.link()) {
      flagWord("link", null);
    }
    for (String e : add.excludes()) {
      flagWord("exclude", e);
    }
    w.writeFilesInstruction("ADD", start, add.sources(), add.heredocs(), add.destination());
    return null;
  }

  @Override
  public Void visitEnv(Env env) {
    w.writePairs("ENV", env.entries());
    return null;
  }

  @Override
  public Void visitArg(Arg arg) {
    Optional<String> written = arg.defaultValue().isPresent() ? Optional.of(w.word(arg.defaultValue().get()))
        : Optional.empty();
    if (written.isPresent() && !BuildKitChecks.readsAsWritten(arg.defaultValue().get(), written.get(), escape)) {
      BuildKitChecks.expanded(arg.defaultValue().get(), written.get(), "default of ARG '" + arg.name() + "'", escape);
    }
    int start = out.length();
    out.append("ARG ").append(arg.name());
    if (written.isPresent()) {
      out.append('=').append(written.get());
    }
    w.physicalFrom(start, "ARG");
    return null;
  }

  @Override
  public Void visitLabel(Label label) {
    w.writePairs("LABEL", label.entries());
    return null;
  }

  @Override
  public Void visitWorkdir(Workdir workdir) {
    int start = out.length();
    out.append("WORKDIR ").append(workdir.path());
    w.physicalFrom(start, "WORKDIR");
    BuildKitChecks.expandedPath(workdir.path(), "WORKDIR path", escape);
    return null;
  }

  @Override
  public Void visitUser(User user) {
    out.append("USER ").append(user.user());
    return null;
  }

  @Override
  public Void visitExpose(Expose expose) {
    out.append("EXPOSE");
    for (Port p : expose.ports()) {
      out.append(' ').append(p);
    }
    return null;
  }

  @Override
  public Void visitVolume(Volume volume) {
    for (String p : volume.paths()) {
      BuildKitChecks.expandedPath(p, "VOLUME path", escape);
    }
    Quoting.appendJsonArray(out.append("VOLUME "), volume.paths());
    return null;
  }

  @Override
  public Void visitCmd(Cmd cmd) {
    Quoting.appendJsonArray(out.append("CMD "), cmd.argv());
    return null;
  }

  @Override
  public Void visitEntrypoint(Entrypoint entrypoint) {
    Quoting.appendJsonArray(out.append("ENTRYPOINT "), entrypoint.argv());
    return null;
  }

  @Override
  public Void visitHealthcheck(Healthcheck h) {
    if (h.isNone()) {
      out.append("HEALTHCHECK NONE");
      return null;
    }
    out.append("HEALTHCHECK");
    duration("interval", h.interval());
    duration("timeout", h.timeout());
    duration("start-period", h.startPeriod());
    duration("start-interval", h.startInterval());
    if (h.retries().isPresent()) {
      out.append(" --retries=").append(h.retries().get().intValue());
    }
    Quoting.appendJsonArray(out.append(" CMD "), h.argv());
    return null;
  }

  private void duration(String flag, Optional<Duration> value) {
    if (value.isPresent()) {
      out.append(" --").append(flag).append('=').append(GoDuration.format(value.get()));
    }
  }

  @Override
  public Void visitShell(Shell shell) {
    Quoting.appendJsonArray(out.append("SHELL "), shell.argv());
    return null;
  }

  @Override
  public Void visitStopSignal(StopSignal stopSignal) {
    out.append("STOPSIGNAL ").append(stopSignal.signal());
    return null;
  }

  @Override
  public Void visitOnBuild(OnBuild onBuild) {
    out.append("ONBUILD ");
    if (onBuild.trigger() instanceof Raw raw) {
      writeRaw(raw, true);
    } else {
      onBuild.trigger().accept(this);
    }
    return null;
  }

  @Override
  public Void visitComment(Comment comment) {
    // the lines of comment.lines(), read in place rather than split into a list
    String text = comment.text();
    for (int start = 0, end; start <= text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (start > 0) {
        out.append('\n');
      }
      // "#" alone for an empty line, and no space before a line that itself starts with '#' (banners).
      out.append(start == end || text.charAt(start) == '#' ? "#" : "# ").append(text, start, end);
    }
    return null;
  }

  @Override
  public Void visitRaw(Raw raw) {
    writeRaw(raw, false);
    return null;
  }

  private void writeRaw(Raw raw, boolean trigger) {
    String text = raw.text();
    DockerfileWriter.checkNoHeredocMarker(text, "raw instruction");
    w.physical(text, raw.keyword());
    RawReadBack.check(raw, trigger, escape);
  }

  /**
   * Appends a {@code --mount=} flag: its options, joined by commas, in place (was a list of option
   * strings, a lambda per optional one, then joined).
   */
  static void appendMount(StringBuilder out, Mount mount) {
    out.append("--mount=");
    if (mount instanceof BindMount m) {
      out.append("type=bind");
      out.append(",target=").append(m.target());
      option(out, "source", m.source());
      if (m.from().isPresent()) {
        out.append(",from=").append(m.from().get().reference());
      }
      if (m.readWrite()) {
        out.append(",rw");
      }
    } else if (mount instanceof CacheMount m) {
      out.append("type=cache");
      option(out, "id", m.id());
      out.append(",target=").append(m.target());
      if (m.sharing().isPresent()) {
        out.append(",sharing=").append(m.sharing().get().name().toLowerCase(Locale.ROOT));
      }
      if (m.from().isPresent()) {
        out.append(",from=").append(m.from().get().reference());
      }
      option(out, "source", m.source());
      if (m.readOnly()) {
        out.append(",ro");
      }
      option(out, "mode", m.mode());
      option(out, "uid", m.uid());
      option(out, "gid", m.gid());
    } else if (mount instanceof TmpfsMount m) {
      out.append("type=tmpfs");
      out.append(",target=").append(m.target());
      option(out, "size", m.sizeBytes());
    } else if (mount instanceof SecretMount m) {
      out.append("type=secret");
      option(out, "id", m.id());
      option(out, "target", m.target());
      option(out, "env", m.env());
      if (m.required()) {
        out.append(",required");
      }
      option(out, "mode", m.mode());
      option(out, "uid", m.uid());
      option(out, "gid", m.gid());
    } else {
      SshMount m = (SshMount) mount;
      out.append("type=ssh");
      option(out, "id", m.id());
      option(out, "target", m.target());
      if (m.required()) {
        out.append(",required");
      }
      option(out, "mode", m.mode());
      option(out, "uid", m.uid());
      option(out, "gid", m.gid());
    }
  }

  /** {@code ,key=value} when the option is set; the value as string concatenation prints it. */
  private static void option(StringBuilder out, String key, java.util.Optional<?> value) {
    if (value.isPresent()) {
      out.append(',').append(key).append('=').append(String.valueOf(value.get()));
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
