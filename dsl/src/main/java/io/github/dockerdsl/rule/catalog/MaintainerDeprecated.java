package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF019: MAINTAINER is deprecated and invisible to tools that read OCI labels. The typed API has no
 * MAINTAINER; parsed files and raw instructions can hold it.
 */
public final class MaintainerDeprecated extends BaseRule {
  /** Creates the rule; use {@code Rules.MAINTAINER_DEPRECATED}. */
  public MaintainerDeprecated() {
    super("DF019", "MaintainerDeprecated", Severity.ERROR,
        "Authors go in the org.opencontainers.image.authors label, not MAINTAINER",
        seeAlso(List.of("DL4000"), List.of("MaintainerDeprecated"), List.of("DS-0022"), List.of("CKV_DOCKER_6")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (instruction instanceof Raw && instruction.keyword().equals("MAINTAINER")) {
        sink.report(s, i, MESSAGE, fix(context, ((Raw) instruction).arguments().strip()));
      }
    }
  }

  private static final String MESSAGE = "MAINTAINER is deprecated; tools read the author from the OCI label "
      + "org.opencontainers.image.authors";

  /** The fix: the same text as a label. */
  static String fix(RuleContext context, String author) {
    String quoted = author.replace("\"", "\\\"");
    return "replace it with " + Fixes.pick(context,
        ".label(\"org.opencontainers.image.authors\", \"" + quoted + "\")",
        "LABEL org.opencontainers.image.authors=\"" + quoted + "\"");
  }
}
