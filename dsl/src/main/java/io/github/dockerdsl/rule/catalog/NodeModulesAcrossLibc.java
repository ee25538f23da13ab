package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DF024: {@code node_modules} installed on a glibc image (Debian, Ubuntu) and copied into an Alpine
 * (musl) stage, or the other way round. Pure JavaScript packages work either way, so this is a warning;
 * native addons (bcrypt, sharp, sqlite3...) were compiled against the other C library and fail to load.
 */
public final class NodeModulesAcrossLibc extends BaseRule {
  /** Creates the rule; use {@code Rules.NODE_MODULES_ACROSS_LIBC}. */
  public NodeModulesAcrossLibc() {
    super("DF024", "NodeModulesAcrossLibc", Severity.WARNING,
        "node_modules are copied only between stages on the same C library (glibc or musl)",
        SeeAlso.NONE);
  }

  private static boolean copiesNodeModules(List<String> sources) {
    for (int i = 0; i < sources.size(); i++) {
      String src = sources.get(i);
      if (src.toLowerCase(Locale.ROOT).contains("node_modules")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      // the stage's own C library only once it copies node_modules from a stage: most stages never do
      BaseImage into = null;
      Optional<ImageFamilies.Libc> target = null;
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size(); i++) {
        if (!(instructions.get(i) instanceof Copy copy) || !(copy.from().orElse(null) instanceof StageRef ref)
            || !copiesNodeModules(copy.sources())) {
          continue;
        }
        if (target == null) {
          into = StageChains.root(context, stage);
          target = ImageFamilies.libc(into);
        }
        if (target.isEmpty()) {
          break;
        }
        Optional<Stage> source = context.dockerfile().stage(ref.name());
        if (source.isEmpty()) {
          continue;
        }
        BaseImage from = StageChains.root(context, source.get());
        Optional<ImageFamilies.Libc> built = ImageFamilies.libc(from);
        if (built.isPresent() && built.get() != target.get()) {
          sink.report(s, i, message(ref.name(), from, built.get(), into, target.get()), fix(context, target.get()));
        }
      }
    }
  }

  private static String libc(ImageFamilies.Libc libc) {
    return libc == ImageFamilies.Libc.GLIBC ? "glibc" : "musl";
  }

  static String message(String stage, BaseImage from, ImageFamilies.Libc built, BaseImage into,
      ImageFamilies.Libc target) {
    return "COPY --from=" + stage + " copies node_modules installed on " + ImageFamilies.describe(from) + " ("
        + libc(built) + ") into a stage on " + ImageFamilies.describe(into) + " (" + libc(target)
        + "); native addons built against " + libc(built) + " fail to load on " + libc(target);
  }

  /** The fix: install on the runtime's C library, in the terms of the input. */
  static String fix(RuleContext context, ImageFamilies.Libc target) {
    String image = target == ImageFamilies.Libc.MUSL ? "node:<version>-alpine" : "node:<version>-bookworm-slim";
    return "install the dependencies on an image with the runtime's C library (" + libc(target) + "), e.g. "
        + Fixes.pick(context, "Stage.from(\"" + image + "\")", "FROM " + image) + " for the deps stage";
  }
}
