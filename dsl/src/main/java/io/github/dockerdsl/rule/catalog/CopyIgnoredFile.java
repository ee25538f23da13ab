package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF011: a COPY or ADD source that the build context's {@code .dockerignore} excludes never reaches the
 * builder, so the build fails with "not found" (or a glob silently copies less). Checked when the
 * linter found a {@code .dockerignore} beside the Dockerfile.
 */
public final class CopyIgnoredFile extends BaseRule {
  /** Creates the rule; use {@code Rules.COPY_IGNORED_FILE}. */
  public CopyIgnoredFile() {
    super("DF011", "CopyIgnoredFile", Severity.WARNING,
        "COPY and ADD copy no path that the .dockerignore beside the Dockerfile excludes",
        seeAlso(List.of(), List.of("CopyIgnoredFile"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.dockerignore().isEmpty()) {
      return;
    }
    DockerIgnore ignore = context.dockerignore().get();
    InstructionWalk walk = InstructionWalk.of(context);
    next:
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      List<String> sources = instruction instanceof Copy copy && copy.from().isEmpty() ? copy.sources()
          : instruction instanceof Add add ? add.sources() : List.of();
      for (String source : sources) {
        String path = contextPath(source);
        if (path != null && ignore.isIgnored(path)) {
          sink.report(s, i, message(instruction.keyword(), source), fix(path));
          continue next;
        }
      }
    }
  }

  /** The source as a path in the context, or null for what cannot be judged: URLs, globs, variables, the root. */
  static String contextPath(String source) {
    String p = FilePaths.unquoted(source);
    if (FilePaths.isRemote(p) || p.contains("$") || p.contains("*") || p.contains("?") || p.contains("[")) {
      return null;
    }
    p = FilePaths.normalized(p);
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.isEmpty() || p.equals(".") ? null : p;
  }

  static String message(String keyword, String source) {
    return keyword + " of '" + source + "', which the .dockerignore excludes, so it never reaches the builder and "
        + "the build fails with 'not found'";
  }

  static String fix(String path) {
    return "remove the line that excludes it from .dockerignore, add '!" + path + "' after it, or stop copying it";
  }
}
