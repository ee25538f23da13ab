package io.github.dockerdsl.parse;

import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Network;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Security;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The instruction layer for RUN, COPY and ADD: commands, heredocs (whose bodies the syntax layer
 * read), mounts, sources and destinations.
 */
final class FileInstructions {
  private final Predicate<String> earlierStage;
  private final Instructions instructions;
  private final Mounts mounts = new Mounts(this);

  FileInstructions(Predicate<String> earlierStage, Instructions instructions) {
    this.earlierStage = earlierStage;
    this.instructions = instructions;
  }

  // ---------------------------------------------------------------- RUN

  // the flag sets are built once, not per instruction (Set.of hashes every element)
  private static final Set<String> RUN_FLAGS = Set.of("mount", "network", "security", "device");
  private static final Set<String> RUN_REPEATABLE = Set.of("mount", "device");
  private static final Set<String> COPY_FLAGS = Set.of("from", "chown", "chmod", "link", "parents", "exclude");
  private static final Set<String> COPY_REPEATABLE = Set.of("exclude");
  private static final Set<String> ADD_FLAGS =
      Set.of("checksum", "keep-git-dir", "unpack", "chown", "chmod", "link", "exclude");

  Instruction run(InstructionCtx c) {
    InstructionCtx.CheckedFlags flags = c.checkedFlags(RUN_FLAGS, RUN_REPEATABLE);
    int at = c.afterFlags();
    if (at >= c.text.length()) {
      throw c.fail(c.keywordAt, "RUN has no command; write RUN <command>");
    }
    List<Mount> mountList = new ArrayList<>();
    for (Lexing.Flag f : flags.all("mount")) {
      mountList.add(mounts.mount(c, f));
    }
    // no Optional.map(lambda) on a lint's path: each lambda's first use costs a one-file run its bootstrap
    Optional<String> networkFlag = c.stringFlag(flags, "network");
    Optional<Network> network = networkFlag.isPresent() ? Optional.of(network(c, flags, networkFlag.get()))
        : Optional.empty();
    Optional<String> securityFlag = c.stringFlag(flags, "security");
    Optional<Security> security = securityFlag.isPresent() ? Optional.of(security(c, flags, securityFlag.get()))
        : Optional.empty();
    Command command = command(c, at);
    if (flags.has("device")) {
      return instructions.raw(c, "RUN --device is a labs flag that dockerdsl does not model", null);
    }
    return new Run(command, mountList, network, security);
  }

  private Command command(InstructionCtx c, int at) {
    if (c.text.charAt(at) == '[') {
      List<String> argv = c.stringArray(at);
      if (argv != null) {
        for (String arg : argv) {
          if (Regex.MARKER_WORD.matcher(arg).find()) {
            // the writer refuses '<<' in RUN arguments: the Raw reason says so, not that it is a heredoc
            throw new IllegalArgumentException(String.format("RUN exec-form argument '%s' holds '<<', which BuildKit reads "
                + "as a plain argument (there are no heredocs in exec form), but which dockerdsl does not model in RUN "
                + "arguments", arg));
          }
        }
        return Command.exec(argv);
      }
      c.draft.addFlag(SourceFlag.INVALID_JSON_ARRAY);
    }
    List<String> shellLines = c.ll.lines(at);
    if (c.node.heredocs.isEmpty()) {
      // the lines are joined with a space, so the joined line holds "<<" only where one line does:
      // join them for the heredoc test only then
      if (!anyContainsMarker(shellLines)) {
        return Command.shellLines(shellLines);
      }
      String line = String.join(" ", shellLines);
      Optional<String> lexError = BuildKitLexer.heredocLexError(line);
      if (lexError.isPresent() && Regex.MARKER_WORD.matcher(line).find()) {
        throw c.fail(at, String.format("RUN '%s' has a '<<' that BuildKit does not read as a heredoc, because the "
            + "line does not lex (%s), so the lines after it are instructions of their own; dockerdsl keeps '<<' "
            + "only as a heredoc marker: close the quote, or write '<<<' for a here-string", line, lexError.get()));
      }
      return Command.shellLines(shellLines);
    }
    String line = String.join(" ", shellLines);
    List<Lexing.Marker> markers = Lexing.heredocMarkers(line, 0);
    if (!sameNames(markers, c.node.heredocs)) {
      throw c.fail(at, String.format("RUN '%s' has heredoc markers dockerdsl cannot place in the command; write "
          + "each marker as a word of its own, such as <<EOF", line));
    }
    StringBuilder commandLine = new StringBuilder();
    int last = 0;
    List<Heredoc> docs = new ArrayList<>();
    for (Lexing.Marker m : markers) {
      Heredoc doc = heredoc(c, m);
      // the marker as the writer writes it ("<< EOF" and "<<'EOF'" mean "<<EOF" and "<<\"EOF\"")
      commandLine.append(line, last, m.start()).append(m.prefixDigits()).append(doc.marker());
      last = m.end();
      docs.add(doc);
    }
    commandLine.append(line.substring(last));
    return new Command.HeredocForm(commandLine.toString(), docs);
  }

  /** Whether one of the lines holds {@code <<}. */
  private static boolean anyContainsMarker(List<String> lines) {
    for (String l : lines) {
      if (l.contains("<<")) {
        return true;
      }
    }
    return false;
  }

  /** The heredoc of a marker, with the body the syntax layer read after the instruction. */
  Heredoc heredoc(InstructionCtx c, Lexing.Marker m) {
    List<String> body = c.node.take(m.name()).lines();
    c.draft.endLine = Math.max(c.draft.endLine, c.node.endLine);
    try {
      return new Heredoc(m.name(), body, m.chomp(), !m.quoted());
    } catch (IllegalArgumentException e) {
      throw c.fail(c.keywordAt, e.getMessage(), e);
    }
  }

  /**
   * {@code --from=X}: an earlier stage (case-insensitively), else an image when X has a tag, digest,
   * registry, path or variable, else a named build context.
   */
  SourceRef sourceRef(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (earlierStage.test(lower)) {
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

  Instruction copy(InstructionCtx c) {
    InstructionCtx.CheckedFlags flags = c.checkedFlags(COPY_FLAGS, COPY_REPEATABLE);
    Files files = files(c);
    Optional<String> from = c.stringFlag(flags, "from");
    return new Copy(files.sources, files.heredocs, files.destination,
        from.isPresent() ? Optional.of(sourceRef(from.get())) : Optional.empty(), chown(c, flags),
        chmod(c, flags), c.boolFlag(flags, "link").orElse(false),
        c.boolFlag(flags, "parents").orElse(false), excludes(c, flags));
  }

  Instruction add(InstructionCtx c) {
    InstructionCtx.CheckedFlags flags = c.checkedFlags(ADD_FLAGS, COPY_REPEATABLE);
    Files files = files(c);
    return new Add(files.sources, files.heredocs, files.destination, c.stringFlag(flags, "checksum"),
        c.boolFlag(flags, "keep-git-dir").orElse(false), c.boolFlag(flags, "unpack"),
        chown(c, flags), chmod(c, flags), c.boolFlag(flags, "link").orElse(false), excludes(c, flags));
  }

  private static Optional<UserSpec> chown(InstructionCtx c, InstructionCtx.CheckedFlags flags) {
    Optional<String> v = c.stringFlag(flags, "chown");
    return v.isPresent() ? Optional.of(UserSpec.parse(v.get())) : Optional.empty();
  }

  private static Optional<FileMode> chmod(InstructionCtx c, InstructionCtx.CheckedFlags flags) {
    Optional<String> v = c.stringFlag(flags, "chmod");
    return v.isPresent() ? Optional.of(FileMode.of(v.get())) : Optional.empty();
  }

  private static Network network(InstructionCtx c, InstructionCtx.CheckedFlags flags, String v) {
    return switch (v) {
      case "default" -> Network.DEFAULT;
      case "none" -> Network.NONE;
      case "host" -> Network.HOST;
      default -> throw c.fail(flags.first("network").offset(), String.format(
          "network mode '%s' is not supported; use default, none or host", v));
    };
  }

  private static Security security(InstructionCtx c, InstructionCtx.CheckedFlags flags, String v) {
    return switch (v) {
      case "sandbox" -> Security.SANDBOX;
      case "insecure" -> Security.INSECURE;
      default -> throw c.fail(flags.first("security").offset(), String.format(
          "security mode '%s' is not supported; use sandbox or insecure", v));
    };
  }

  private List<String> excludes(InstructionCtx c, InstructionCtx.CheckedFlags flags) {
    List<Lexing.Flag> given = flags.all("exclude");
    if (given.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(given.size());
    for (Lexing.Flag f : given) {
      if (!f.hasValue()) {
        throw c.fail(f.offset(), "flag '--exclude' has no value; write --exclude=<pattern>");
      }
      out.add(f.value());
    }
    return out;
  }

  /** Sources, inline documents and destination of COPY or ADD. */
  private static final class Files {
    /** Immutable, so that the model's constructor keeps it rather than copying it again. */
    List<String> sources;
    /** Made on the first document (most COPY and ADD have none). */
    List<Heredoc> heredocs = List.of();
    String destination;
  }

  private Files files(InstructionCtx c) {
    int at = c.afterFlags();
    Files out = new Files();
    List<String> all = null;
    if (at < c.text.length() && c.text.charAt(at) == '[') {
      all = c.stringArray(at);
      if (all == null) {
        c.draft.addFlag(SourceFlag.INVALID_JSON_ARRAY);
      }
    }
    if (all == null) {
      List<Lexing.Word> words = Lexing.fields(c.text, at);
      all = new ArrayList<>(words.size());
      for (int i = 0; i < words.size(); i++) {
        Lexing.Word w = words.get(i);
        List<Lexing.Marker> markers = c.node.heredocs.isEmpty() ? List.of() : Lexing.heredocMarkers(w.text(), 0);
        Lexing.Marker m = markers.isEmpty() ? null : markers.get(0); // no stream on a lint's path
        if (m != null && m.start() == 0 && m.end() == w.text().length()) {
          if (i == words.size() - 1) {
            // BuildKit's instruction layer refuses it; reading it as a source would swap the operands
            throw c.fail(w.offset(), String.format("%s cannot accept a heredoc as a destination; write %s %s "
                + "<destination>", c.upper, c.upper, w.text()));
          }
          if (out.heredocs.isEmpty()) {
            out.heredocs = new ArrayList<>(2);
          }
          out.heredocs.add(heredoc(c, m));
        } else {
          all.add(plainPath(w.text(), c.escape));
        }
      }
    }
    if (all.size() + out.heredocs.size() < 2 || all.isEmpty()) {
      throw c.fail(c.keywordAt, String.format(
          "%s needs a source and a destination; write %s <source>... <destination>", c.upper, c.upper));
    }
    out.destination = all.get(all.size() - 1);
    out.sources = List.copyOf(all.subList(0, all.size() - 1));
    return out;
  }

  /**
   * {@code "${X}"} as {@code ${X}}: BuildKit removes such quotes when it expands COPY and ADD words, so
   * a double-quoted word without whitespace, quotes or escapes means the same bare.
   */
  private static String plainPath(String word, char escape) {
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

  /** Whether the markers name the bodies, in order. */
  private static boolean sameNames(List<Lexing.Marker> markers, List<SyntaxNode.Body> bodies) {
    if (markers.size() != bodies.size()) {
      return false;
    }
    for (int i = 0; i < markers.size(); i++) {
      if (!markers.get(i).name().equals(bodies.get(i).name())) {
        return false;
      }
    }
    return true;
  }

  /** Compiled on first use, not when the class loads: a one-file lint that never needs them compiles none. */
  private static final class Regex {
    static final java.util.regex.Pattern MARKER_WORD = Pattern.compile("(^|[\\s\\p{Z}\u0085])\\d*<<(?!<)");
  }
}
