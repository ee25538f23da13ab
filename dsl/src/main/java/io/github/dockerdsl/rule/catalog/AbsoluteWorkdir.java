package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/** DF007: a relative WORKDIR resolves against whatever WORKDIR the base image set, which can change under you. */
public final class AbsoluteWorkdir extends BaseRule {
  /** Creates the rule; use {@code Rules.ABSOLUTE_WORKDIR}. */
  public AbsoluteWorkdir() {
    super("DF007", "AbsoluteWorkdir", Severity.ERROR, "WORKDIR paths are absolute",
        seeAlso(List.of("DL3000"), List.of("WorkdirRelativePath"), List.of("DS-0009"), List.of("CKV_DOCKER_10")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (instruction instanceof Workdir && !FilePaths.isAbsolute(((Workdir) instruction).path())) {
        String path = ((Workdir) instruction).path();
        sink.report(s, i, message(path), fix(context, path));
      }
    }
  }

  /** The message, naming the path. */
  static String message(String path) {
    return "WORKDIR '" + path + "' is relative, so where it lands depends on the WORKDIR of the base image";
  }

  /** The fix: the absolute path meant. */
  static String fix(RuleContext context, String path) {
    String absolute = "/" + FilePaths.normalized(FilePaths.unquoted(path));
    return "give an absolute path, e.g. " + Fixes.pick(context, ".workdir(\"" + absolute + "\")", "WORKDIR " + absolute);
  }
}
