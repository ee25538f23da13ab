package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DF023: a HEALTHCHECK whose program cannot exist in the image: {@code curl} on scratch or distroless,
 * where nothing copied it in, or a shell-form check, which needs a {@code /bin/sh} those images lack.
 * Every check then fails and the container is reported unhealthy forever.
 */
public final class HealthcheckProgramMissing extends BaseRule {
  /** Where Docker's default PATH looks for a program given by name. */
  private static final Set<String> PATH_DIRS = Set.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin",
      "/sbin", "/bin");

  /** Creates the rule; use {@code Rules.HEALTHCHECK_PROGRAM_MISSING}. */
  public HealthcheckProgramMissing() {
    super("DF023", "HealthcheckProgramMissing", Severity.ERROR,
        "A HEALTHCHECK on scratch or distroless runs a program the image has or a COPY puts there",
        SeeAlso.NONE);
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      BaseImage root = StageChains.root(context, stage);
      if (!(root instanceof Scratch) && !(ImageFamilies.isDistroless(root) && !ImageFamilies.isDistrolessDebug(root))) {
        continue;
      }
      List<Instruction> copies = new ArrayList<>();
      for (Stage a : StageChains.ancestors(context, stage)) {
        copies.addAll(a.instructions());
      }
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size(); i++) {
        Instruction instruction = instructions.get(i);
        if (instruction instanceof Healthcheck check && !check.isNone()) {
          String program = check.argv().get(0);
          if (!present(program, root, copies)) {
            sink.report(s, i, missing(program, root), fix(context, program));
          }
        } else if (instruction instanceof Raw raw && raw.keyword().equals("HEALTHCHECK")
            && !raw.arguments().strip().equalsIgnoreCase("NONE") && !present("/bin/sh", root, copies)) {
          sink.report(s, i, shellForm(root), shellFix(context));
        }
        copies.add(instruction);
      }
    }
  }

  /** True when the image ships the program or an earlier COPY or ADD may have put it there. */
  private static boolean present(String program, BaseImage root, List<Instruction> earlier) {
    String file = program.substring(program.lastIndexOf('/') + 1);
    if (root instanceof ImageRef image && ImageFamilies.distrolessPrograms(image).contains(file)) {
      return true;
    }
    if (program.contains("$")) {
      return true;
    }
    for (Instruction i : earlier) {
      List<String> sources = i instanceof Copy copy ? copy.sources() : i instanceof Add add ? add.sources() : null;
      String destination = i instanceof Copy copy ? copy.destination() : i instanceof Add add ? add.destination() : null;
      if (destination == null) {
        continue;
      }
      if (copiesTo(program, destination)) {
        return true;
      }
      if (program.indexOf('/') < 0) {
        for (String dir : PATH_DIRS) {
          if (copiesTo(dir + "/" + file, destination)) {
            return true;
          }
        }
      }
      // a copy into the program's directory may well hold it when a source has its name or is a directory
      for (String src : sources) {
        if (src.endsWith("/" + file) || src.equals(file)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a copy to {@code destination} can create {@code path}: the path itself or a directory above it. */
  private static boolean copiesTo(String path, String destination) {
    String dest = destination.endsWith("/") && destination.length() > 1
        ? destination.substring(0, destination.length() - 1) : destination;
    return path.equals(dest) || path.startsWith(dest.endsWith("/") ? dest : dest + "/") || dest.equals("/");
  }

  static String missing(String program, BaseImage root) {
    return "HEALTHCHECK runs '" + program + "', but " + ImageFamilies.describe(root) + " has no such program and no "
        + "COPY puts it there, so every check fails and the container stays unhealthy";
  }

  static String shellForm(BaseImage root) {
    return "HEALTHCHECK CMD is in shell form, which runs /bin/sh -c, but " + ImageFamilies.describe(root)
        + " has no shell, so every check fails and the container stays unhealthy";
  }

  /** The fix for shell form: exec form with a program the image has. */
  static String shellFix(RuleContext context) {
    return Fixes.pick(context,
        "write it in exec form with a program the image has, e.g. the service itself: "
            + ".healthcheck(Healthcheck.of(\"/app\", \"-health\"))",
        "write it in exec form with a program the image has, e.g. the service itself: "
            + "HEALTHCHECK CMD [\"/app\", \"-health\"]");
  }

  /** The fix: a probe the image has, for instance the service binary itself. */
  static String fix(RuleContext context, String program) {
    return Fixes.pick(context,
        "probe with a program the image has, e.g. the service itself: .healthcheck(Healthcheck.of(\"/app\", "
            + "\"-health\")), or copy a static '" + program + "' in with copyFrom(...) first",
        "probe with a program the image has, e.g. the service itself: HEALTHCHECK CMD [\"/app\", \"-health\"], "
            + "or COPY a static '" + program + "' in first");
  }
}
