package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/** DF031: apt installs recommended packages by default, which often doubles what lands in the image. */
public final class AptNoInstallRecommends extends BaseRule {
  private static final Set<String> INSTALLS = Set.of("install", "build-dep", "reinstall");

  /** Creates the rule; use {@code Rules.APT_NO_INSTALL_RECOMMENDS}. */
  public AptNoInstallRecommends() {
    super("DF031", "AptNoInstallRecommends", Severity.ERROR,
        "apt-get install uses --no-install-recommends",
        seeAlso(List.of("DL3015"), List.of(), List.of("DS-0029"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<Tools.Call> calls = entry.calls();
      for (int c = 0; c < calls.size(); c++) {
        Tools.Call call = calls.get(c);
        if (call != null && call.family() == Tools.Family.APT && !call.program().equals("aptitude")
            && call.is(INSTALLS) && !call.hasLong("--no-install-recommends") && !recommendsOff(call)) {
          sink.report(entry.stage(), entry.instruction(), message(call), fix(call));
        }
      }
    }
  }

  private static boolean recommendsOff(Tools.Call call) {
    for (String o : call.options()) {
      String lower = RunScripts.lower(o);
      if (lower.contains("apt::install-recommends=false") || lower.contains("apt::install-recommends=0")) {
        return true;
      }
    }
    return false;
  }

  static String message(Tools.Call call) {
    return "'" + call.shown() + "' without --no-install-recommends also installs every recommended package";
  }

  static String fix(Tools.Call call) {
    return "add --no-install-recommends: '" + call.program() + " " + call.subcommand()
        + " -y --no-install-recommends ...', and name the extra packages you need";
  }
}
