package io.github.dockerdsl.parse;

import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.GoDuration;
import io.github.dockerdsl.render.DockerfileWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The instruction layer, BuildKit's {@code instructions} package: gives a syntax node its meaning as
 * a typed instruction of the model, or as {@code Raw} with the reason when the model cannot hold it.
 * RUN, COPY and ADD are read by {@link FileInstructions}.
 */
final class Instructions {
  static final List<String> KEYWORDS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
      "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
      "WORKDIR");

  private final SyntaxReader syntax;
  /**
   * Whether each typed instruction is rendered as it is read, so one the writer refuses becomes
   * {@code Raw}. Without it the whole-file render in {@code build()} is the only check, which is
   * enough when nothing is refused; {@link DockerfileParser} re-parses with it when anything fails.
   */
  private final boolean renderEach;
  private final FileInstructions files;

  /** {@code earlierStage} says whether a name is a stage defined before the current one. */
  Instructions(SyntaxReader syntax, boolean renderEach, Predicate<String> earlierStage) {
    this.syntax = syntax;
    this.renderEach = renderEach;
    this.files = new FileInstructions(earlierStage, this);
  }

  /** The context for reading the instruction of a syntax node. */
  InstructionCtx context(SyntaxNode.Instruction node, Draft draft) {
    return new InstructionCtx(node, node.keywordAt, draft, syntax.escape(), syntax);
  }

  List<Instruction> parseInstruction(InstructionCtx c) {
    if (!KEYWORDS.contains(c.upper)) {
      String hint = suggestion(c.upper).map(k -> "did you mean " + k + "?")
          .orElse("use a Dockerfile instruction such as RUN or COPY");
      throw c.fail(c.keywordAt, String.format("instruction '%s' is unknown; %s", c.keyword, hint));
    }
    if (c.upper.equals("FROM")) {
      throw c.fail(c.keywordAt, "FROM is not allowed as an ONBUILD trigger; ONBUILD takes any other instruction");
    }
    if (c.argsAt >= c.text.length()) {
      throw c.fail(c.keywordAt, String.format("%s has no arguments; write %s", c.upper, usage(c.upper)));
    }
    if (c.upper.equals("ONBUILD")) {
      return List.of(onBuild(c));
    }
    if (c.upper.equals("ARG")) {
      return arg(c);
    }
    return List.of(single(c));
  }

  private Instruction single(InstructionCtx c) {
    if (c.upper.equals("MAINTAINER")) {
      c.draft.addFlag(SourceFlag.MAINTAINER);
      return raw(c, "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=...", null);
    }
    try {
      Instruction typed;
      switch (c.upper) {
        case "RUN": typed = files.run(c); break;
        case "COPY": typed = files.copy(c); break;
        case "ADD": typed = files.add(c); break;
        case "ENV": typed = new Env(pairs(c, "ENV")); break;
        case "LABEL": typed = new Label(pairs(c, "LABEL")); break;
        case "WORKDIR": c.noFlags(); typed = Workdir.of(asBuildKitReads(c.rest(), c.escape, "WORKDIR path")); break;
        case "USER": c.noFlags(); typed = new User(UserSpec.parse(c.rest())); break;
        case "EXPOSE": typed = expose(c); break;
        case "VOLUME": typed = volume(c); break;
        case "CMD": typed = cmdLike(c); break;
        case "ENTRYPOINT": typed = cmdLike(c); break;
        case "HEALTHCHECK": typed = healthcheck(c); break;
        case "SHELL": typed = shell(c); break;
        case "STOPSIGNAL": c.noFlags(); typed = StopSignal.of(Signal.of(c.rest())); break;
        default: throw new IllegalStateException("unhandled keyword " + c.upper);
      }
      if (typed instanceof Raw) {
        if (!c.node.heredocs.isEmpty()) {
          throw c.fail(c.keywordAt, c.draft.rawReason.orElse("the instruction cannot be modelled")
              + "; an instruction with a heredoc cannot be kept as one Raw line");
        }
        return typed;
      }
      if (c.node.taken < c.node.heredocs.size()) {
        String name = c.node.heredocs.get(c.node.taken).name();
        throw c.fail(c.keywordAt, String.format("%s has a heredoc '%s' that BuildKit reads but whose marker "
            + "dockerdsl cannot place; write the marker as a word of its own, such as <<%s", c.upper, name, name));
      }
      if (renderEach) {
        DockerfileWriter.check(typed, syntax.escape());
      }
      return typed;
    } catch (IllegalArgumentException e) {
      if (!c.node.heredocs.isEmpty()) {
        throw c.fail(c.keywordAt, e.getMessage(), e);
      }
      return raw(c, e.getMessage(), e);
    }
  }

  /** The instruction as one raw line, keyword upper-cased; the reason is recorded for the linter. */
  Raw raw(InstructionCtx c, String reason, Throwable cause) {
    String text = c.upper + rawArgs(c);
    c.draft.addFlag(SourceFlag.RAW);
    c.draft.rawReason = Optional.ofNullable(reason);
    try {
      Raw raw = Raw.of(text);
      DockerfileWriter.check(raw, syntax.escape());
      return raw;
    } catch (IllegalArgumentException e) {
      throw c.fail(c.keywordAt, reason != null ? reason : e.getMessage(), cause != null ? cause : e);
    }
  }

  private static String rawArgs(InstructionCtx c) {
    String joined = String.join(" ", c.ll.lines(c.argsAt));
    return joined.isEmpty() ? "" : " " + joined;
  }

  // ---------------------------------------------------------------- ENV, LABEL, ARG

  private List<KeyValue> pairs(InstructionCtx c, String keyword) {
    c.noFlags();
    int at = c.afterFlags();
    List<Lexing.Word> words = Lexing.words(c.text, at, syntax.escape());
    List<KeyValue> out = new ArrayList<>();
    if (words.isEmpty()) {
      throw c.fail(c.keywordAt, String.format("%s has no arguments; write %s <key>=<value>", keyword, keyword));
    }
    if (words.get(0).text().indexOf('=') < 0) {
      c.draft.addFlag(SourceFlag.LEGACY_KEY_VALUE);
      String rest = Lexing.strip(c.text.substring(at));
      int space = 0;
      while (space < rest.length() && !Lexing.isSpace(rest.charAt(space))) {
        space++;
      }
      if (space >= rest.length()) {
        throw c.fail(words.get(0).offset(), String.format(
            "%s '%s' has no value; write %s %s=<value>", keyword, rest, keyword, rest));
      }
      out.add(KeyValue.of(unquoted(rest.substring(0, space)), unquoted(Lexing.strip(rest.substring(space)))));
      return out;
    }
    for (Lexing.Word w : words) {
      int eq = w.text().indexOf('=');
      if (eq < 0) {
        throw c.fail(w.offset(), String.format(
            "%s word '%s' has no '='; write %s <key>=<value> for every variable", keyword, w.text(), keyword));
      }
      out.add(KeyValue.of(unquoted(w.text().substring(0, eq)), unquoted(w.text().substring(eq + 1))));
    }
    return out;
  }

  private String unquoted(String word) {
    char escape = syntax.escape();
    if (word.indexOf('\'') < 0 && word.indexOf('"') < 0 && word.indexOf(escape) < 0) {
      // Lexing.unquote's own first test: nothing to remove, the word itself (no answer record made)
      return word;
    }
    Lexing.Unquoted u = Lexing.unquote(word, escape);
    if (u.unterminated()) {
      throw new IllegalArgumentException(String.format("value '%s' has an unterminated quote; close the quote", word));
    }
    if (u.literalDollar()) {
      throw new IllegalArgumentException(String.format(
          "value '%s' holds a literal '$' (quoted or escaped), which dockerdsl cannot write; "
              + "dockerdsl writes '$' only as a variable reference", word));
    }
    return u.value();
  }

  private List<Instruction> arg(InstructionCtx c) {
    try {
      c.noFlags();
      List<Lexing.Word> words = Lexing.words(c.text, c.afterFlags(), syntax.escape());
      if (words.isEmpty()) {
        throw c.fail(c.keywordAt, "ARG has no name; write ARG <name>[=<default>]");
      }
      List<Instruction> out = new ArrayList<>();
      for (Lexing.Word w : words) {
        int eq = w.text().indexOf('=');
        Arg arg = eq < 0 ? Arg.of(w.text())
            : Arg.of(w.text().substring(0, eq), unquoted(w.text().substring(eq + 1)));
        DockerfileWriter.check(arg, syntax.escape());
        out.add(arg);
      }
      return out;
    } catch (IllegalArgumentException e) {
      return List.of(raw(c, e.getMessage(), e));
    }
  }

  // ---------------------------------------------------------------- the rest

  private Instruction expose(InstructionCtx c) {
    c.noFlags();
    List<Port> ports = new ArrayList<>();
    for (Lexing.Word w : Lexing.fields(c.text, c.afterFlags())) {
      ports.add(Port.parse(w.text()));
    }
    return new Expose(ports);
  }

  private Instruction volume(InstructionCtx c) {
    c.noFlags();
    int at = c.afterFlags();
    List<String> paths = c.text.charAt(at) == '[' ? c.stringArray(at) : null;
    if (paths == null) {
      if (c.text.charAt(at) == '[') {
        c.draft.addFlag(SourceFlag.INVALID_JSON_ARRAY);
      }
      paths = new ArrayList<>();
      for (Lexing.Word w : Lexing.fields(c.text, at)) {
        paths.add(w.text());
      }
    }
    return new Volume(paths);
  }

  private Instruction cmdLike(InstructionCtx c) {
    c.noFlags();
    int at = c.afterFlags();
    List<String> argv = c.stringArray(at);
    if (argv == null) {
      if (c.text.charAt(at) == '[') {
        c.draft.addFlag(SourceFlag.INVALID_JSON_ARRAY);
      }
      c.draft.addFlag(SourceFlag.SHELL_FORM);
      return raw(c, String.format("%s in shell form is not modelled; write it in exec form, %s [\"program\", \"arg\"]",
          c.upper, c.upper), null);
    }
    return c.upper.equals("CMD") ? new Cmd(argv) : new Entrypoint(argv);
  }

  private static final Set<String> HEALTHCHECK_FLAGS =
      Set.of("interval", "timeout", "start-period", "start-interval", "retries");

  private Instruction healthcheck(InstructionCtx c) {
    InstructionCtx.CheckedFlags flags = c.checkedFlags(HEALTHCHECK_FLAGS, Set.of());
    int at = c.afterFlags();
    List<Lexing.Word> words = Lexing.fields(c.text, at);
    if (words.isEmpty()) {
      throw c.fail(c.keywordAt, "HEALTHCHECK has no command; write HEALTHCHECK CMD [...] or HEALTHCHECK NONE");
    }
    String type = words.get(0).text().toUpperCase(Locale.ROOT);
    if (type.equals("NONE")) {
      if (words.size() > 1) {
        throw c.fail(words.get(1).offset(), "HEALTHCHECK NONE takes no arguments; remove them");
      }
      if (!flags.isEmpty()) {
        throw new IllegalArgumentException("HEALTHCHECK NONE takes no options; remove them or give a command");
      }
      return Healthcheck.none();
    }
    if (!type.equals("CMD")) {
      throw c.fail(words.get(0).offset(), String.format(
          "HEALTHCHECK type '%s' is unknown; write HEALTHCHECK CMD [...] or HEALTHCHECK NONE", words.get(0).text()));
    }
    if (words.size() < 2) {
      throw c.fail(words.get(0).offset(), "HEALTHCHECK CMD has no command; write HEALTHCHECK CMD [\"program\"]");
    }
    int cmdAt = words.get(1).offset();
    List<String> argv = c.stringArray(cmdAt);
    if (argv == null) {
      if (c.text.charAt(cmdAt) == '[') {
        c.draft.addFlag(SourceFlag.INVALID_JSON_ARRAY);
      }
      c.draft.addFlag(SourceFlag.SHELL_FORM);
      return raw(c, "HEALTHCHECK CMD in shell form is not modelled; write it in exec form, CMD [\"program\", \"arg\"]",
          null);
    }
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("HEALTHCHECK CMD [] has no command; give a program or use HEALTHCHECK NONE");
    }
    return new Healthcheck(argv, duration(c, flags, "interval"), duration(c, flags, "timeout"),
        duration(c, flags, "start-period"), duration(c, flags, "start-interval"),
        retries(c, flags));
  }

  // if-present, not Optional.map(method reference): no lambda runs on a lint's path (docs/performance.md)
  private static Optional<Integer> retries(InstructionCtx c, InstructionCtx.CheckedFlags flags) {
    Optional<String> v = c.stringFlag(flags, "retries");
    return v.isPresent() ? Optional.of(Integer.parseInt(v.get())) : Optional.empty();
  }

  private Optional<Duration> duration(InstructionCtx c, InstructionCtx.CheckedFlags flags, String name) {
    Optional<String> v = c.stringFlag(flags, name);
    return v.isPresent() ? Optional.of(GoDuration.parse(v.get())) : Optional.empty();
  }

  private Instruction shell(InstructionCtx c) {
    c.noFlags();
    List<String> argv = c.stringArray(c.afterFlags());
    if (argv == null) {
      throw c.fail(c.afterFlags(), "SHELL takes a JSON array; write SHELL [\"/bin/sh\", \"-c\"]");
    }
    return new Shell(argv);
  }

  private Instruction onBuild(InstructionCtx c) {
    c.noFlags();
    int at = c.afterFlags();
    Draft triggerDraft = new Draft(c.ll.line(at), c.ll.column(at), c.draft.endLine, "");
    InstructionCtx t = new InstructionCtx(c.node, at, triggerDraft, c.escape, syntax);
    c.draft.triggerKeyword = Optional.of(t.keyword);
    if (t.upper.equals("ONBUILD")) {
      throw t.fail(at, "ONBUILD ONBUILD is not allowed; give the trigger instruction directly");
    }
    if (t.upper.equals("MAINTAINER")) {
      throw t.fail(at, "MAINTAINER is not allowed as an ONBUILD trigger; use LABEL");
    }
    List<Instruction> triggers = parseInstruction(t);
    c.draft.addFlags(triggerDraft.flags());
    c.draft.rawReason = triggerDraft.rawReason;
    if (triggers.size() != 1) {
      List<String> names = new ArrayList<>();
      for (Instruction i : triggers) {
        names.add(((Arg) i).name());
      }
      c.draft.addFlag(SourceFlag.RAW);
      c.draft.rawReason = Optional.of("ONBUILD ARG with several names is not modelled");
      return OnBuild.of(rawOf(t, "ARG " + String.join(" ", names)));
    }
    try {
      OnBuild onBuild = OnBuild.of(triggers.get(0));
      DockerfileWriter.check(onBuild, syntax.escape());
      return onBuild;
    } catch (IllegalArgumentException e) {
      throw c.fail(c.keywordAt, e.getMessage(), e);
    }
  }

  private Raw rawOf(InstructionCtx t, String text) {
    String joined = String.join(" ", t.ll.lines(t.keywordAt));
    try {
      return Raw.of(t.upper + joined.substring(Math.min(joined.length(), t.keyword.length())));
    } catch (IllegalArgumentException e) {
      throw t.fail(t.keywordAt, e.getMessage(), e);
    }
  }

  private static String usage(String keyword) {
    switch (keyword) {
      case "RUN": return "RUN <command>";
      case "COPY": return "COPY <source>... <destination>";
      case "ADD": return "ADD <source>... <destination>";
      case "ENV": return "ENV <key>=<value>";
      case "LABEL": return "LABEL <key>=<value>";
      case "ARG": return "ARG <name>[=<default>]";
      case "EXPOSE": return "EXPOSE <port>[/<protocol>]";
      case "CMD": case "ENTRYPOINT": return keyword + " [\"program\", \"arg\"]";
      case "SHELL": return "SHELL [\"/bin/sh\", \"-c\"]";
      case "HEALTHCHECK": return "HEALTHCHECK CMD [\"program\"] or HEALTHCHECK NONE";
      case "ONBUILD": return "ONBUILD <instruction>";
      default: return keyword + " <argument>";
    }
  }

  private static Optional<String> suggestion(String upper) {
    String best = null;
    int bestDistance = 3;
    for (String k : KEYWORDS) {
      int d = distance(upper, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2 || a.length() > 40) {
      return 99;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * A quoted path as BuildKit reads it ({@code WORKDIR "/srv/app"} is {@code /srv/app}): the model
   * holds what BuildKit reads, and the writer writes it back without the quotes. Unquoted text is
   * taken as written, so escaped dollars and variables stay as they are.
   */
  private static String asBuildKitReads(String written, char escape, String subject) {
    if (written.indexOf('"') < 0 && written.indexOf('\'') < 0) {
      return written;
    }
    try {
      return BuildKitLexer.processWord(written, escape);
    } catch (BuildKitLexer.LexException e) {
      throw new IllegalArgumentException(subject + " '" + written + "' cannot be read by BuildKit: " + e.getMessage());
    }
  }
}
