package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/** DF032: pip keeps every downloaded wheel in ~/.cache/pip, which then ships in the image layer. */
public final class PipNoCacheDir extends BaseRule {
  private static final String VARIABLE = "PIP_NO_CACHE_DIR";

  /** Creates the rule; use {@code Rules.PIP_NO_CACHE_DIR}. */
  public PipNoCacheDir() {
    super("DF032", "PipNoCacheDir", Severity.ERROR,
        "pip install uses --no-cache-dir, PIP_NO_CACHE_DIR or a cache mount on /root/.cache/pip",
        seeAlso(List.of("DL3042"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      if (!entry.ships() || entry.env().containsKey(VARIABLE) || mountsPipCache(entry)) {
        continue;
      }
      boolean exported = false;
      List<SimpleCommand> commands = entry.commands();
      for (int c = 0; c < commands.size(); c++) {
        SimpleCommand command = commands.get(c);
        if (command.name().equals("export") && command.isTopLevel()) {
          exported |= setsVariable(command.arguments());
        }
        if (command.argv().isEmpty() && command.isTopLevel()) {
          exported |= setsVariable(command.assignments());
        }
        Tools.Call call = entry.calls().get(c);
        if (call != null && call.family() == Tools.Family.PIP && call.subcommand().equals("install") && !exported
            && !call.hasLong("--no-cache-dir") && !cacheDirMounted(entry, call)
            && !setsVariable(command.assignments())) {
          sink.report(entry.stage(), entry.instruction(), message(call), fix(context, call));
          break;
        }
      }
    }
  }

  /** {@code PIP_NO_CACHE_DIR=...} among the words: a loop, as it runs for every command of every RUN. */
  private static boolean setsVariable(List<String> words) {
    for (String a : words) {
      if (a.startsWith(VARIABLE) && a.length() > VARIABLE.length() && a.charAt(VARIABLE.length()) == '=') {
        return true;
      }
    }
    return false;
  }

  private static boolean mountsPipCache(RunScripts.Entry entry) {
    if (entry.mounts("/root/.cache/pip")) {
      return true;
    }
    for (var m : entry.run().mounts()) {
      if (RunScripts.trimSlash(m.targetPath().orElse("")).endsWith("/.cache/pip")) {
        return true;
      }
    }
    return false;
  }

  private static boolean cacheDirMounted(RunScripts.Entry entry, Tools.Call call) {
    List<String> options = call.options();
    for (int i = 0; i < options.size(); i++) {
      String o = options.get(i);
      String dir = o.startsWith("--cache-dir=") ? o.substring("--cache-dir=".length())
          : o.equals("--cache-dir") && i + 1 < options.size() ? options.get(i + 1) : null;
      if (dir != null && entry.mounts(RunScripts.trimSlash(dir))) {
        return true;
      }
    }
    return false;
  }

  static String message(Tools.Call call) {
    return "'" + call.shown() + "' without --no-cache-dir keeps the downloaded packages in ~/.cache/pip in the "
        + "image layer";
  }

  static String fix(RuleContext context, Tools.Call call) {
    return "write '" + call.program() + " install --no-cache-dir ...', set ENV PIP_NO_CACHE_DIR=1, or mount a cache: "
        + Fixes.pick(context, ".withMount(CacheMount.of(\"/root/.cache/pip\"))", "RUN --mount=type=cache,target=/root/.cache/pip");
  }
}
