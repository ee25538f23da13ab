package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * DF006: ADD of a plain local file behaves like COPY until the file happens to be an archive, when it
 * silently unpacks; COPY says what it does.
 */
public final class CopyNotAdd extends BaseRule {
  /** Creates the rule; use {@code Rules.COPY_NOT_ADD}. */
  public CopyNotAdd() {
    super("DF006", "CopyNotAdd", Severity.ERROR,
        "ADD is kept for URLs, git repositories and local archives; COPY copies local files",
        seeAlso(List.of("DL3020"), List.of(), List.of("DS-0005"), List.of("CKV_DOCKER_4")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    next:
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (!(instruction instanceof Add)) {
        continue next;
      }
      Add add = (Add) instruction;
      for (String source : add.sources()) {
        if (FilePaths.isRemote(source) || FilePaths.isArchive(source) || source.contains("$")) {
          continue next;
        }
      }
      if (!add.heredocs().isEmpty()) {
        sink.report(s, i, heredocMessage(add), heredocFix(context, add));
        continue next;
      }
      sink.report(s, i, message(add.sources()), fix(context, add));
    }
  }

  /** The message for an ADD that writes inline documents, which COPY writes the same way. */
  static String heredocMessage(Add add) {
    return "ADD of inline " + (add.heredocs().size() == 1 ? "document" : "documents") + " '"
        + add.heredocs().stream().map(Heredoc::delimiter).collect(Collectors.joining("', '"))
        + "'; COPY takes inline documents the same way without ADD's unpacking and download rules";
  }

  /** The fix for inline documents: the same words with COPY. */
  static String heredocFix(RuleContext context, Add add) {
    String call = Fixes.isText(context) ? "COPY " + Stream.concat(add.heredocs().stream().map(Heredoc::marker),
        add.sources().stream()).collect(Collectors.joining(" ")) + " " + add.destination()
        : ".copy(Copy.heredoc(...)) or new Copy(...) with the same documents";
    return "use " + call + "; keep ADD for URLs, git repositories and local archives to unpack";
  }

  /** The message, naming the local sources. */
  static String message(List<String> sources) {
    return "ADD of local " + (sources.size() == 1 ? "file" : "files") + " '" + String.join("', '", sources)
        + "' that " + (sources.size() == 1 ? "is not an archive" : "are not archives")
        + "; COPY does the same without ADD's unpacking and download rules";
  }

  /** The fix: the same sources and destination with COPY. */
  static String fix(RuleContext context, Add add) {
    String call = Fixes.isText(context) ? "COPY " + String.join(" ", add.sources()) + " " + add.destination()
        : add.sources().size() == 1
        ? ".copy(\"" + add.sources().get(0) + "\", \"" + add.destination() + "\")"
        : ".copy(Copy.of(List.of(\"" + String.join("\", \"", add.sources()) + "\"), \"" + add.destination() + "\"))";
    return "use " + call + "; keep ADD for URLs, git repositories and local archives to unpack";
  }
}
