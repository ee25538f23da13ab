package io.github.dockerdsl.parse;

import io.github.dockerdsl.CheckDirective;
import io.github.dockerdsl.Directives;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Origin;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Command;
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
import io.github.dockerdsl.instruction.Network;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Security;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Suppression;
import io.github.dockerdsl.internal.GoDuration;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import io.github.dockerdsl.render.DockerfileWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One run of the parser over one text; not reusable. */
final class Parser {
  private static final List<String> KEYWORDS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
      "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
      "WORKDIR");

  private final String[] lines;
  private int next;
  private char escape = '\\';

  private Optional<String> syntax = Optional.empty();
  private Optional<Character> escapeDirective = Optional.empty();
  private Optional<CheckDirective> check = Optional.empty();
  private final List<DirectiveSource> directiveSources = new ArrayList<>();

  private final List<String> pendingComments = new ArrayList<>();
  private int pendingCommentLine;
  private int pendingCommentColumn;
  private final List<SuppressionDraft> pendingSuppressions = new ArrayList<>();
  private final List<SuppressionDraft> suppressions = new ArrayList<>();
  /** Our own waivers written by the writer, which become model suppressions instead of comments. */
  private final List<ModelWaiver> pendingWaivers = new ArrayList<>();
  private final List<Suppression> fileWaivers = new ArrayList<>();

  /** A {@code # dockerdsl:suppress[-stage|-file] CODE -- reason} line waiting for what it covers. */
  private static final class ModelWaiver {
    final String verb;
    final RuleId rule;
    final String reason;
    final String text;
    final int line;

    ModelWaiver(String verb, RuleId rule, String reason, String text, int line) {
      this.verb = verb;
      this.rule = rule;
      this.reason = reason;
      this.text = text;
      this.line = line;
    }
  }

  private static final java.util.regex.Pattern WAIVER = java.util.regex.Pattern.compile(
      "dockerdsl:(suppress|suppress-stage|suppress-file) ([A-Z]{2,10}[0-9]{3,4}) -- (\\S.*)");

  private final List<Instruction> preamble = new ArrayList<>();
  private final List<InstructionSource> preambleSources = new ArrayList<>();
  private final List<StageDraft> stages = new ArrayList<>();

  /** A waiver whose target instruction is not known yet. */
  private static final class SuppressionDraft {
    final SuppressionComment.Syntax syntax;
    final String ruleId;
    final Optional<String> reason;
    final int line;
    final boolean fileWide;
    InstructionSource target;

    SuppressionDraft(SuppressionComment.Syntax syntax, String ruleId, Optional<String> reason, int line,
        boolean fileWide) {
      this.syntax = syntax;
      this.ruleId = ruleId;
      this.reason = reason;
      this.line = line;
      this.fileWide = fileWide;
    }
  }

  /** A stage being read. */
  private static final class StageDraft {
    Stage.Builder builder;
    InstructionSource from;
    Optional<String> asKeyword;
    Optional<String> nameAsWritten;
    String baseAsWritten;
    final List<InstructionSource> sources = new ArrayList<>();
    Optional<String> name = Optional.empty();
  }

  /** How one instruction was written, before it has a place in the model. */
  private static final class Draft {
    final int line;
    final int column;
    int endLine;
    final String keyword;
    final Set<SourceFlag> flags = EnumSet.noneOf(SourceFlag.class);
    Optional<String> rawReason = Optional.empty();
    Optional<String> triggerKeyword = Optional.empty();

    Draft(int line, int column, int endLine, String keyword) {
      this.line = line;
      this.column = column;
      this.endLine = endLine;
      this.keyword = keyword;
    }

    InstructionSource at(int stage, int index) {
      return new InstructionSource(stage, index, line, column, endLine, keyword, flags, rawReason, triggerKeyword);
    }
  }

  /** The instruction being parsed: its logical line and where its keyword is. */
  private static final class Ctx {
    final Logical ll;
    final String text;
    final int keywordAt;
    final String keyword;
    final String upper;
    final int argsAt;
    final boolean topLevel;
    final Draft draft;
    private Lexing.Flags flags;

    /** The flags at the start of the arguments, scanned once. */
    Lexing.Flags flags() {
      if (flags == null) {
        flags = Lexing.flags(text, argsAt, escape);
      }
      return flags;
    }

    /** The file's escape character, which BuildKit also applies inside flags. */
    final char escape;

    Ctx(Logical ll, int keywordAt, boolean topLevel, Draft draft, char escape) {
      this.escape = escape;
      this.ll = ll;
      this.text = ll.text();
      this.keywordAt = keywordAt;
      int end = keywordAt;
      while (end < text.length() && !Lexing.isSpace(text.charAt(end))) {
        end++;
      }
      this.keyword = text.substring(keywordAt, end);
      this.upper = keyword.toUpperCase(Locale.ROOT);
      this.argsAt = Lexing.skipSpaces(text, end);
      this.topLevel = topLevel;
      this.draft = draft;
    }
  }

  /**
   * Whether each typed instruction is rendered as it is read, so one the writer refuses becomes
   * {@code Raw}. Without it the whole-file render in {@code build()} is the only check, which is
   * enough when nothing is refused; {@link DockerfileParser} re-parses with it when anything fails.
   */
  private final boolean renderEach;

  Parser(String text, boolean renderEach) {
    this.renderEach = renderEach;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] split = body.split("\n", -1);
    int count = split.length;
    if (count > 0 && split[count - 1].isEmpty()) {
      count--;
    }
    lines = new String[count];
    for (int i = 0; i < count; i++) {
      String l = split[i];
      lines[i] = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
  }

  ParsedDockerfile parse() {
    readDirectives();
    while (next < lines.length) {
      String trimmed = lines[next].substring(Lexing.skipSpaces(lines[next], 0));
      if (trimmed.isEmpty()) {
        next++;
        continue;
      }
      if (trimmed.charAt(0) == '#') {
        comment(next + 1, lines[next].length() - trimmed.length() + 1, trimmed);
        next++;
        continue;
      }
      Logical ll = readLogical();
      int kw = Lexing.skipSpaces(ll.text(), 0);
      if (kw >= ll.text().length()) {
        continue;
      }
      for (int k = 0; k < ll.comments.size(); k++) {
        addPendingComment(ll.comments.get(k), ll.commentLines.get(k), 1);
      }
      Draft draft = new Draft(ll.line(kw), ll.column(kw), ll.endLine, "");
      Ctx probe = new Ctx(ll, kw, true, draft, escape);
      if (probe.upper.equals("FROM")) {
        from(probe);
      } else {
        instruction(ll, kw);
      }
    }
    if (stages.isEmpty()) {
      int line = Math.max(1, lines.length);
      throw error("Dockerfile has no FROM instruction; start a stage with FROM <image>", line, 1);
    }
    // A waiver with nothing after it covers nothing: keep it as the comment it is.
    for (ModelWaiver w : pendingWaivers) {
      if (pendingComments.isEmpty()) {
        pendingCommentLine = w.line;
        pendingCommentColumn = 1;
      }
      pendingComments.add(w.text);
    }
    pendingWaivers.clear();
    flushComments();
    suppressions.addAll(pendingSuppressions);
    pendingSuppressions.clear();
    return finish();
  }

  // ---------------------------------------------------------------- lines, directives, comments

  private void readDirectives() {
    Set<String> seen = new HashSet<>();
    while (next < lines.length) {
      String line = lines[next];
      String trimmed = line.substring(Lexing.skipSpaces(line, 0));
      if (next == 0 && trimmed.startsWith("#!")) {
        // BuildKit stops reading directives at a shebang: an '# escape=' after it is a comment
        comment(1, line.length() - trimmed.length() + 1, trimmed);
        next++;
        return;
      }
      String[] directive = directive(trimmed);
      if (directive == null) {
        return;
      }
      String key = directive[0].toLowerCase(Locale.ROOT);
      if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) {
        return;
      }
      int lineNo = next + 1;
      int valueColumn = line.lastIndexOf(directive[1]) + 1;
      if (!seen.add(key)) {
        throw error(String.format("parser directive '%s' appears twice; each directive may be used once", key),
            lineNo, line.length() - trimmed.length() + 1);
      }
      directiveSources.add(new DirectiveSource(key, directive[0], directive[1], lineNo));
      String value = directive[1];
      if (key.equals("escape")) {
        if (!value.equals("\\") && !value.equals("`")) {
          throw error(String.format("escape character '%s' is not allowed; use \\ or `", value), lineNo, valueColumn);
        }
        escape = value.charAt(0);
        escapeDirective = Optional.of(escape);
      } else if (key.equals("syntax")) {
        // BuildKit takes the first word as the frontend image and passes the rest to it as its
        // command line, which dockerdsl does not model
        int space = value.indexOf(' ') < 0 ? value.indexOf('\t') : value.indexOf(' ');
        syntax = Optional.of(space < 0 ? value : value.substring(0, space));
        try {
          new Directives(syntax, Optional.empty(), Optional.empty());
        } catch (IllegalArgumentException e) {
          throw error(e.getMessage(), lineNo, valueColumn, e);
        }
      } else {
        check = Optional.of(checkDirective(value, lineNo, valueColumn));
      }
      next++;
    }
  }

  /** {@code #\s*key\s*=\s*value}: the key and the trimmed value, or null. */
  private static String[] directive(String trimmed) {
    if (!trimmed.startsWith("#")) {
      return null;
    }
    int i = Lexing.skipSpaces(trimmed, 1);
    int keyStart = i;
    if (i >= trimmed.length() || !isAsciiLetter(trimmed.charAt(i))) {
      return null;
    }
    while (i < trimmed.length() && (isAsciiLetter(trimmed.charAt(i)) || Character.isDigit(trimmed.charAt(i)))) {
      i++;
    }
    String key = trimmed.substring(keyStart, i);
    i = Lexing.skipSpaces(trimmed, i);
    if (i >= trimmed.length() || trimmed.charAt(i) != '=') {
      return null;
    }
    String value = Lexing.strip(trimmed.substring(i + 1));
    return value.isEmpty() ? null : new String[] {key, value};
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private CheckDirective checkDirective(String value, int line, int column) {
    List<String> skip = new ArrayList<>();
    Optional<Boolean> err = Optional.empty();
    for (String part : value.split(";", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      String key = eq < 0 ? p : p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String v = eq < 0 ? "" : p.substring(eq + 1).strip();
      if (key.equals("skip")) {
        for (String name : v.split(",", -1)) {
          if (!name.isBlank()) {
            skip.add(name.strip());
            suppressions.add(new SuppressionDraft(SuppressionComment.Syntax.BUILDKIT_CHECK, name.strip(),
                Optional.empty(), line, true));
          }
        }
      } else if (key.equals("error")) {
        Boolean b = Lexing.bool(v);
        if (b == null) {
          throw error(String.format("check directive error value '%s' is not a boolean; use error=true or error=false",
              v), line, column);
        }
        err = Optional.of(b);
      } else {
        throw error(String.format("check directive option '%s' is unknown; use skip=<checks> or error=<bool>", p),
            line, column);
      }
    }
    try {
      return new CheckDirective(skip, err);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), line, column, e);
    }
  }

  private void comment(int line, int column, String trimmed) {
    String text = trimmed.substring(1);
    if (text.startsWith(" ")) {
      text = text.substring(1);
    }
    addPendingComment(Lexing.stripTrailing(text), line, column);
  }

  private void addPendingComment(String text, int line, int column) {
    java.util.regex.Matcher waiver = WAIVER.matcher(text.strip());
    if (waiver.matches()) {
      RuleId rule = Rules.byCode(waiver.group(2)).map(r -> r.id()).orElseGet(() -> RuleId.of(waiver.group(2), "Unknown"));
      ModelWaiver w = new ModelWaiver(waiver.group(1), rule, waiver.group(3).strip(), text, line);
      if (w.verb.equals("suppress-file")) {
        fileWaivers.add(new Suppression(w.rule, w.reason, Suppression.Scope.WHOLE_FILE));
      } else {
        pendingWaivers.add(w);
      }
      return;
    }
    if (pendingComments.isEmpty()) {
      pendingCommentLine = line;
      pendingCommentColumn = column;
    }
    pendingComments.add(text);
    suppression(text, line);
  }

  private void suppression(String text, int line) {
    String t = text.strip();
    if (t.startsWith("dockerdsl:suppress") && (t.length() == 18 || Lexing.isSpace(t.charAt(18)))) {
      String rest = t.substring(18);
      Optional<String> reason = Optional.empty();
      int dashes = rest.indexOf("--");
      if (dashes >= 0) {
        String r = rest.substring(dashes + 2).strip();
        reason = r.isEmpty() ? Optional.empty() : Optional.of(r);
        rest = rest.substring(0, dashes);
      }
      for (String id : rest.replace(',', ' ').strip().split("\\s+")) {
        if (!id.isEmpty()) {
          pendingSuppressions.add(new SuppressionDraft(SuppressionComment.Syntax.DOCKERDSL, id, reason, line, false));
        }
      }
    } else if (t.toLowerCase(Locale.ROOT).startsWith("check") && directive("#" + t) != null) {
      // '# check=skip=Rule' directly above an instruction: BuildKit skips those checks for that
      // instruction only (at the top of the file it is the file-wide directive, read in readDirectives)
      for (String part : directive("#" + t)[1].split(";", -1)) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase("skip")) {
          for (String name : part.substring(eq + 1).split(",", -1)) {
            if (!name.isBlank()) {
              pendingSuppressions.add(new SuppressionDraft(SuppressionComment.Syntax.BUILDKIT_CHECK, name.strip(),
                  Optional.empty(), line, false));
            }
          }
        }
      }
    } else if (t.startsWith("hadolint") && t.length() > 8 && Lexing.isSpace(t.charAt(8))) {
      String rest = t.substring(8).strip();
      boolean global = rest.startsWith("global") && rest.length() > 6 && Lexing.isSpace(rest.charAt(6));
      if (global) {
        rest = rest.substring(6).strip();
      }
      if (rest.startsWith("ignore=")) {
        String ids = rest.substring(7);
        int space = 0;
        while (space < ids.length() && !Lexing.isSpace(ids.charAt(space))) {
          space++;
        }
        for (String id : ids.substring(0, space).split(",", -1)) {
          if (!id.isBlank()) {
            SuppressionDraft d = new SuppressionDraft(SuppressionComment.Syntax.HADOLINT, id.strip(), Optional.empty(),
                line, global);
            (global ? suppressions : pendingSuppressions).add(d);
          }
        }
      }
    }
  }

  /** Reads one instruction's physical lines: continuations, with comment and empty lines inside dropped. */
  private Logical readLogical() {
    Logical ll = new Logical();
    String first = lines[next];
    int lead = Lexing.skipSpaces(first, 0);
    boolean continues = addSegment(ll, next + 1, lead + 1, first.substring(lead));
    next++;
    while (continues && next < lines.length) {
      String raw = lines[next];
      int lineNo = next + 1;
      next++;
      String trimmed = raw.substring(Lexing.skipSpaces(raw, 0));
      if (trimmed.startsWith("#")) {
        String text = trimmed.substring(1);
        if (text.startsWith(" ")) {
          text = text.substring(1);
        }
        ll.commentLines.add(lineNo);
        ll.comments.add(Lexing.stripTrailing(text));
        ll.flags.add(SourceFlag.COMMENT_IN_CONTINUATION);
        continue;
      }
      if (trimmed.isEmpty()) {
        ll.flags.add(SourceFlag.EMPTY_CONTINUATION_LINE);
        continue;
      }
      continues = addSegment(ll, lineNo, 1, raw);
    }
    return ll;
  }

  private boolean addSegment(Logical ll, int line, int column, String content) {
    int end = content.length();
    while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
      end--;
    }
    // an escaped escape (C:\\, or \\\ at the end) is text, not a continuation, as for BuildKit
    boolean continues = end > 0 && content.charAt(end - 1) == escape
        && !(end > 1 && content.charAt(end - 2) == escape);
    ll.add(new Logical.Segment(line, column, continues ? content.substring(0, end - 1) : content));
    return continues;
  }

  private void flushComments() {
    if (pendingComments.isEmpty()) {
      return;
    }
    Comment comment;
    try {
      comment = Comment.of(String.join("\n", pendingComments));
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), pendingCommentLine, pendingCommentColumn, e);
    }
    Draft d = new Draft(pendingCommentLine, pendingCommentColumn, pendingCommentLine + pendingComments.size() - 1,
        "#");
    pendingComments.clear();
    place(comment, d);
  }

  /** Appends an instruction to the preamble or the current stage and returns its source. */
  private InstructionSource place(Instruction instruction, Draft d) {
    InstructionSource source;
    if (stages.isEmpty()) {
      if (!(instruction instanceof Arg) && !(instruction instanceof Comment)) {
        // the missing FROM is the problem, whatever else the instruction has (a shell-form CMD); only an
        // ARG the model cannot hold says why
        String problem = String.format(
            "instruction '%s' comes before the first FROM; only ARG and comments may precede FROM", d.keyword);
        throw error(d.keyword.equalsIgnoreCase("ARG") ? d.rawReason.orElse(problem) : problem, d.line, d.column);
      }
      source = d.at(InstructionSource.PREAMBLE, preamble.size());
      preamble.add(instruction);
      preambleSources.add(source);
    } else {
      StageDraft s = stages.get(stages.size() - 1);
      source = d.at(stages.size() - 1, s.sources.size());
      s.builder.instruction(instruction, new Origin.FileLine(d.line, d.column));
      s.sources.add(source);
      if (!(instruction instanceof Comment)) {
        attachWaivers(s, s.sources.size() - 1);
      }
    }
    if (stages.isEmpty() && !(instruction instanceof Comment)) {
      for (ModelWaiver w : pendingWaivers) {
        fileWaivers.add(new Suppression(w.rule, w.reason, Suppression.Scope.WHOLE_FILE));
      }
      pendingWaivers.clear();
    }
    return source;
  }

  private void target(InstructionSource source) {
    for (SuppressionDraft d : pendingSuppressions) {
      d.target = source;
      suppressions.add(d);
    }
    pendingSuppressions.clear();
  }

  // ---------------------------------------------------------------- FROM

  private void from(Ctx c) {
    Lexing.Flags flags = c.flags();
    Optional<Platform> platform = Optional.empty();
    for (Lexing.Flag f : flags.flags()) {
      if (!f.name().equals("platform")) {
        throw fail(c, f.offset(), String.format("flag '--%s' is unknown for FROM; FROM takes only --platform", f.name()));
      }
      if (platform.isPresent()) {
        throw fail(c, f.offset(), "flag '--platform' is given twice; give it once");
      }
      try {
        platform = Optional.of(Platform.parse(f.value()));
      } catch (IllegalArgumentException e) {
        throw fail(c, f.offset(), e.getMessage(), e);
      }
    }
    List<Lexing.Word> words = Lexing.fields(c.text, flags.restOffset());
    if (words.isEmpty()) {
      throw fail(c, c.keywordAt, "FROM has no image; write FROM <image> [AS <name>]");
    }
    if (words.size() != 1 && words.size() != 3) {
      throw fail(c, words.get(1).offset(), String.format(
          "FROM '%s' has %d arguments; write FROM <image> [AS <name>]", c.text.substring(c.argsAt).strip(),
          words.size()));
    }
    if (words.size() == 3 && !words.get(1).text().equalsIgnoreCase("as")) {
      throw fail(c, words.get(1).offset(), String.format(
          "FROM has '%s' where AS belongs; write FROM <image> AS <name>", words.get(1).text()));
    }
    Lexing.Word baseWord = words.get(0);
    BaseImage base;
    String lower = baseWord.text().toLowerCase(Locale.ROOT);
    if (baseWord.text().equals("scratch")) {
      base = Scratch.SCRATCH;
    } else if (earlierStage(lower, stages.size())) {
      base = new StageRef(lower);
    } else {
      try {
        base = ImageRef.parse(baseWord.text());
      } catch (IllegalArgumentException e) {
        throw fail(c, baseWord.offset(), e.getMessage(), e);
      }
    }
    flushComments();
    target(null);
    StageDraft s = new StageDraft();
    s.builder = Stage.from(base, new Origin.FileLine(c.draft.line, c.draft.column));
    platform.ifPresent(s.builder::platform);
    s.baseAsWritten = baseWord.text();
    s.asKeyword = words.size() == 3 ? Optional.of(words.get(1).text()) : Optional.empty();
    s.nameAsWritten = words.size() == 3 ? Optional.of(words.get(2).text()) : Optional.empty();
    if (words.size() == 3) {
      String name = words.get(2).text().toLowerCase(Locale.ROOT);
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).name.equals(Optional.of(name))) {
          throw fail(c, words.get(2).offset(), String.format(
              "stage name '%s' is already used by the stage on line %d; give each stage its own name",
              words.get(2).text(), stages.get(i).from.line()));
        }
      }
      try {
        s.builder.as(name);
      } catch (IllegalArgumentException e) {
        throw fail(c, words.get(2).offset(), e.getMessage(), e);
      }
      s.name = Optional.of(name);
    }
    Draft d = new Draft(c.draft.line, c.draft.column, c.ll.endLine, c.keyword);
    d.flags.addAll(c.ll.flags);
    d.flags.remove(SourceFlag.COMMENT_IN_CONTINUATION);
    s.from = d.at(stages.size(), InstructionSource.FROM);
    attachWaivers(s, -1);
    stages.add(s);
    retarget(s.from);
  }

  /** Suppressions collected right before a FROM apply to that FROM. */
  private void retarget(InstructionSource from) {
    for (SuppressionDraft d : suppressions) {
      if (!d.fileWide && d.target == null) {
        d.target = from;
      }
    }
  }

  /** Turns waiting waivers into suppressions of the stage: at an instruction, at FROM (-1) or stage-wide. */
  private void attachWaivers(StageDraft s, int index) {
    for (ModelWaiver w : pendingWaivers) {
      Suppression.Scope scope = w.verb.equals("suppress-stage") ? Suppression.Scope.WHOLE_STAGE
          : Suppression.Scope.at(index);
      s.builder.suppression(new Suppression(w.rule, w.reason, scope));
    }
    pendingWaivers.clear();
  }

  /** True when one of the first {@code count} stages has this name. */
  private boolean earlierStage(String lowerName, int count) {
    for (int i = 0; i < count; i++) {
      if (stages.get(i).name.equals(Optional.of(lowerName))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- instructions

  private void instruction(Logical ll, int keywordAt) {
    Draft draft = new Draft(ll.line(keywordAt), ll.column(keywordAt), ll.endLine,
        new Ctx(ll, keywordAt, true, null, escape).keyword);
    draft.flags.addAll(ll.flags);
    Ctx c = new Ctx(ll, keywordAt, true, draft, escape);
    List<Instruction> parsed = parseInstruction(c);
    draft.endLine = Math.max(draft.endLine, next);
    flushComments();
    boolean first = true;
    for (Instruction i : parsed) {
      if (parsed.size() > 1) {
        draft.flags.add(SourceFlag.SPLIT_ARG);
      }
      InstructionSource source = place(i, draft);
      if (first) {
        target(source);
        first = false;
      }
    }
  }

  private List<Instruction> parseInstruction(Ctx c) {
    if (!KEYWORDS.contains(c.upper)) {
      String hint = suggestion(c.upper).map(k -> "did you mean " + k + "?")
          .orElse("use a Dockerfile instruction such as RUN or COPY");
      throw fail(c, c.keywordAt, String.format("instruction '%s' is unknown; %s", c.keyword, hint));
    }
    if (c.upper.equals("FROM")) {
      throw fail(c, c.keywordAt, "FROM is not allowed as an ONBUILD trigger; ONBUILD takes any other instruction");
    }
    if (c.argsAt >= c.text.length()) {
      throw fail(c, c.keywordAt, String.format("%s has no arguments; write %s", c.upper, usage(c.upper)));
    }
    if (c.upper.equals("ONBUILD")) {
      return List.of(onBuild(c));
    }
    if (c.upper.equals("ARG")) {
      return arg(c);
    }
    return List.of(single(c));
  }

  private Instruction single(Ctx c) {
    if (c.upper.equals("MAINTAINER")) {
      c.draft.flags.add(SourceFlag.MAINTAINER);
      return raw(c, "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=...", null);
    }
    int startNext = next;
    try {
      Instruction typed;
      switch (c.upper) {
        case "RUN": typed = run(c); break;
        case "COPY": typed = copy(c); break;
        case "ADD": typed = add(c); break;
        case "ENV": typed = new Env(pairs(c, "ENV")); break;
        case "LABEL": typed = new Label(pairs(c, "LABEL")); break;
        case "WORKDIR": noFlags(c); typed = Workdir.of(asBuildKitReads(rest(c), c.escape, "WORKDIR path")); break;
        case "USER": noFlags(c); typed = new User(UserSpec.parse(rest(c))); break;
        case "EXPOSE": typed = expose(c); break;
        case "VOLUME": typed = volume(c); break;
        case "CMD": typed = cmdLike(c); break;
        case "ENTRYPOINT": typed = cmdLike(c); break;
        case "HEALTHCHECK": typed = healthcheck(c); break;
        case "SHELL": typed = shell(c); break;
        case "STOPSIGNAL": noFlags(c); typed = StopSignal.of(Signal.of(rest(c))); break;
        default: throw new IllegalStateException("unhandled keyword " + c.upper);
      }
      if (typed instanceof Raw) {
        return typed;
      }
      if (renderEach) {
        DockerfileWriter.render(typed, escape);
      }
      return typed;
    } catch (IllegalArgumentException e) {
      if (next != startNext) {
        throw fail(c, c.keywordAt, e.getMessage(), e);
      }
      return raw(c, e.getMessage(), e);
    }
  }

  /** The instruction as one raw line, keyword upper-cased; the reason is recorded for the linter. */
  private Raw raw(Ctx c, String reason, Throwable cause) {
    String text = c.upper + rawArgs(c);
    c.draft.flags.add(SourceFlag.RAW);
    c.draft.rawReason = Optional.ofNullable(reason);
    try {
      Raw raw = Raw.of(text);
      DockerfileWriter.render(raw, escape);
      return raw;
    } catch (IllegalArgumentException e) {
      throw fail(c, c.keywordAt, reason != null ? reason : e.getMessage(), cause != null ? cause : e);
    }
  }

  private static String rawArgs(Ctx c) {
    String joined = String.join(" ", c.ll.lines(c.argsAt));
    return joined.isEmpty() ? "" : " " + joined;
  }

  private static String rest(Ctx c) {
    return String.join(" ", c.ll.lines(c.argsAt));
  }

  private void noFlags(Ctx c) {
    flags(c, Set.of(), Set.of());
  }

  /** Checks the flags against the instruction's own; BuildKit refuses unknown and repeated ones. */
  private Map<String, List<Lexing.Flag>> flags(Ctx c, Set<String> allowed, Set<String> repeatable) {
    Lexing.Flags parsed = c.flags();
    Map<String, List<Lexing.Flag>> out = new LinkedHashMap<>();
    for (Lexing.Flag f : parsed.flags()) {
      if (!allowed.contains(f.name())) {
        String takes = allowed.isEmpty() ? c.upper + " takes no flags"
            : c.upper + " takes --" + String.join(", --", new java.util.TreeSet<>(allowed));
        throw fail(c, f.offset(), String.format("flag '--%s' is unknown for %s; %s", f.name(), c.upper, takes));
      }
      List<Lexing.Flag> list = out.computeIfAbsent(f.name(), k -> new ArrayList<>());
      if (!list.isEmpty() && !repeatable.contains(f.name())) {
        throw fail(c, f.offset(), String.format("flag '--%s' is given twice; give it once", f.name()));
      }
      list.add(f);
    }
    return out;
  }

  private int afterFlags(Ctx c) {
    return c.flags().restOffset();
  }

  private Optional<String> stringFlag(Ctx c, Map<String, List<Lexing.Flag>> flags, String name) {
    List<Lexing.Flag> list = flags.get(name);
    if (list == null) {
      return Optional.empty();
    }
    Lexing.Flag f = list.get(0);
    if (!f.hasValue()) {
      throw fail(c, f.offset(), String.format("flag '--%s' has no value; write --%s=<value>", name, name));
    }
    return Optional.of(f.value());
  }

  private Optional<Boolean> boolFlag(Ctx c, Map<String, List<Lexing.Flag>> flags, String name) {
    List<Lexing.Flag> list = flags.get(name);
    if (list == null) {
      return Optional.empty();
    }
    Lexing.Flag f = list.get(0);
    if (!f.hasValue()) {
      return Optional.of(true);
    }
    Boolean b = Lexing.bool(f.value());
    if (b == null) {
      throw fail(c, f.offset(), String.format("flag '--%s' value '%s' is not a boolean; write --%s=true or --%s=false",
          name, f.value(), name, name));
    }
    return Optional.of(b);
  }

  // ---------------------------------------------------------------- RUN

  private Instruction run(Ctx c) {
    Map<String, List<Lexing.Flag>> flags = flags(c, Set.of("mount", "network", "security", "device"),
        Set.of("mount", "device"));
    int at = afterFlags(c);
    if (at >= c.text.length()) {
      throw fail(c, c.keywordAt, "RUN has no command; write RUN <command>");
    }
    List<Mount> mounts = new ArrayList<>();
    for (Lexing.Flag f : flags.getOrDefault("mount", List.of())) {
      mounts.add(mount(c, f));
    }
    Optional<Network> network = stringFlag(c, flags, "network").map(v -> {
      switch (v) {
        case "default": return Network.DEFAULT;
        case "none": return Network.NONE;
        case "host": return Network.HOST;
        default: throw fail(c, flags.get("network").get(0).offset(), String.format(
            "network mode '%s' is not supported; use default, none or host", v));
      }
    });
    Optional<Security> security = stringFlag(c, flags, "security").map(v -> {
      switch (v) {
        case "sandbox": return Security.SANDBOX;
        case "insecure": return Security.INSECURE;
        default: throw fail(c, flags.get("security").get(0).offset(), String.format(
            "security mode '%s' is not supported; use sandbox or insecure", v));
      }
    });
    Command command = command(c, at);
    if (flags.containsKey("device")) {
      return raw(c, "RUN --device is a labs flag that dockerdsl does not model", null);
    }
    return new Run(command, mounts, network, security);
  }

  /**
   * The JSON array of strings at {@code at}, or null when the text is no JSON array (then it is shell
   * form); a JSON array with other values ({@code RUN [1, 2]}) is refused, as BuildKit refuses it.
   */
  private List<String> stringArray(Ctx c, int at) {
    List<String> argv = Lexing.jsonArray(c.text, at);
    if (argv == null && Lexing.isJsonArrayOfValues(c.text, at)) {
      throw fail(c, at, "when using JSON array syntax, arrays must be comprised of strings only; quote every "
          + "element, e.g. [\"echo\", \"1\"]");
    }
    return argv;
  }

  private Command command(Ctx c, int at) {
    if (c.text.charAt(at) == '[') {
      List<String> argv = stringArray(c, at);
      if (argv != null) {
        return Command.exec(argv);
      }
      c.draft.flags.add(SourceFlag.INVALID_JSON_ARRAY);
    }
    List<String> shellLines = c.ll.lines(at);
    String line = String.join(" ", shellLines);
    List<Lexing.Marker> markers = Lexing.heredocMarkers(line, 0);
    markers.removeIf(m -> m.name().isEmpty());
    if (markers.isEmpty()) {
      return Command.shellLines(shellLines);
    }
    StringBuilder commandLine = new StringBuilder();
    int last = 0;
    List<Heredoc> docs = new ArrayList<>();
    for (Lexing.Marker m : markers) {
      commandLine.append(line, last, m.start()).append(m.prefixDigits()).append("<<").append(m.chomp() ? "-" : "")
          .append(m.quoted() ? "\"" + m.name() + "\"" : m.name());
      last = m.end();
      docs.add(heredoc(c, m));
    }
    commandLine.append(line.substring(last));
    return new Command.HeredocForm(commandLine.toString(), docs);
  }

  /** Reads a heredoc body from the lines after the instruction. */
  private Heredoc heredoc(Ctx c, Lexing.Marker m) {
    List<String> body = new ArrayList<>();
    while (true) {
      if (next >= lines.length) {
        throw error(String.format("heredoc '%s' is not terminated; end it with a line '%s'", m.name(), m.name()),
            c.draft.line, c.draft.column);
      }
      String l = lines[next++];
      String candidate = l;
      if (m.chomp()) {
        int t = 0;
        while (t < candidate.length() && candidate.charAt(t) == '\t') {
          t++;
        }
        candidate = candidate.substring(t);
      }
      if (candidate.equals(m.name())) {
        break;
      }
      body.add(l);
    }
    c.draft.endLine = next;
    try {
      return new Heredoc(m.name(), body, m.chomp(), !m.quoted());
    } catch (IllegalArgumentException e) {
      throw fail(c, c.keywordAt, e.getMessage(), e);
    }
  }

  private Mount mount(Ctx c, Lexing.Flag f) {
    if (!f.hasValue()) {
      throw fail(c, f.offset(), "flag '--mount' has no value; write --mount=type=<type>,target=<path>");
    }
    List<String> fields = Lexing.csv(f.value());
    String type = "bind";
    for (String field : fields) {
      int eq = field.indexOf('=');
      if (eq > 0 && field.substring(0, eq).strip().equalsIgnoreCase("type")) {
        type = field.substring(eq + 1).strip();
      }
    }
    if (!List.of("bind", "cache", "tmpfs", "secret", "ssh").contains(type)) {
      throw fail(c, f.offset(), String.format(
          "mount type '%s' is not supported; use bind, cache, tmpfs, secret or ssh", type));
    }
    Map<String, String> opts = new LinkedHashMap<>();
    for (String field : fields) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      String value = eq < 0 ? null : field.substring(eq + 1);
      String canonical;
      switch (key) {
        case "type": continue;
        case "source": case "src": canonical = "source"; break;
        case "target": case "dst": case "destination": canonical = "target"; break;
        case "readonly": case "ro": canonical = "ro"; break;
        case "readwrite": case "rw": canonical = "rw"; break;
        case "from": case "id": case "sharing": case "mode": case "uid": case "gid": case "size": case "env":
        case "required":
          canonical = key;
          break;
        default:
          throw fail(c, f.offset(), String.format("mount option '%s' is unknown in '--mount=%s'; see the RUN --mount "
              + "reference for the options of type %s", key, f.value(), type));
      }
      if (value == null) {
        if (!canonical.equals("ro") && !canonical.equals("rw") && !canonical.equals("required")) {
          throw fail(c, f.offset(), String.format("mount option '%s' has no value; write %s=<value>", key, key));
        }
        value = "true";
      } else if (canonical.equals("ro") || canonical.equals("rw") || canonical.equals("required")) {
        if (Lexing.bool(value) == null) {
          throw fail(c, f.offset(), String.format("mount option '%s' value '%s' is not a boolean; write %s=true or %s",
              key, value, key, key));
        }
        value = Lexing.bool(value).toString();
      }
      if (canonical.equals("ro") && opts.containsKey("rw")) {
        opts.remove("rw");
      }
      if (canonical.equals("rw") && opts.containsKey("ro")) {
        opts.remove("ro");
      }
      opts.put(canonical, value);
    }
    return buildMount(type, opts);
  }

  private Mount buildMount(String type, Map<String, String> o) {
    Set<String> supported;
    Mount mount;
    switch (type) {
      case "bind":
        supported = Set.of("target", "source", "from", "rw", "ro");
        // without target, BuildKit mounts at the working directory (it joins the target to the WORKDIR),
        // which is what target=. says
        BindMount bind = BindMount.of(o.getOrDefault("target", "."));
        bind = new BindMount(bind.target(), Optional.ofNullable(o.get("source")),
            Optional.ofNullable(o.get("from")).map(this::sourceRef),
            o.containsKey("rw") ? Boolean.parseBoolean(o.get("rw")) : o.containsKey("ro") && !Boolean.parseBoolean(o.get("ro")));
        mount = bind;
        break;
      case "cache":
        supported = Set.of("target", "id", "sharing", "from", "source", "ro", "rw", "mode", "uid", "gid");
        boolean readOnly = o.containsKey("ro") ? Boolean.parseBoolean(o.get("ro"))
            : o.containsKey("rw") && !Boolean.parseBoolean(o.get("rw"));
        mount = new CacheMount(required(o, "target", type), Optional.ofNullable(o.get("id")),
            Optional.ofNullable(o.get("sharing")).map(Parser::sharing), Optional.ofNullable(o.get("from")).map(this::sourceRef),
            Optional.ofNullable(o.get("source")), readOnly, Optional.ofNullable(o.get("mode")).map(FileMode::of),
            integer(o, "uid"), integer(o, "gid"));
        break;
      case "tmpfs":
        supported = Set.of("target", "size");
        mount = new TmpfsMount(required(o, "target", type),
            Optional.ofNullable(o.get("size")).map(Lexing::ramInBytes));
        break;
      case "secret":
        supported = Set.of("id", "target", "env", "required", "mode", "uid", "gid");
        mount = new SecretMount(Optional.ofNullable(o.get("id")), Optional.ofNullable(o.get("target")),
            Optional.ofNullable(o.get("env")), Boolean.parseBoolean(o.getOrDefault("required", "false")),
            Optional.ofNullable(o.get("mode")).map(FileMode::of), integer(o, "uid"), integer(o, "gid"));
        break;
      default:
        supported = Set.of("id", "target", "required", "mode", "uid", "gid");
        mount = new SshMount(Optional.ofNullable(o.get("id")), Optional.ofNullable(o.get("target")),
            Boolean.parseBoolean(o.getOrDefault("required", "false")),
            Optional.ofNullable(o.get("mode")).map(FileMode::of), integer(o, "uid"), integer(o, "gid"));
    }
    for (String key : o.keySet()) {
      if (!supported.contains(key)) {
        throw new IllegalArgumentException(String.format(
            "mount option '%s' is not modelled for %s mounts; remove it", key, type));
      }
    }
    return mount;
  }

  private static String required(Map<String, String> o, String key, String type) {
    String v = o.get(key);
    if (v == null) {
      throw new IllegalArgumentException(String.format("%s mount has no %s; give %s=<path>", type, key, key));
    }
    return v;
  }

  private static Optional<Integer> integer(Map<String, String> o, String key) {
    return Optional.ofNullable(o.get(key)).map(Integer::parseInt);
  }

  private static Sharing sharing(String value) {
    switch (value) {
      case "shared": return Sharing.SHARED;
      case "private": return Sharing.PRIVATE;
      case "locked": return Sharing.LOCKED;
      default: throw new IllegalArgumentException(String.format(
          "cache sharing '%s' is not valid; use shared, private or locked", value));
    }
  }

  /**
   * {@code --from=X}: an earlier stage (case-insensitively), else an image when X has a tag, digest,
   * registry, path or variable, else a named build context.
   */
  private SourceRef sourceRef(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (earlierStage(lower, stages.size() - 1)) {
      return new StageRef(lower);
    }
    try {
      ImageRef image = ImageRef.parse(value);
      if (image.tag().isPresent() || image.digest().isPresent() || image.registry().isPresent()
          || image.repository().contains("/") || image.hasVariables()) {
        return image;
      }
    } catch (IllegalArgumentException e) {
      // not an image; try a named context
    }
    return NamedContext.of(value);
  }

  // ---------------------------------------------------------------- COPY, ADD

  private Instruction copy(Ctx c) {
    Map<String, List<Lexing.Flag>> flags = flags(c, Set.of("from", "chown", "chmod", "link", "parents", "exclude"),
        Set.of("exclude"));
    Files files = files(c, true);
    return new Copy(files.sources, files.heredocs, files.destination,
        stringFlag(c, flags, "from").map(this::sourceRef), stringFlag(c, flags, "chown").map(UserSpec::parse),
        stringFlag(c, flags, "chmod").map(FileMode::of), boolFlag(c, flags, "link").orElse(false),
        boolFlag(c, flags, "parents").orElse(false), excludes(c, flags));
  }

  private Instruction add(Ctx c) {
    Map<String, List<Lexing.Flag>> flags = flags(c,
        Set.of("checksum", "keep-git-dir", "unpack", "chown", "chmod", "link", "exclude"), Set.of("exclude"));
    Files files = files(c, false);
    return new Add(files.sources, files.destination, stringFlag(c, flags, "checksum"),
        boolFlag(c, flags, "keep-git-dir").orElse(false), boolFlag(c, flags, "unpack"),
        stringFlag(c, flags, "chown").map(UserSpec::parse), stringFlag(c, flags, "chmod").map(FileMode::of),
        boolFlag(c, flags, "link").orElse(false), excludes(c, flags));
  }

  private List<String> excludes(Ctx c, Map<String, List<Lexing.Flag>> flags) {
    List<String> out = new ArrayList<>();
    for (Lexing.Flag f : flags.getOrDefault("exclude", List.of())) {
      if (!f.hasValue()) {
        throw fail(c, f.offset(), "flag '--exclude' has no value; write --exclude=<pattern>");
      }
      out.add(f.value());
    }
    return out;
  }

  /** Sources, inline documents and destination of COPY or ADD. */
  private static final class Files {
    final List<String> sources = new ArrayList<>();
    final List<Heredoc> heredocs = new ArrayList<>();
    String destination;
  }

  private Files files(Ctx c, boolean heredocsAllowed) {
    int at = afterFlags(c);
    Files out = new Files();
    List<String> all = null;
    if (at < c.text.length() && c.text.charAt(at) == '[') {
      all = stringArray(c, at);
      if (all == null) {
        c.draft.flags.add(SourceFlag.INVALID_JSON_ARRAY);
      }
    }
    if (all == null) {
      all = new ArrayList<>();
      for (Lexing.Word w : Lexing.fields(c.text, at)) {
        Lexing.Marker m = Lexing.heredocMarkers(w.text(), 0).stream().findFirst().orElse(null);
        if (m != null && !m.name().isEmpty() && m.start() == 0 && m.end() == w.text().length()) {
          if (!heredocsAllowed) {
            throw fail(c, w.offset(), String.format("%s '%s' uses a heredoc, which dockerdsl supports only in RUN "
                + "and COPY; use COPY <<EOF instead", c.upper, w.text()));
          }
          out.heredocs.add(heredoc(c, m));
        } else {
          all.add(plainPath(w.text()));
        }
      }
    }
    if (all.size() + out.heredocs.size() < 2 || all.isEmpty()) {
      throw fail(c, c.keywordAt, String.format(
          "%s needs a source and a destination; write %s <source>... <destination>", c.upper, c.upper));
    }
    out.destination = all.get(all.size() - 1);
    out.sources.addAll(all.subList(0, all.size() - 1));
    return out;
  }

  /**
   * {@code "${X}"} as {@code ${X}}: BuildKit removes such quotes when it expands COPY and ADD words, so
   * a double-quoted word without whitespace, quotes or escapes means the same bare.
   */
  private String plainPath(String word) {
    if (word.length() > 2 && word.startsWith("\"") && word.endsWith("\"")) {
      String inner = word.substring(1, word.length() - 1);
      for (int i = 0; i < inner.length(); i++) {
        char ch = inner.charAt(i);
        if (ch == '"' || ch == '\'' || ch == escape || ch == '\\' || ch == '`' || Lexing.isSpace(ch)) {
          return word;
        }
      }
      return inner;
    }
    return word;
  }

  // ---------------------------------------------------------------- ENV, LABEL, ARG

  private List<KeyValue> pairs(Ctx c, String keyword) {
    noFlags(c);
    int at = afterFlags(c);
    List<Lexing.Word> words = Lexing.words(c.text, at, escape);
    List<KeyValue> out = new ArrayList<>();
    if (words.isEmpty()) {
      throw fail(c, c.keywordAt, String.format("%s has no arguments; write %s <key>=<value>", keyword, keyword));
    }
    if (words.get(0).text().indexOf('=') < 0) {
      c.draft.flags.add(SourceFlag.LEGACY_KEY_VALUE);
      String rest = Lexing.strip(c.text.substring(at));
      int space = 0;
      while (space < rest.length() && !Lexing.isSpace(rest.charAt(space))) {
        space++;
      }
      if (space >= rest.length()) {
        throw fail(c, words.get(0).offset(), String.format(
            "%s '%s' has no value; write %s %s=<value>", keyword, rest, keyword, rest));
      }
      out.add(KeyValue.of(unquoted(rest.substring(0, space)), unquoted(Lexing.strip(rest.substring(space)))));
      return out;
    }
    for (Lexing.Word w : words) {
      int eq = w.text().indexOf('=');
      if (eq < 0) {
        throw fail(c, w.offset(), String.format(
            "%s word '%s' has no '='; write %s <key>=<value> for every variable", keyword, w.text(), keyword));
      }
      out.add(KeyValue.of(unquoted(w.text().substring(0, eq)), unquoted(w.text().substring(eq + 1))));
    }
    return out;
  }

  private String unquoted(String word) {
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

  private List<Instruction> arg(Ctx c) {
    try {
      noFlags(c);
      List<Lexing.Word> words = Lexing.words(c.text, afterFlags(c), escape);
      if (words.isEmpty()) {
        throw fail(c, c.keywordAt, "ARG has no name; write ARG <name>[=<default>]");
      }
      List<Instruction> out = new ArrayList<>();
      for (Lexing.Word w : words) {
        int eq = w.text().indexOf('=');
        Arg arg = eq < 0 ? Arg.of(w.text())
            : Arg.of(w.text().substring(0, eq), unquoted(w.text().substring(eq + 1)));
        DockerfileWriter.render(arg, escape);
        out.add(arg);
      }
      return out;
    } catch (IllegalArgumentException e) {
      return List.of(raw(c, e.getMessage(), e));
    }
  }

  // ---------------------------------------------------------------- the rest

  private Instruction expose(Ctx c) {
    noFlags(c);
    List<Port> ports = new ArrayList<>();
    for (Lexing.Word w : Lexing.fields(c.text, afterFlags(c))) {
      ports.add(Port.parse(w.text()));
    }
    return new Expose(ports);
  }

  private Instruction volume(Ctx c) {
    noFlags(c);
    int at = afterFlags(c);
    List<String> paths = c.text.charAt(at) == '[' ? stringArray(c, at) : null;
    if (paths == null) {
      if (c.text.charAt(at) == '[') {
        c.draft.flags.add(SourceFlag.INVALID_JSON_ARRAY);
      }
      paths = new ArrayList<>();
      for (Lexing.Word w : Lexing.fields(c.text, at)) {
        paths.add(w.text());
      }
    }
    return new Volume(paths);
  }

  private Instruction cmdLike(Ctx c) {
    noFlags(c);
    int at = afterFlags(c);
    List<String> argv = stringArray(c, at);
    if (argv == null) {
      if (c.text.charAt(at) == '[') {
        c.draft.flags.add(SourceFlag.INVALID_JSON_ARRAY);
      }
      c.draft.flags.add(SourceFlag.SHELL_FORM);
      return raw(c, String.format("%s in shell form is not modelled; write it in exec form, %s [\"program\", \"arg\"]",
          c.upper, c.upper), null);
    }
    return c.upper.equals("CMD") ? new Cmd(argv) : new Entrypoint(argv);
  }

  private Instruction healthcheck(Ctx c) {
    Map<String, List<Lexing.Flag>> flags = flags(c,
        Set.of("interval", "timeout", "start-period", "start-interval", "retries"), Set.of());
    int at = afterFlags(c);
    List<Lexing.Word> words = Lexing.fields(c.text, at);
    if (words.isEmpty()) {
      throw fail(c, c.keywordAt, "HEALTHCHECK has no command; write HEALTHCHECK CMD [...] or HEALTHCHECK NONE");
    }
    String type = words.get(0).text().toUpperCase(Locale.ROOT);
    if (type.equals("NONE")) {
      if (words.size() > 1) {
        throw fail(c, words.get(1).offset(), "HEALTHCHECK NONE takes no arguments; remove them");
      }
      if (!flags.isEmpty()) {
        throw new IllegalArgumentException("HEALTHCHECK NONE takes no options; remove them or give a command");
      }
      return Healthcheck.none();
    }
    if (!type.equals("CMD")) {
      throw fail(c, words.get(0).offset(), String.format(
          "HEALTHCHECK type '%s' is unknown; write HEALTHCHECK CMD [...] or HEALTHCHECK NONE", words.get(0).text()));
    }
    if (words.size() < 2) {
      throw fail(c, words.get(0).offset(), "HEALTHCHECK CMD has no command; write HEALTHCHECK CMD [\"program\"]");
    }
    int cmdAt = words.get(1).offset();
    List<String> argv = stringArray(c, cmdAt);
    if (argv == null) {
      if (c.text.charAt(cmdAt) == '[') {
        c.draft.flags.add(SourceFlag.INVALID_JSON_ARRAY);
      }
      c.draft.flags.add(SourceFlag.SHELL_FORM);
      return raw(c, "HEALTHCHECK CMD in shell form is not modelled; write it in exec form, CMD [\"program\", \"arg\"]",
          null);
    }
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("HEALTHCHECK CMD [] has no command; give a program or use HEALTHCHECK NONE");
    }
    return new Healthcheck(argv, duration(c, flags, "interval"), duration(c, flags, "timeout"),
        duration(c, flags, "start-period"), duration(c, flags, "start-interval"),
        stringFlag(c, flags, "retries").map(Integer::parseInt));
  }

  private Optional<Duration> duration(Ctx c, Map<String, List<Lexing.Flag>> flags, String name) {
    return stringFlag(c, flags, name).map(GoDuration::parse);
  }

  private Instruction shell(Ctx c) {
    noFlags(c);
    List<String> argv = stringArray(c, afterFlags(c));
    if (argv == null) {
      throw fail(c, afterFlags(c), "SHELL takes a JSON array; write SHELL [\"/bin/sh\", \"-c\"]");
    }
    return new Shell(argv);
  }

  private Instruction onBuild(Ctx c) {
    noFlags(c);
    int at = afterFlags(c);
    Draft triggerDraft = new Draft(c.ll.line(at), c.ll.column(at), c.draft.endLine, "");
    Ctx t = new Ctx(c.ll, at, false, triggerDraft, c.escape);
    c.draft.triggerKeyword = Optional.of(t.keyword);
    if (t.upper.equals("ONBUILD")) {
      throw fail(t, at, "ONBUILD ONBUILD is not allowed; give the trigger instruction directly");
    }
    if (t.upper.equals("MAINTAINER")) {
      throw fail(t, at, "MAINTAINER is not allowed as an ONBUILD trigger; use LABEL");
    }
    List<Instruction> triggers = parseInstruction(t);
    c.draft.flags.addAll(triggerDraft.flags);
    c.draft.rawReason = triggerDraft.rawReason;
    if (triggers.size() != 1) {
      List<String> names = new ArrayList<>();
      for (Instruction i : triggers) {
        names.add(((Arg) i).name());
      }
      c.draft.flags.add(SourceFlag.RAW);
      c.draft.rawReason = Optional.of("ONBUILD ARG with several names is not modelled");
      return OnBuild.of(rawOf(t, "ARG " + String.join(" ", names)));
    }
    try {
      OnBuild onBuild = OnBuild.of(triggers.get(0));
      DockerfileWriter.render(onBuild, escape);
      return onBuild;
    } catch (IllegalArgumentException e) {
      throw fail(c, c.keywordAt, e.getMessage(), e);
    }
  }

  private Raw rawOf(Ctx t, String text) {
    String joined = String.join(" ", t.ll.lines(t.keywordAt));
    try {
      return Raw.of(t.upper + joined.substring(Math.min(joined.length(), t.keyword.length())));
    } catch (IllegalArgumentException e) {
      throw fail(t, t.keywordAt, e.getMessage(), e);
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

  // ---------------------------------------------------------------- result and errors

  private ParsedDockerfile finish() {
    Directives directives;
    try {
      directives = new Directives(syntax, escapeDirective, check);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), 1, 1, e);
    }
    Dockerfile.Builder b = Dockerfile.builder().directives(directives);
    for (Suppression w : fileWaivers) {
      b.suppression(w);
    }
    for (Instruction i : preamble) {
      if (i instanceof Arg) {
        b.globalArg((Arg) i);
      } else {
        b.comment(((Comment) i).text());
      }
    }
    List<StageSource> stageSources = new ArrayList<>();
    for (StageDraft s : stages) {
      b.stage(s.builder.build());
      stageSources.add(new StageSource(s.from, s.asKeyword, s.nameAsWritten, s.baseAsWritten, s.sources));
    }
    Dockerfile dockerfile;
    try {
      dockerfile = b.build(io.github.dockerdsl.rule.Policy.none());
    } catch (IllegalArgumentException | IllegalStateException e) {
      int line = 1;
      if (e.getMessage() != null && e.getMessage().contains("# syntax=")) {
        line = directiveSources.stream().filter(d -> d.name().equals("syntax")).findFirst()
            .map(DirectiveSource::line).orElse(1);
      } else if (!preambleSources.isEmpty() && e.getMessage() != null && e.getMessage().startsWith("comment '")) {
        line = preambleSources.get(0).line();
      }
      throw error(e.getMessage(), line, 1, e);
    }
    List<SuppressionComment> out = new ArrayList<>();
    suppressions.sort((x, y) -> Integer.compare(x.line, y.line));
    for (SuppressionDraft d : suppressions) {
      out.add(new SuppressionComment(d.syntax, d.ruleId, d.reason, d.line, d.fileWide,
          Optional.ofNullable(d.target)));
    }
    return new ParsedDockerfile(dockerfile, new SourceFacts(directiveSources, preambleSources, stageSources), out);
  }

  private DockerfileSyntaxException fail(Ctx c, int offset, String message) {
    return error(message, c.ll.line(offset), c.ll.column(offset));
  }

  private DockerfileSyntaxException fail(Ctx c, int offset, String message, Throwable cause) {
    return error(message, c.ll.line(offset), c.ll.column(offset), cause);
  }

  private DockerfileSyntaxException error(String message, int line, int column) {
    return error(message, line, column, null);
  }

  private DockerfileSyntaxException error(String message, int line, int column, Throwable cause) {
    String source = line - 1 < lines.length && line >= 1 ? lines[line - 1] : "";
    return new DockerfileSyntaxException(message == null ? "input is not a valid Dockerfile" : message, line, column,
        source, cause);
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
