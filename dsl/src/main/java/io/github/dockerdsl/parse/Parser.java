package io.github.dockerdsl.parse;

import io.github.dockerdsl.CheckDirective;
import io.github.dockerdsl.Directives;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Origin;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.internal.WaiverLine;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of the parser over one text; not reusable. It pulls items from the syntax layer
 * ({@link SyntaxReader}), has the instruction layer ({@link Instructions}) give them meaning, and
 * places them in the model: stages, comments, waivers and source facts.
 */
final class Parser {
  private final SyntaxReader syntax;
  private final boolean renderEach;
  private Instructions instructions;

  private Optional<CheckDirective> check = Optional.empty();

  private final List<String> pendingComments = new ArrayList<>();
  private int pendingCommentLine;
  private int pendingCommentColumn;
  private final List<SuppressionDraft> pendingSuppressions = new ArrayList<>();
  private final List<SuppressionDraft> suppressions = new ArrayList<>();
  /** Our own waivers written by the writer, which become model suppressions instead of comments. */
  private final List<ModelWaiver> pendingWaivers = new ArrayList<>();
  private final List<Suppression> fileWaivers = new ArrayList<>();

  /** A {@code # dockerdsl:suppress[-stage|-file] CODE -- reason} line waiting for what it covers. */
  private record ModelWaiver(String verb, RuleId rule, String reason, String text, int line) {}

  /** The parser judges nothing: invariants only. A policy is immutable, so one serves every parse. */
  private static final io.github.dockerdsl.rule.Policy NO_POLICY = io.github.dockerdsl.rule.Policy.none();

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

  /**
   * {@code renderEach}: whether each typed instruction is rendered as it is read (see
   * {@link Instructions}); {@link DockerfileParser} re-parses with it when anything fails.
   */
  Parser(String text, boolean renderEach) {
    this.syntax = new SyntaxReader(text);
    this.renderEach = renderEach;
  }

  /** The instruction layer, made once the directives (and so the escape character) are read. */
  private Instructions instructions() {
    if (instructions == null) {
      instructions = new Instructions(syntax, renderEach, new EarlierStage());
    }
    return instructions;
  }

  ParsedDockerfile parse() {
    for (SyntaxNode item = syntax.next(); item != null; item = syntax.next()) {
      if (check.isEmpty() && syntax.check().isPresent()) {
        SyntaxReader.CheckValue v = syntax.check().get();
        check = Optional.of(checkDirective(v.value(), v.line(), v.column()));
      }
      if (item instanceof SyntaxNode.CommentLine comment) {
        comment(comment.line(), comment.column(), comment.trimmed());
        continue;
      }
      SyntaxNode.Instruction node = (SyntaxNode.Instruction) item;
      Logical ll = node.ll;
      for (int k = 0; k < ll.comments.size(); k++) {
        addPendingComment(ll.comments.get(k), ll.commentLines.get(k), 1);
      }
      if (node.upper().equals("FROM")) {
        from(instructions().context(node, new Draft(ll.line(node.keywordAt), ll.column(node.keywordAt), ll.endLine,
            "")));
      } else {
        instruction(node);
      }
    }
    if (check.isEmpty() && syntax.check().isPresent()) {
      SyntaxReader.CheckValue v = syntax.check().get();
      check = Optional.of(checkDirective(v.value(), v.line(), v.column()));
    }
    if (stages.isEmpty()) {
      int line = Math.max(1, syntax.lines.length);
      throw syntax.error("Dockerfile has no FROM instruction; start a stage with FROM <image>", line, 1);
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

  // ---------------------------------------------------------------- check directive, comments, waivers

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
          throw syntax.error(String.format("check directive error value '%s' is not a boolean; use error=true or error=false",
              v), line, column);
        }
        err = Optional.of(b);
      } else {
        throw syntax.error(String.format("check directive option '%s' is unknown; use skip=<checks> or error=<bool>", p),
            line, column);
      }
    }
    try {
      return new CheckDirective(skip, err);
    } catch (IllegalArgumentException e) {
      throw syntax.error(e.getMessage(), line, column, e);
    }
  }

  private void comment(int line, int column, String trimmed) {
    String text = trimmed.substring(trimmed.startsWith(" ", 1) ? 2 : 1);
    addPendingComment(Lexing.stripTrailing(text), line, column);
  }

  private void addPendingComment(String text, int line, int column) {
    String stripped = text.strip();
    // the prefix test spares a matcher for the common comment, which is no waiver of ours
    String[] waiver = stripped.startsWith("dockerdsl:") ? WaiverLine.parse(stripped) : null;
    if (waiver != null) {
      var known = Rules.byCode(waiver[1]);
      RuleId rule = known.isPresent() ? known.get().id() : RuleId.of(waiver[1], "Unknown");
      ModelWaiver w = new ModelWaiver(waiver[0], rule, waiver[2].strip(), text, line);
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

  /**
   * Whether {@code t} in lower case can start with 'c': the first character lowered gives the first
   * of the lowered text, and of ASCII only 'c' and 'C' give 'c'. Spares a lower-case copy of almost
   * every comment line.
   */
  private static boolean mayLowerToC(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return c == 'c' || c == 'C' || c >= 0x80;
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
    } else if (mayLowerToC(t) && t.toLowerCase(Locale.ROOT).startsWith("check")
        && SyntaxReader.directive("#" + t) != null) {
      // '# check=skip=Rule' directly above an instruction: BuildKit skips those checks for that
      // instruction only (at the top of the file it is the file-wide directive, read in readDirectives)
      for (String part : SyntaxReader.directive("#" + t)[1].split(";", -1)) {
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

  private void flushComments() {
    if (pendingComments.isEmpty()) {
      return;
    }
    Comment comment;
    try {
      // most comments are one line: that line, not a joined copy of it
      comment = Comment.of(pendingComments.size() == 1 ? pendingComments.get(0) : String.join("\n", pendingComments));
    } catch (IllegalArgumentException e) {
      throw syntax.error(e.getMessage(), pendingCommentLine, pendingCommentColumn, e);
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
        throw syntax.error(d.keyword.equalsIgnoreCase("ARG") ? d.rawReason.orElse(problem) : problem, d.line, d.column);
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

  private void from(InstructionCtx c) {
    Lexing.Flags flags = c.flags();
    Optional<Platform> platform = Optional.empty();
    for (Lexing.Flag f : flags.flags()) {
      if (!f.name().equals("platform")) {
        throw c.fail(f.offset(), String.format("flag '--%s' is unknown for FROM; FROM takes only --platform", f.name()));
      }
      if (platform.isPresent()) {
        throw c.fail(f.offset(), "flag '--platform' is given twice; give it once");
      }
      try {
        platform = Optional.of(Platform.parse(f.value()));
      } catch (IllegalArgumentException e) {
        throw c.fail(f.offset(), e.getMessage(), e);
      }
    }
    List<Lexing.Word> words = Lexing.fields(c.text, flags.restOffset());
    if (words.isEmpty()) {
      throw c.fail(c.keywordAt, "FROM has no image; write FROM <image> [AS <name>]");
    }
    if (words.size() != 1 && words.size() != 3) {
      throw c.fail(words.get(1).offset(), String.format(
          "FROM '%s' has %d arguments; write FROM <image> [AS <name>]", c.text.substring(c.argsAt).strip(),
          words.size()));
    }
    if (words.size() == 3 && !words.get(1).text().equalsIgnoreCase("as")) {
      throw c.fail(words.get(1).offset(), String.format(
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
        throw c.fail(baseWord.offset(), e.getMessage(), e);
      }
    }
    flushComments();
    target(null);
    StageDraft s = new StageDraft();
    s.builder = Stage.from(base, new Origin.FileLine(c.draft.line, c.draft.column));
    if (platform.isPresent()) {
      s.builder.platform(platform.get());
    }
    s.baseAsWritten = baseWord.text();
    s.asKeyword = words.size() == 3 ? Optional.of(words.get(1).text()) : Optional.empty();
    s.nameAsWritten = words.size() == 3 ? Optional.of(words.get(2).text()) : Optional.empty();
    if (words.size() == 3) {
      String name = words.get(2).text().toLowerCase(Locale.ROOT);
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).name.equals(Optional.of(name))) {
          throw c.fail(words.get(2).offset(), String.format(
              "stage name '%s' is already used by the stage on line %d; give each stage its own name",
              words.get(2).text(), stages.get(i).from.line()));
        }
      }
      try {
        s.builder.as(name);
      } catch (IllegalArgumentException e) {
        throw c.fail(words.get(2).offset(), e.getMessage(), e);
      }
      s.name = Optional.of(name);
    }
    Draft d = new Draft(c.draft.line, c.draft.column, c.ll.endLine, c.keyword);
    d.addFlags(c.ll.sourceFlags());
    d.removeFlag(SourceFlag.COMMENT_IN_CONTINUATION);
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
  /**
   * Whether a name is a stage's before the current one, for the instruction layer: a class, not a
   * lambda, as no lambda runs on a lint's path (each one's first use costs a one-file run its
   * bootstrap: docs/performance.md, sixth round).
   */
  private final class EarlierStage implements java.util.function.Predicate<String> {
    @Override
    public boolean test(String lowerName) {
      return earlierStage(lowerName, stages.size() - 1);
    }
  }

  private boolean earlierStage(String lowerName, int count) {
    for (int i = 0; i < count; i++) {
      if (stages.get(i).name.equals(Optional.of(lowerName))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- instructions

  private void instruction(SyntaxNode.Instruction node) {
    Logical ll = node.ll;
    Draft draft = new Draft(ll.line(node.keywordAt), ll.column(node.keywordAt), ll.endLine, node.keyword);
    draft.addFlags(ll.sourceFlags());
    List<Instruction> parsed = instructions().parseInstruction(instructions().context(node, draft));
    draft.endLine = Math.max(draft.endLine, node.endLine);
    flushComments();
    boolean first = true;
    for (int k = 0; k < parsed.size(); k++) {
      Instruction i = parsed.get(k);
      if (parsed.size() > 1) {
        draft.addFlag(SourceFlag.SPLIT_ARG);
      }
      InstructionSource source = place(i, draft);
      if (first) {
        target(source);
        first = false;
      }
    }
  }

  // ---------------------------------------------------------------- result and errors

  private ParsedDockerfile finish() {
    Directives directives;
    try {
      directives = new Directives(syntax.syntax(), syntax.escapeDirective(), check);
    } catch (IllegalArgumentException e) {
      throw syntax.error(e.getMessage(), 1, 1, e);
    }
    Dockerfile.Builder b = Dockerfile.builder().directives(directives);
    for (Suppression w : fileWaivers) {
      b.suppression(w);
    }
    // the parsed ARGs and comments as they are (adjacent comments merge, as comment(text) merges them),
    // without building each comment a second time from its text
    b.replacePreamble(preamble);
    List<StageSource> stageSources = new ArrayList<>();
    for (StageDraft s : stages) {
      b.stage(s.builder.build());
      stageSources.add(new StageSource(s.from, s.asKeyword, s.nameAsWritten, s.baseAsWritten, s.sources));
    }
    Dockerfile dockerfile;
    try {
      dockerfile = b.build(NO_POLICY);
    } catch (IllegalArgumentException | IllegalStateException e) {
      int line = 1;
      if (e.getMessage() != null && e.getMessage().contains("# syntax=")) {
        line = syntax.directiveSources().stream().filter(d -> d.name().equals("syntax")).findFirst()
            .map(DirectiveSource::line).orElse(1);
      } else if (!preambleSources.isEmpty() && e.getMessage() != null && e.getMessage().startsWith("comment '")) {
        line = preambleSources.get(0).line();
      }
      throw syntax.error(e.getMessage(), line, 1, e);
    }
    List<SuppressionComment> out = new ArrayList<>();
    sortByLine(suppressions);
    for (SuppressionDraft d : suppressions) {
      out.add(new SuppressionComment(d.syntax, d.ruleId, d.reason, d.line, d.fileWide,
          Optional.ofNullable(d.target)));
    }
    return new ParsedDockerfile(dockerfile, new SourceFacts(syntax.directiveSources(), preambleSources, stageSources), out);
  }

  /**
   * Orders the waivers by line, keeping the order of those on one line (as {@code List.sort} does): an
   * insertion sort of the few a file has, not a comparator lambda, whose bootstrap a lint would pay.
   */
  private static void sortByLine(List<SuppressionDraft> drafts) {
    for (int i = 1; i < drafts.size(); i++) {
      SuppressionDraft d = drafts.get(i);
      int j = i - 1;
      while (j >= 0 && drafts.get(j).line > d.line) {
        drafts.set(j + 1, drafts.get(j));
        j--;
      }
      drafts.set(j + 1, d);
    }
  }
}
