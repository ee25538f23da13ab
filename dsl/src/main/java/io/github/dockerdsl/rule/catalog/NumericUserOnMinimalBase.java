package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * DF018: scratch has no /etc/passwd, and distroless images know only root, nonroot and nobody, so
 * any other user name makes the container fail to start.
 */
public final class NumericUserOnMinimalBase extends BaseRule {
  /** The users in distroless images' /etc/passwd. */
  private static final Set<String> DISTROLESS_USERS = Set.of("root", "nonroot", "nobody");

  /** Creates the rule; use {@code Rules.NUMERIC_USER_ON_MINIMAL_BASE}. */
  public NumericUserOnMinimalBase() {
    super("DF018", "NumericUserOnMinimalBase", Severity.WARNING,
        "USER on scratch or distroless images is a numeric id",
        seeAlso(List.of("DL3066"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      BaseImage root = StageChains.root(context, stage);
      boolean scratch = root instanceof Scratch;
      boolean distroless = root instanceof ImageRef && ((ImageRef) root).repository().contains("distroless");
      if (!scratch && !distroless) {
        continue;
      }
      List<Stage> earlier = new ArrayList<>(StageChains.ancestors(context, stage));
      Collections.reverse(earlier);
      boolean passwd = false;
      for (Stage e : earlier) {
        if (copiesPasswd(e.instructions())) {
          passwd = true;
          break;
        }
      }
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size() && !passwd; i++) {
        Instruction instruction = instructions.get(i);
        if (copiesPasswd(List.of(instruction))) {
          passwd = true;
        } else if (instruction instanceof User) {
          UserSpec user = ((User) instruction).user();
          String name = unresolvable(user, distroless);
          if (name != null) {
            sink.report(s, i, message(name, stage, root), fix(context, user));
          }
        }
      }
    }
  }

  /** The first part of the user spec that needs /etc/passwd or /etc/group, or null. */
  private static String unresolvable(UserSpec user, boolean distroless) {
    if (isNameNeedingLookup(user.user(), distroless)) {
      return user.user();
    }
    if (user.group().isPresent() && isNameNeedingLookup(user.group().get(), distroless)) {
      return user.group().get();
    }
    return null;
  }

  private static boolean isNameNeedingLookup(String value, boolean distroless) {
    return !Ascii.isDigits(value) && !value.startsWith("$")
        && !(distroless && DISTROLESS_USERS.contains(value));
  }

  private static boolean copiesPasswd(List<Instruction> instructions) {
    for (Instruction i : instructions) {
      String destination = i instanceof Copy ? ((Copy) i).destination()
          : i instanceof Add ? ((Add) i).destination() : null;
      if (destination != null && (destination.equals("/etc/passwd") || destination.equals("/etc/")
          || destination.equals("/etc") || destination.equals("/"))) {
        return true;
      }
    }
    return false;
  }

  /** The message: the name, the stage and its base. */
  static String message(String name, Stage stage, BaseImage root) {
    String base = root instanceof Scratch ? "scratch, which has no /etc/passwd"
        : "'" + root + "', whose /etc/passwd knows only root, nonroot and nobody";
    return "USER names '" + name + "', but " + stage.describe() + " is built on " + base
        + ", so the container fails to start";
  }

  /** The fix: numeric ids. */
  static String fix(RuleContext context, UserSpec user) {
    return "use numeric ids, e.g. " + Fixes.pick(context, ".user(\"10001:10001\") (UserSpec.ids(10001, 10001))",
        "USER 10001:10001") + ", "
        + "or copy an /etc/passwd that defines '" + user.user() + "' first";
  }

}
