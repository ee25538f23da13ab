package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/**
 * DF038: upgrading every package inside the image makes its content depend on the day it was built;
 * a newer base image gives the same fixes reproducibly.
 */
public final class NoDistUpgrade extends BaseRule {
  private static final Set<String> APT = Set.of("upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade");
  private static final Set<String> DNF = Set.of("upgrade", "update", "up", "distro-sync", "upgrade-minimal");
  private static final Set<String> ZYPPER = Set.of("update", "up", "dist-upgrade", "dup", "patch");

  /** Creates the rule; use {@code Rules.NO_DIST_UPGRADE}. */
  public NoDistUpgrade() {
    super("DF038", "NoDistUpgrade", Severity.WARNING,
        "RUN does not upgrade all packages; use a newer base image instead",
        seeAlso(List.of("DL3035"), List.of(), List.of("DS-0024"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<Tools.Call> calls = entry.calls();
      for (int c = 0; c < calls.size(); c++) {
        Tools.Call call = calls.get(c);
        if (call != null && upgradesAll(call)) {
          sink.report(entry.stage(), entry.instruction(), message(call), FIX);
        }
      }
    }
  }

  private static boolean upgradesAll(Tools.Call call) {
    switch (call.family()) {
      case APT:
        return call.is(APT);
      case APK:
        return call.subcommand().equals("upgrade") && call.operands().isEmpty();
      case DNF:
        return call.is(DNF) && call.operands().isEmpty();
      case ZYPPER:
        return call.is(ZYPPER) && call.operands().isEmpty();
      default:
        return false;
    }
  }

  static String message(Tools.Call call) {
    return "'" + call.shown() + "' upgrades every package to whatever is current on build day, so two builds of "
        + "this Dockerfile differ";
  }

  static final String FIX = "move to a newer base image tag or digest and rebuild when it is updated; to fix one "
      + "package, install that package explicitly";
}
