package io.github.dockerdsl.render;

import io.github.dockerdsl.Directives;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
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
import io.github.dockerdsl.instruction.KeyValue;
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
import io.github.dockerdsl.rule.Suppression;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only code that produces Dockerfile text. Output is canonical: upper-case keywords,
 * {@code key=value} ENV and LABEL, JSON arrays with full escaping, one flag per continuation line
 * for RUNs with mounts, LF line ends and a trailing newline.
 */
public final class DockerfileWriter {
  private static final String INDENT = "    ";
  private static final Pattern HEREDOC_WORD = Pattern.compile("(^|[\\s\\p{Z}\u0085])\\d*<<(?!<)");

  private final char escape;
  // sized for a typical file's text, so that it is not copied at each of the first doublings
  private final StringBuilder out = new StringBuilder(1024);
  /** Where the first heredoc body of the instruction being written starts, or -1. */
  private int bodyStart = -1;
  /** Whether the instruction being written took its JSON form, where BuildKit looks for no heredoc. */
  private boolean jsonForm;

  private DockerfileWriter(char escape) {
    this.escape = escape;
  }

  /** The canonical text of a Dockerfile. */
  public static String render(Dockerfile dockerfile) {
    DockerfileWriter w = new DockerfileWriter(dockerfile.directives().escapeCharacter());
    w.writeDockerfile(dockerfile);
    return w.out.toString();
  }

  /** The text of one stage, with the default escape character. */
  public static String render(Stage stage) {
    DockerfileWriter w = new DockerfileWriter('\\');
    w.writeStage(stage);
    return w.out.toString();
  }

  /** The text of one instruction, with the default escape character, without a trailing newline. */
  public static String render(Instruction instruction) {
    return render(instruction, '\\');
  }

  /**
   * The text of one instruction written with {@code escape} as escape character, without a trailing
   * newline; parsers use it to check that an instruction can be written back.
   */
  public static String render(Instruction instruction, char escape) {
    DockerfileWriter w = new DockerfileWriter(escape);
    w.writeInstruction(instruction);
    return w.out.substring(0, w.out.length() - 1);
  }

  /** A duration as the writer prints HEALTHCHECK flags: Go's notation, such as {@code 1m30s} or {@code 500ms}. */
  public static String formatDuration(Duration duration) {
    return GoDuration.format(duration);
  }

  private void writeDockerfile(Dockerfile dockerfile) {
    Directives d = dockerfile.directives();
    d.syntax().ifPresent(s -> out.append("# syntax=").append(s).append('\n'));
    d.escape().ifPresent(c -> out.append("# escape=").append(c).append('\n'));
    d.check().ifPresent(c -> out.append("# check=").append(c.value()).append('\n'));
    boolean any = d.syntax().isPresent() || d.escape().isPresent() || d.check().isPresent();
    if (any) {
      out.append('\n');
    }
    for (Suppression s : dockerfile.suppressions()) {
      writeSuppression("suppress-file", s);
    }
    List<Instruction> preamble = dockerfile.preamble();
    boolean onlyComments = preamble.stream().allMatch(i -> i instanceof Comment);
    int lead = onlyComments ? preamble.size() : preamble.size() - trailingComments(preamble);
    for (Instruction i : preamble.subList(0, lead)) {
      writeInstruction(i);
    }
    if (!preamble.isEmpty() || !dockerfile.suppressions().isEmpty()) {
      out.append('\n');
    }
    List<Instruction> pending = preamble.subList(lead, preamble.size());
    List<Stage> stages = dockerfile.stages();
    for (int i = 0; i < stages.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      // Comments that end a stage introduce the next one: they are written after the blank line, above its FROM.
      for (Instruction c : pending) {
        writeInstruction(c);
      }
      Stage stage = stages.get(i);
      List<Instruction> body = stage.instructions();
      int count = i == stages.size() - 1 ? body.size() : body.size() - trailingComments(body);
      writeStage(stage, count);
      pending = body.subList(count, body.size());
    }
    BuildKitChecks.checkDirectives(dockerfile, out);
    // FROM lines and waivers are not instructions: check every line of the file once more
    BuildKitChecks.checkLines("Dockerfile", out, 0);
  }

  private static int trailingComments(List<Instruction> instructions) {
    int n = 0;
    while (n < instructions.size() && instructions.get(instructions.size() - 1 - n) instanceof Comment) {
      n++;
    }
    return n;
  }

  private void writeStage(Stage stage) {
    writeStage(stage, stage.instructions().size());
  }

  private void writeStage(Stage stage, int count) {
    for (Suppression s : stage.suppressions()) {
      if (s.scope() instanceof Suppression.WholeStage) {
        writeSuppression("suppress-stage", s);
      }
    }
    writeInstructionSuppressions(stage, -1);
    physical(renderFromLine(stage), "FROM");
    out.append('\n');
    List<Instruction> instructions = stage.instructions();
    for (int i = 0; i < count; i++) {
      writeInstructionSuppressions(stage, i);
      writeInstruction(instructions.get(i));
    }
  }

  /** The FROM line of a stage, such as {@code FROM --platform=$BUILDPLATFORM golang:1.22 AS build}. */
  public static String renderFromLine(Stage stage) {
    StringBuilder line = new StringBuilder("FROM ");
    stage.platform().ifPresent(p -> line.append("--platform=").append(p).append(' '));
    line.append(stage.base());
    stage.name().ifPresent(n -> line.append(" AS ").append(n));
    return line.toString();
  }

  private void writeInstructionSuppressions(Stage stage, int index) {
    for (Suppression s : stage.suppressions()) {
      if (s.scope() instanceof Suppression.AtInstruction && ((Suppression.AtInstruction) s.scope()).index() == index) {
        writeSuppression("suppress", s);
      }
    }
  }

  private void writeSuppression(String verb, Suppression s) {
    out.append("# dockerdsl:").append(verb).append(' ').append(s.rule().code()).append(" -- ").append(s.reason())
        .append('\n');
  }

  /** Appends a line the writer did not compose itself, refusing one that would continue onto the next. */
  private void physical(String line, String keyword) {
    String trimmed = line.stripTrailing();
    if (!trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape) {
      throw new IllegalArgumentException(String.format(
          "%s line '%s' ends with the escape character '%s', which would join it with the next line; "
              + "remove the trailing '%s' or quote it", keyword, Quoting.visible(line), escape, escape));
    }
    out.append(line);
  }

  private void continuation() {
    out.append(' ').append(escape).append('\n').append(INDENT);
  }

  private void writeInstruction(Instruction instruction) {
    int start = out.length();
    bodyStart = -1;
    jsonForm = false;
    instruction.accept(new Emitter());
    int end = bodyStart < 0 ? out.length() : bodyStart;
    int marker = out.indexOf("<<", start);
    // BuildKit looks for heredocs only where '<<' is: copy the line out for the check only then
    if (!(instruction instanceof Comment) && marker >= 0 && marker < end - 1) {
      BuildKitChecks.checkHeredocs(instruction, out.substring(start, end), escape, jsonForm);
    }
    BuildKitChecks.checkLines(instruction.keyword() + " instruction", out, start);
    out.append('\n');
  }

  private String word(String value) {
    return Quoting.word(value, escape);
  }

  private void writePairs(String keyword, List<KeyValue> entries) {
    out.append(keyword).append(' ');
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        continuation();
      }
      KeyValue kv = entries.get(i);
      String written = word(kv.value());
      BuildKitChecks.expanded(kv.value(), written, keyword + " value of '" + kv.key() + "'", escape);
      physical(kv.key() + "=" + written, keyword);
    }
  }

  private void writeFilesInstruction(String keyword, List<String> flags, List<String> sources, List<Heredoc> docs,
      String destination) {
    StringBuilder line = new StringBuilder(keyword);
    for (String flag : flags) {
      line.append(' ').append(flag(flag));
    }
    for (String s : sources) {
      BuildKitChecks.expandedPath(s, keyword + " source", escape);
    }
    BuildKitChecks.expandedPath(destination, keyword + " destination", escape);
    boolean plain = Quoting.isPlainPath(destination, escape)
        && sources.stream().allMatch(s -> Quoting.isPlainPath(s, escape));
    if (!docs.isEmpty() && !plain) {
      throw new IllegalArgumentException(String.format(
          "%s of an inline document to '%s' has a path that needs quoting, which the heredoc form cannot hold; "
              + "copy that path in its own %s", keyword, Quoting.visible(destination), keyword));
    }
    // a first word starting with "--" would be read as a flag: the JSON form keeps it a path
    List<String> words = new ArrayList<>(sources);
    words.add(destination);
    boolean json = !plain || docs.isEmpty() && words.get(0).startsWith("--");
    if (json) {
      jsonForm = true;
      line.append(' ').append(Quoting.jsonArray(words));
    } else {
      for (Heredoc doc : docs) {
        line.append(' ').append(doc.marker());
      }
      for (String s : sources) {
        checkNoHeredocMarker(s, keyword + " source");
        line.append(' ').append(s);
      }
      line.append(' ').append(destination);
    }
    physical(line.toString(), keyword);
    for (Heredoc doc : docs) {
      writeHeredocBody(doc);
    }
  }

  private void writeHeredocBody(Heredoc doc) {
    if (bodyStart < 0) {
      bodyStart = out.length();
    }
    for (String l : doc.lines()) {
      out.append('\n').append(l);
    }
    out.append('\n').append(doc.delimiter());
  }

  private static void checkNoHeredocMarker(String text, String subject) {
    if (text.contains("<<") && HEREDOC_WORD.matcher(text).find()) { // the regex only when it can match
      throw new IllegalArgumentException(String.format(
          "%s '%s' contains '<<', which BuildKit reads as a heredoc marker; "
              + "use Command.heredocs(...) for inline documents, or '<<<' for a here-string",
          subject, Quoting.visible(text)));
    }
  }

  /**
   * A flag is one word that BuildKit unescapes, so it cannot hold the escape character in force; and
   * BuildKit reads flags byte by byte, taking the UTF-8 bytes 0x85 and 0xA0 (in à, Å, Р, ...) for
   * spaces, so a flag is ASCII.
   */
  private String flag(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        throw new IllegalArgumentException(String.format(
            "flag '%s' contains the non-ASCII character '%s', which BuildKit reads byte by byte and garbles or "
                + "splits; use ASCII in flag values", Quoting.visible(text),
            new String(Character.toChars(text.codePointAt(i)))));
      }
    }
    if (text.indexOf(escape) >= 0) {
      throw new IllegalArgumentException(String.format(
          "flag '%s' contains the escape character '%s', which BuildKit would remove; "
              + "use '/' in paths, or switch the escape character with Dockerfile.builder().escape(...)",
          Quoting.visible(text), escape));
    }
    return text;
  }

  private static String mount(Mount mount) {
    List<String> opts = new ArrayList<>();
    if (mount instanceof BindMount) {
      BindMount m = (BindMount) mount;
      opts.add("type=bind");
      opts.add("target=" + m.target());
      m.source().ifPresent(s -> opts.add("source=" + s));
      m.from().ifPresent(f -> opts.add("from=" + f.reference()));
      if (m.readWrite()) {
        opts.add("rw");
      }
    } else if (mount instanceof CacheMount) {
      CacheMount m = (CacheMount) mount;
      opts.add("type=cache");
      m.id().ifPresent(s -> opts.add("id=" + s));
      opts.add("target=" + m.target());
      m.sharing().ifPresent(s -> opts.add("sharing=" + s.name().toLowerCase(Locale.ROOT)));
      m.from().ifPresent(f -> opts.add("from=" + f.reference()));
      m.source().ifPresent(s -> opts.add("source=" + s));
      if (m.readOnly()) {
        opts.add("ro");
      }
      m.mode().ifPresent(s -> opts.add("mode=" + s));
      m.uid().ifPresent(s -> opts.add("uid=" + s));
      m.gid().ifPresent(s -> opts.add("gid=" + s));
    } else if (mount instanceof TmpfsMount) {
      TmpfsMount m = (TmpfsMount) mount;
      opts.add("type=tmpfs");
      opts.add("target=" + m.target());
      m.sizeBytes().ifPresent(s -> opts.add("size=" + s));
    } else if (mount instanceof SecretMount) {
      SecretMount m = (SecretMount) mount;
      opts.add("type=secret");
      m.id().ifPresent(s -> opts.add("id=" + s));
      m.target().ifPresent(s -> opts.add("target=" + s));
      m.env().ifPresent(s -> opts.add("env=" + s));
      if (m.required()) {
        opts.add("required");
      }
      m.mode().ifPresent(s -> opts.add("mode=" + s));
      m.uid().ifPresent(s -> opts.add("uid=" + s));
      m.gid().ifPresent(s -> opts.add("gid=" + s));
    } else {
      SshMount m = (SshMount) mount;
      opts.add("type=ssh");
      m.id().ifPresent(s -> opts.add("id=" + s));
      m.target().ifPresent(s -> opts.add("target=" + s));
      if (m.required()) {
        opts.add("required");
      }
      m.mode().ifPresent(s -> opts.add("mode=" + s));
      m.uid().ifPresent(s -> opts.add("uid=" + s));
      m.gid().ifPresent(s -> opts.add("gid=" + s));
    }
    return "--mount=" + String.join(",", opts);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Writes one instruction without its final newline. */
  private final class Emitter implements Instruction.Visitor<Void> {
    @Override
    public Void visitRun(Run run) {
      List<String> flags = new ArrayList<>();
      for (Mount m : run.mounts()) {
        flags.add(flag(mount(m)));
      }
      run.network().ifPresent(n -> flags.add("--network=" + lower(n)));
      run.security().ifPresent(s -> flags.add("--security=" + lower(s)));
      out.append("RUN ");
      flags.replaceAll(DockerfileWriter.this::flag);
      boolean multiline = !run.mounts().isEmpty();
      for (String flag : flags) {
        out.append(flag);
        if (multiline) {
          continuation();
        } else {
          out.append(' ');
        }
      }
      Command command = run.command();
      if (command instanceof Command.ShellForm) {
        List<String> lines = ((Command.ShellForm) command).lines();
        for (int i = 0; i < lines.size(); i++) {
          if (i > 0) {
            continuation();
          }
          checkNoHeredocMarker(lines.get(i), "shell command");
          physical(lines.get(i), "RUN");
        }
      } else if (command instanceof Command.ExecForm) {
        for (String arg : ((Command.ExecForm) command).argv()) {
          checkNoHeredocMarker(arg, "RUN argument");
        }
        jsonForm = true;
        out.append(Quoting.jsonArray(((Command.ExecForm) command).argv()));
      } else {
        Command.HeredocForm form = (Command.HeredocForm) command;
        physical(form.commandLine(), "RUN");
        for (Heredoc doc : form.heredocs()) {
          writeHeredocBody(doc);
        }
      }
      return null;
    }

    @Override
    public Void visitCopy(Copy copy) {
      List<String> flags = new ArrayList<>();
      copy.from().ifPresent(f -> flags.add("--from=" + f.reference()));
      copy.chown().ifPresent(c -> flags.add("--chown=" + c));
      copy.chmod().ifPresent(c -> flags.add("--chmod=" + c));
      if (copy.link()) {
        flags.add("--link");
      }
      if (copy.parents()) {
        flags.add("--parents");
      }
      for (String e : copy.excludes()) {
        flags.add(flag("--exclude=" + e));
      }
      writeFilesInstruction("COPY", flags, copy.sources(), copy.heredocs(), copy.destination());
      return null;
    }

    @Override
    public Void visitAdd(Add add) {
      List<String> flags = new ArrayList<>();
      add.checksum().ifPresent(c -> flags.add("--checksum=" + c));
      if (add.keepGitDir()) {
        flags.add("--keep-git-dir");
      }
      add.unpack().ifPresent(u -> flags.add("--unpack=" + u));
      add.chown().ifPresent(c -> flags.add("--chown=" + c));
      add.chmod().ifPresent(c -> flags.add("--chmod=" + c));
      if (add.link()) {
        flags.add("--link");
      }
      for (String e : add.excludes()) {
        flags.add(flag("--exclude=" + e));
      }
      writeFilesInstruction("ADD", flags, add.sources(), add.heredocs(), add.destination());
      return null;
    }

    @Override
    public Void visitEnv(Env env) {
      writePairs("ENV", env.entries());
      return null;
    }

    @Override
    public Void visitArg(Arg arg) {
      Optional<String> written = arg.defaultValue().map(DockerfileWriter.this::word);
      written.ifPresent(w -> BuildKitChecks.expanded(arg.defaultValue().get(), w, "default of ARG '" + arg.name() + "'",
          escape));
      physical("ARG " + arg.name() + written.map(w -> "=" + w).orElse(""), "ARG");
      return null;
    }

    @Override
    public Void visitLabel(Label label) {
      writePairs("LABEL", label.entries());
      return null;
    }

    @Override
    public Void visitWorkdir(Workdir workdir) {
      physical("WORKDIR " + workdir.path(), "WORKDIR");
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
      volume.paths().forEach(p -> BuildKitChecks.expandedPath(p, "VOLUME path", escape));
      out.append("VOLUME ").append(Quoting.jsonArray(volume.paths()));
      return null;
    }

    @Override
    public Void visitCmd(Cmd cmd) {
      out.append("CMD ").append(Quoting.jsonArray(cmd.argv()));
      return null;
    }

    @Override
    public Void visitEntrypoint(Entrypoint entrypoint) {
      out.append("ENTRYPOINT ").append(Quoting.jsonArray(entrypoint.argv()));
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
      h.retries().ifPresent(r -> out.append(" --retries=").append(r));
      out.append(" CMD ").append(Quoting.jsonArray(h.argv()));
      return null;
    }

    private void duration(String flag, Optional<Duration> value) {
      value.ifPresent(d -> out.append(" --").append(flag).append('=').append(GoDuration.format(d)));
    }

    @Override
    public Void visitShell(Shell shell) {
      out.append("SHELL ").append(Quoting.jsonArray(shell.argv()));
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
      List<String> lines = comment.lines();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          out.append('\n');
        }
        String line = lines.get(i);
        // "#" alone for an empty line, and no space before a line that itself starts with '#' (banners).
        out.append(line.isEmpty() || line.startsWith("#") ? "#" : "# ").append(line);
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
      checkNoHeredocMarker(text, "raw instruction");
      physical(text, raw.keyword());
      RawReadBack.check(raw, trigger, escape);
    }
  }
}
