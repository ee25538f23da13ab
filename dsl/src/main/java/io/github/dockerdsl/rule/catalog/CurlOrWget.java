package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/** DF037: curl and wget do the same job; installing both adds size and attack surface for nothing. */
public final class CurlOrWget extends BaseRule {
  private static final Set<String> INSTALLS = Set.of("install", "in", "add", "reinstall");

  /** Creates the rule; use {@code Rules.CURL_OR_WGET}. */
  public CurlOrWget() {
    super("DF037", "CurlOrWget", Severity.WARNING,
        "A Dockerfile installs curl or wget, not both",
        seeAlso(List.of("DL4001"), List.of(), List.of("DS-0014"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    RunScripts.Entry curl = null;
    RunScripts.Entry wget = null;
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<Tools.Call> calls = entry.calls();
      for (int c = 0; c < calls.size(); c++) {
        Tools.Call call = calls.get(c);
        if (call == null || !call.is(INSTALLS) || call.family() == Tools.Family.PIP
            || call.family() == Tools.Family.NPM || call.family() == Tools.Family.GEM
            || call.family() == Tools.Family.PIPX || call.family() == Tools.Family.GO) {
          continue;
        }
        for (String operand : call.operands()) {
          String name = Tools.packageName(operand);
          if (name.equals("curl") && curl == null) {
            curl = entry;
            if (wget != null) {
              sink.report(entry.stage(), entry.instruction(), message("curl", entry, "wget", wget, context), FIX);
              return;
            }
          } else if (name.equals("wget") && wget == null) {
            wget = entry;
            if (curl != null) {
              sink.report(entry.stage(), entry.instruction(), message("wget", entry, "curl", curl, context), FIX);
              return;
            }
          }
        }
      }
    }
  }

  static String message(String here, RunScripts.Entry at, String other, RunScripts.Entry first,
      RuleContext context) {
    if (first == at) {
      return "this RUN installs both curl and wget; one download tool is enough";
    }
    Stage stage = context.stages().get(first.stage());
    String where = stage.name().map(n -> "stage '" + n + "'").orElse("stage " + (first.stage() + 1))
        + ", instruction " + (first.instruction() + 1);
    return "this RUN installs " + here + " and " + where + " installs " + other + "; one download tool is enough";
  }

  static final String FIX = "install only one of them (curl, or wget) and use it for every download";
}
