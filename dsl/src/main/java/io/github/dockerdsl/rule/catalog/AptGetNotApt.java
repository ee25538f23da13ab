package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF040: {@code apt} is the interactive front end; its command line and output may change between
 * releases, and it warns that it has no stable interface for scripts. {@code apt-get} and {@code apt-cache}
 * are the stable ones.
 */
public final class AptGetNotApt extends BaseRule {
  /** Creates the rule; use {@code Rules.APT_GET_NOT_APT}. */
  public AptGetNotApt() {
    super("DF040", "AptGetNotApt", Severity.WARNING, "RUN uses apt-get or apt-cache, not the interactive apt",
        seeAlso(List.of("DL3027"), List.of(), List.of(), List.of("CKV_DOCKER_9")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<Tools.Call> calls = entry.calls();
      for (int c = 0; c < calls.size(); c++) {
        Tools.Call call = calls.get(c);
        if (call != null && call.program().equals("apt") && !call.subcommand().isEmpty()) {
          sink.report(entry.stage(), entry.instruction(), message(call), fix(call));
          break;
        }
      }
    }
  }

  static String message(Tools.Call call) {
    return "'" + call.shown() + "' uses apt, the interactive front end, whose interface is not stable for scripts";
  }

  static String fix(Tools.Call call) {
    boolean cache = List.of("search", "show", "policy", "depends", "rdepends").contains(call.subcommand());
    return "write '" + (cache ? "apt-cache " : "apt-get ") + call.subcommand() + " ...' instead";
  }
}
