package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/**
 * DF044: {@code RUN apt-get update} on its own is cached as a layer; later installs reuse that old
 * index from the build cache, so they get stale versions or fail with 404 once the mirror moves on.
 */
public final class AptUpdateInSameRun extends BaseRule {
  private static final Set<String> USES_INDEX = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
      "build-dep", "reinstall", "source", "download", "safe-upgrade");

  /** Creates the rule; use {@code Rules.APT_UPDATE_IN_SAME_RUN}. */
  public AptUpdateInSameRun() {
    super("DF044", "AptUpdateInSameRun", Severity.WARNING,
        "apt-get update runs in the same RUN as the install that needs it",
        seeAlso(java.util.List.of(), java.util.List.of(), java.util.List.of("DS-0017"),
            java.util.List.of("CKV_DOCKER_5")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      Tools.Call update = null;
      boolean uses = false;
      List<Tools.Call> calls = entry.calls();
      for (int c = 0; c < calls.size(); c++) {
        Tools.Call call = calls.get(c);
        if (call != null && call.family() == Tools.Family.APT) {
          if (call.subcommand().equals("update") && update == null) {
            update = call;
          } else if (call.is(USES_INDEX)) {
            uses = true;
          }
        }
      }
      if (update != null && !uses) {
        sink.report(entry.stage(), entry.instruction(), message(update), fix(update));
      }
    }
  }

  static String message(Tools.Call update) {
    return "'" + update.shown() + "' runs in a RUN with no install, so the build cache keeps this index and later "
        + "installs get stale packages or fail with 404 once the mirror moves on";
  }

  static String fix(Tools.Call update) {
    return "update and install in one RUN: '" + update.program() + " update && " + update.program()
        + " install -y --no-install-recommends ...'";
  }
}
