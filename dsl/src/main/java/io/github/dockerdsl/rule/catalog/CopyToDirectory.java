package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DF012: with several sources, COPY and ADD need a directory destination ending in '/'; BuildKit fails
 * the build otherwise. The typed model refuses it, so a parsed file keeps such a line as Raw and this
 * rule says what is wrong with it.
 */
public final class CopyToDirectory extends BaseRule {
  /** Creates the rule; use {@code Rules.COPY_TO_DIRECTORY}. */
  public CopyToDirectory() {
    super("DF012", "CopyToDirectory", Severity.ERROR,
        "COPY and ADD with several sources copy into a destination that ends with '/'",
        seeAlso(List.of("DL3021"), List.of(), List.of("DS-0011"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (instruction instanceof Raw raw && (raw.keyword().equals("COPY") || raw.keyword().equals("ADD"))) {
        List<String> words = operands(raw.arguments());
        if (words.size() > 2 && !words.get(words.size() - 1).endsWith("/")) {
          String destination = words.get(words.size() - 1);
          sink.report(s, i, message(raw.keyword(), words.size() - 1, destination), fix(destination));
        }
      }
    }
  }

  /** The sources and the destination: flags left out, the JSON form read as a list of strings. */
  static List<String> operands(String arguments) {
    String text = arguments.strip();
    List<String> out = new ArrayList<>();
    if (text.startsWith("[") && text.endsWith("]")) {
      for (String part : text.substring(1, text.length() - 1).split(",")) {
        String p = part.strip();
        if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
          out.add(p.substring(1, p.length() - 1));
        }
      }
      return out;
    }
    for (String word : Patterns.WHITESPACE.split(text)) {
      if (!word.isEmpty() && !(out.isEmpty() && word.startsWith("--"))) {
        out.add(FilePaths.unquoted(word));
      }
    }
    return out;
  }

  static String message(String keyword, int sources, String destination) {
    return keyword + " of " + sources + " sources to '" + destination + "' fails the build: with several sources "
        + "the destination must be a directory ending in '/'";
  }

  static String fix(String destination) {
    return "end the destination with '/': '" + destination + "/'";
  }

  /**
   * Compiled on first use, not when the rule is built: only findings and rare forms need them, and a
   * short process builds every rule at start, in the interpreter (docs/performance.md, fifth round).
   */
  private static final class Patterns {
    /** Compiled once: {@code String.split("\\s+")} compiles its regex on every call. */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
  }
}
