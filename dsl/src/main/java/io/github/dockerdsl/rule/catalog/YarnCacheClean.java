package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/** DF041: yarn keeps every downloaded package in its cache, which stays in the layer unless cleaned or mounted. */
public final class YarnCacheClean extends BaseRule {
  private static final Set<String> INSTALLS = Set.of("", "install", "add");

  /** Creates the rule; use {@code Rules.YARN_CACHE_CLEAN}. */
  public YarnCacheClean() {
    super("DF041", "YarnCacheClean", Severity.INFO,
        "yarn install cleans its cache in the same RUN, or keeps it in a cache mount",
        seeAlso(List.of("DL3060"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      if (!entry.ships() || yarnCacheMounted(entry)) {
        continue;
      }
      List<SimpleCommand> commands = entry.commands();
      for (int i = 0; i < commands.size(); i++) {
        Tools.Call call = entry.calls().get(i);
        if (call != null && call.program().equals("yarn") && call.is(INSTALLS) && !cleanedLater(commands, i)) {
          sink.report(entry.stage(), entry.instruction(), message(call), FIX);
          break;
        }
      }
    }
  }

  private static boolean yarnCacheMounted(RunScripts.Entry entry) {
    for (Mount mount : entry.run().mounts()) {
      if (mount instanceof CacheMount && mount.targetPath().orElse("").contains("yarn")) {
        return true;
      }
    }
    return false;
  }

  private static boolean cleanedLater(List<SimpleCommand> commands, int at) {
    for (int i = at + 1; i < commands.size(); i++) {
      Tools.Call later = Tools.read(commands.get(i));
      if (later != null && later.program().equals("yarn") && later.subcommand().equals("cache")
          && later.operands().contains("clean")) {
        return true;
      }
    }
    return false;
  }

  static String message(Tools.Call call) {
    return "'" + call.shown() + "' without 'yarn cache clean' leaves yarn's package cache in the image layer";
  }

  private static final String FIX = "end the same RUN with '&& yarn cache clean', or mount a cache: "
      + ".withMount(CacheMount.of(\"/usr/local/share/.cache/yarn\"))";
}
