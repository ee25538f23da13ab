package io.github.dockerdsl.render;

import io.github.dockerdsl.Directives;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.internal.GoDuration;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.rule.Suppression;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The only code that produces Dockerfile text. Output is canonical: upper-case keywords,
 * {@code key=value} ENV and LABEL, JSON arrays with full escaping, one flag per continuation line
 * for RUNs with mounts, LF line ends and a trailing newline.
 */
public final class DockerfileWriter {
  private static final String INDENT = "    ";

  final char escape;
  final StringBuilder out;
  /** Where the first heredoc body of the instruction being written starts, or -1. */
  private int bodyStart = -1;
  /** Whether the instruction being written took its JSON form, where BuildKit looks for no heredoc. */
  boolean jsonForm;
  /** Writes each instruction; it keeps no state of its own, so one serves the whole render. */
  private final InstructionEmitter emitter;
  /**
   * Whether this writer only checks ({@link #check(Dockerfile)}): once the header is kept, each
   * instruction's and FROM line's text is dropped after its checks, as no later check reads it.
   */
  private final boolean checkOnly;
  /** In a check: the text up to the first blank line, where BuildKit looks for directives, once written. */
  private String header;
  /** In a check: how many characters were written and dropped. */
  private long dropped;
  /** In a check: whether a dropped part held a surrogate, which the whole file's line check reads. */
  private boolean droppedMayFail;

  /** {@code capacity}: the text's expected length, so that the buffer is not copied at each doubling. */
  private DockerfileWriter(char escape, int capacity) {
    this(escape, capacity, false);
  }

  private DockerfileWriter(char escape, int capacity, boolean checkOnly) {
    this.escape = escape;
    this.out = new StringBuilder(capacity);
    this.emitter = new InstructionEmitter(this);
    this.checkOnly = checkOnly;
  }

  /** A whole file: sized for a typical parsed file's text (the 62-line benchmark file renders to 2.3 KB). */
  private static final int FILE_CAPACITY = 4096;
  /** A whole file checked: its header, then one instruction at a time (room for a long RUN without growing). */
  private static final int CHECK_CAPACITY = 1024;
  /** One instruction or stage, which the parser checks one at a time. */
  private static final int PART_CAPACITY = 256;

  /** The canonical text of a Dockerfile. */
  public static String render(Dockerfile dockerfile) {
    DockerfileWriter w = new DockerfileWriter(dockerfile.directives().escapeCharacter(), FILE_CAPACITY);
    w.writeDockerfile(dockerfile);
    return w.out.toString();
  }

  /**
   * Whether {@code dockerfile} can be written: throws exactly what {@link #render(Dockerfile)} throws,
   * with the same message, without keeping the text. {@code Dockerfile} checks with it at build() and
   * renders its text only when the text is asked for.
   *
   * @throws IllegalArgumentException if a value cannot be written back as itself
   */
  public static void check(Dockerfile dockerfile) {
    DockerfileWriter w = new DockerfileWriter(dockerfile.directives().escapeCharacter(), CHECK_CAPACITY, true);
    w.writeDockerfile(dockerfile);
  }

  /** The text of one stage, with the default escape character. */
  public static String render(Stage stage) {
    DockerfileWriter w = new DockerfileWriter('\\', FILE_CAPACITY);
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
    DockerfileWriter w = new DockerfileWriter(escape, PART_CAPACITY);
    w.writeInstruction(instruction);
    return w.out.substring(0, w.out.length() - 1);
  }

  /**
   * Whether {@code instruction} can be written with {@code escape} as escape character: throws what
   * {@link #render(Instruction, char)} throws, without making the text. Parsers use it to check an
   * instruction they read.
   *
   * @throws IllegalArgumentException if the instruction cannot be written back as itself
   */
  public static void check(Instruction instruction, char escape) {
    new DockerfileWriter(escape, PART_CAPACITY).writeInstruction(instruction);
  }

  /** A duration as the writer prints HEALTHCHECK flags: Go's notation, such as {@code 1m30s} or {@code 500ms}. */
  public static String formatDuration(Duration duration) {
    return GoDuration.format(duration);
  }

  private void writeDockerfile(Dockerfile dockerfile) {
    Directives d = dockerfile.directives();
    // if-present, not ifPresent(lambda): every build renders, and a lambda's first use costs a one-file lint
    if (d.syntax().isPresent()) {
      out.append("# syntax=").append(d.syntax().get()).append('\n');
    }
    if (d.escape().isPresent()) {
      out.append("# escape=").append(d.escape().get().charValue()).append('\n');
    }
    if (d.check().isPresent()) {
      out.append("# check=").append(d.check().get().value()).append('\n');
    }
    boolean any = d.syntax().isPresent() || d.escape().isPresent() || d.check().isPresent();
    if (any) {
      out.append('\n');
    }
    for (Suppression s : dockerfile.suppressions()) {
      writeSuppression("suppress-file", s);
    }
    List<Instruction> preamble = dockerfile.preamble();
    boolean onlyComments = trailingComments(preamble) == preamble.size();
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
    if (!checkOnly) {
      BuildKitChecks.checkDirectives(dockerfile, headerOf(out));
      // FROM lines and waivers are not instructions: check every line of the file once more
      BuildKitChecks.checkLines("Dockerfile", out, 0);
      return;
    }
    // nothing was dropped before the header was found, so without a blank line the buffer is the whole text
    BuildKitChecks.checkDirectives(dockerfile, header != null ? header : headerOf(out));
    if ((dropped + out.length()) * 3 > BuildKitChecks.MAX_LINE_BYTES || droppedMayFail
        || BuildKitChecks.linesMayFail(out, 0)) {
      // the whole file's line check could refuse, quoting the file's start: render it all, as render() does
      render(dockerfile);
    }
  }

  /** The text up to and including the end of the first blank line's preceding line, or all of it. */
  private static String headerOf(StringBuilder text) {
    int blank = text.indexOf("\n\n");
    return blank < 0 ? text.toString() : text.substring(0, blank + 1);
  }

  /**
   * In a check, drops the text written so far once the header is in it: each part ends with a line
   * break, so no line spans two parts. Only the whole file's line check reads a dropped part again,
   * and for it the length and any surrogate are kept; the text from {@code unscanned} on is known to
   * hold none.
   */
  private void release(int unscanned) {
    if (!checkOnly) {
      return;
    }
    if (header == null) {
      int blank = out.indexOf("\n\n");
      if (blank < 0) {
        return;
      }
      header = out.substring(0, blank + 1);
    }
    // the length is counted in dropped; a surrogate can be only before unscanned
    droppedMayFail = droppedMayFail || BuildKitChecks.hasSurrogate(out, 0, unscanned);
    dropped += out.length();
    out.setLength(0);
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
    int from = out.length();
    appendFromLine(out, stage);
    physicalFrom(from, "FROM");
    out.append('\n');
    release(out.length());
    List<Instruction> instructions = stage.instructions();
    for (int i = 0; i < count; i++) {
      writeInstructionSuppressions(stage, i);
      writeInstruction(instructions.get(i));
    }
  }

  /** The FROM line of a stage, such as {@code FROM --platform=$BUILDPLATFORM golang:1.22 AS build}. */
  public static String renderFromLine(Stage stage) {
    return appendFromLine(new StringBuilder(64), stage).toString();
  }

  /** {@link #renderFromLine} appended to {@code line}: the writer writes it in place. */
  private static StringBuilder appendFromLine(StringBuilder line, Stage stage) {
    line.append("FROM ");
    if (stage.platform().isPresent()) {
      line.append("--platform=").append(stage.platform().get()).append(' ');
    }
    line.append(stage.base());
    if (stage.name().isPresent()) {
      line.append(" AS ").append(stage.name().get());
    }
    return line;
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
  void physical(String line, String keyword) {
    String trimmed = line.stripTrailing();
    if (!trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape) {
      throw new IllegalArgumentException(String.format(
          "%s line '%s' ends with the escape character '%s', which would join it with the next line; "
              + "remove the trailing '%s' or quote it", keyword, Quoting.visible(line), escape, escape));
    }
    out.append(line);
  }

  /**
   * {@link #physical} for a line the writer has just appended to {@link #out} from {@code start}:
   * the same test in place, and the same refusal (the line taken back out only then).
   */
  void physicalFrom(int start, String keyword) {
    int end = out.length();
    // String.stripTrailing's whitespace, char by char: no supplementary code point is whitespace
    while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    if (end > start && out.charAt(end - 1) == escape) {
      String line = out.substring(start);
      out.setLength(start);
      physical(line, keyword);
    }
  }

  /** {@link #flag} for a flag the writer has just appended to {@link #out} from {@code start}. */
  void flagFrom(int start) {
    for (int i = start; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c >= 0x80 || c == escape) {
        flag(out.substring(start));
        return;
      }
    }
  }

  /** Whether {@link #flag} would refuse {@code prefix + value} for an ASCII {@code prefix} without the escape. */
  boolean flagRefuses(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || c == escape) {
        return true;
      }
    }
    return false;
  }

  void continuation() {
    out.append(' ').append(escape).append('\n').append(INDENT);
  }

  private void writeInstruction(Instruction instruction) {
    int start = out.length();
    bodyStart = -1;
    jsonForm = false;
    instruction.accept(emitter);
    int end = bodyStart < 0 ? out.length() : bodyStart;
    int marker = out.indexOf("<<", start);
    // BuildKit looks for heredocs only where '<<' is: copy the line out for the check only then
    if (!(instruction instanceof Comment) && marker >= 0 && marker < end - 1) {
      BuildKitChecks.checkHeredocs(instruction, out.substring(start, end), escape, jsonForm);
    }
    boolean mayFail = BuildKitChecks.linesMayFail(out, start);
    if (mayFail) {
      BuildKitChecks.checkLines(instruction.keyword() + " instruction", out, start);
    }
    out.append('\n');
    // the instruction's own text was just scanned: when it cannot fail, only what came before it needs a scan
    release(mayFail ? out.length() : start);
  }

  String word(String value) {
    return Quoting.word(value, escape);
  }

  void writePairs(String keyword, List<KeyValue> entries) {
    out.append(keyword).append(' ');
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        continuation();
      }
      KeyValue kv = entries.get(i);
      String written = word(kv.value());
      // the subject of a refusal is built only when BuildKit could read the value otherwise
      if (!BuildKitChecks.readsAsWritten(kv.value(), written, escape)) {
        BuildKitChecks.expanded(kv.value(), written, keyword + " value of '" + kv.key() + "'", escape);
      }
      int start = out.length();
      out.append(kv.key()).append('=').append(written);
      physicalFrom(start, keyword);
    }
  }

  /**
   * The rest of a COPY or ADD line, after its keyword and flags, which the caller wrote from
   * {@code lineStart} on; the line is written in place.
   */
  void writeFilesInstruction(String keyword, int lineStart, List<String> sources, List<Heredoc> docs,
      String destination) {
    StringBuilder line = out;
    for (String s : sources) {
      if (!BuildKitChecks.readsAsWritten(s, s, escape)) {
        BuildKitChecks.expandedPath(s, keyword + " source", escape);
      }
    }
    if (!BuildKitChecks.readsAsWritten(destination, destination, escape)) {
      BuildKitChecks.expandedPath(destination, keyword + " destination", escape);
    }
    boolean plain = Quoting.isPlainPath(destination, escape) && allPlainPaths(sources);
    if (!docs.isEmpty() && !plain) {
      throw new IllegalArgumentException(String.format(
          "%s of an inline document to '%s' has a path that needs quoting, which the heredoc form cannot hold; "
              + "copy that path in its own %s", keyword, Quoting.visible(destination), keyword));
    }
    // a first word starting with "--" would be read as a flag: the JSON form keeps it a path
    String first = sources.isEmpty() ? destination : sources.get(0);
    boolean json = !plain || docs.isEmpty() && first.startsWith("--");
    if (json) {
      jsonForm = true;
      List<String> words = new ArrayList<>(sources.size() + 1);
      words.addAll(sources);
      words.add(destination);
      Quoting.appendJsonArray(line.append(' '), words);
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
    physicalFrom(lineStart, keyword);
    for (Heredoc doc : docs) {
      writeHeredocBody(doc);
    }
  }

  private boolean allPlainPaths(List<String> paths) {
    for (String p : paths) {
      if (!Quoting.isPlainPath(p, escape)) {
        return false;
      }
    }
    return true;
  }

  void writeHeredocBody(Heredoc doc) {
    if (bodyStart < 0) {
      bodyStart = out.length();
    }
    for (String l : doc.lines()) {
      out.append('\n').append(l);
    }
    out.append('\n').append(doc.delimiter());
  }

  static void checkNoHeredocMarker(String text, String subject) {
    if (text.contains("<<") && Regex.HEREDOC_WORD.matcher(text).find()) { // the regex only when it can match
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
  String flag(String text) {
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

  /** Compiled on first use, not when the class loads: a one-file lint that never needs them compiles none. */
  private static final class Regex {
    static final java.util.regex.Pattern HEREDOC_WORD = Pattern.compile("(^|[\\s\\p{Z}\u0085])\\d*<<(?!<)");
  }
}
