package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF017: copying a stage's whole filesystem brings its compilers, caches and package databases along,
 * which undoes what a multi-stage build is for.
 */
public final class CopyWholeStage extends BaseRule {
  /** Creates the rule; use {@code Rules.COPY_WHOLE_STAGE}. */
  public CopyWholeStage() {
    super("DF017", "CopyWholeStage", Severity.WARNING,
        "COPY --from copies named paths, not another stage's whole filesystem",
        seeAlso(List.of("DL3067"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    next:
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (!(instruction instanceof Copy) || ((Copy) instruction).from().isEmpty()) {
        continue next;
      }
      // every source counts: a stage, an image (busybox:1.36), and a bare name such as busybox, which
      // is an image pull unless the build passes a build context of that name
      SourceRef from = ((Copy) instruction).from().get();
      List<String> sources = ((Copy) instruction).sources();
      for (int j = 0; j < sources.size(); j++) {
        String source = sources.get(j);
        if (isRoot(source)) {
          sink.report(s, i, message(source, from), fix(context));
          continue next;
        }
      }
    }
  }

  private static boolean isRoot(String source) {
    String p = source.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.isEmpty() || p.equals(".") || p.equals("*") || p.equals("./") || p.equals("/*");
  }

  /** The message: the source and the stage or image. */
  static String message(String source, SourceRef from) {
    String kind = from instanceof StageRef ? "stage" : from instanceof ImageRef ? "image" : "image or build context";
    return "COPY of '" + source + "' from " + kind + " '"
        + from.reference() + "' copies its whole filesystem, build tools and caches included";
  }

  private static String fix(RuleContext context) {
    return Fixes.pick(context, "copy only what the image needs, e.g. copyFrom(build, \"/out/app\", \"/app\")",
        "copy only what the image needs, e.g. COPY --from=build /out/app /app");
  }
}
