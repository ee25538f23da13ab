package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/** DF030: a package manager that asks for confirmation fails the build, or hangs it, at the prompt. */
public final class PackageManagerNonInteractive extends BaseRule {
  private static final Set<String> APT = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep",
      "reinstall", "remove", "purge", "autoremove", "safe-upgrade");
  private static final Set<String> DNF = Set.of("install", "in", "groupinstall", "reinstall", "rei", "update",
      "upgrade", "up", "upgrade-minimal", "update-minimal", "up-min", "remove", "erase", "rm", "autoremove",
      "distro-sync", "distrosync", "dsync", "localinstall", "swap", "group", "module", "downgrade", "dg");
  private static final Set<String> ZYPPER = Set.of("install", "in", "update", "up", "remove", "rm", "dist-upgrade",
      "dup", "patch", "source-install", "si");

  /** Creates the rule; use {@code Rules.PACKAGE_MANAGER_NON_INTERACTIVE}. */
  public PackageManagerNonInteractive() {
    super("DF030", "PackageManagerNonInteractive", Severity.ERROR,
        "apt-get, dnf, yum, microdnf and zypper run without prompts (-y, or zypper -n)",
        seeAlso(List.of("DL3014", "DL3030", "DL3034", "DL3038"), List.of(), List.of("DS-0021"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<SimpleCommand> commands = entry.commands();
      for (int i = 0; i < commands.size(); i++) {
        Tools.Call call = entry.calls().get(i);
        if (call != null && prompts(call) && !fedByYes(commands, i)) {
          sink.report(entry.stage(), entry.instruction(), message(call), fix(call));
        }
      }
    }
  }

  private static boolean prompts(Tools.Call call) {
    switch (call.family()) {
      case APT:
        return call.is(APT) && !call.hasShort('y') && !call.hasLong("--yes") && !call.hasLong("--assume-yes")
            && !quiet2(call) && !assumeYesOption(call);
      case DNF:
        return call.is(DNF) && !call.hasShort('y') && !call.hasLong("--assumeyes") && !call.hasLong("--yes");
      case ZYPPER:
        return call.is(ZYPPER) && !call.hasShort('n') && !call.hasLong("--non-interactive") && !call.hasShort('y')
            && !call.hasLong("--no-confirm");
      default:
        return false;
    }
  }

  /**
   * Quiet level 2 implies {@code -y} for apt-get, however it is spelt: {@code -qq}, {@code -q -q},
   * {@code -q=2}, {@code --quiet --quiet}; apt adds up every {@code -q}.
   */
  private static boolean quiet2(Tools.Call call) {
    int level = 0;
    for (String o : call.options()) {
      if (o.startsWith("--quiet=") || o.startsWith("-q=")) {
        level += quietLevel(o.substring(o.indexOf('=') + 1));
      } else if (o.equals("--quiet")) {
        level++;
      } else if (o.length() > 1 && o.charAt(0) == '-' && o.charAt(1) != '-') {
        for (int i = 1; i < o.length() && "oct".indexOf(o.charAt(i)) < 0; i++) {
          if (o.charAt(i) == 'q') {
            level++;
          }
        }
      }
    }
    return level >= 2;
  }

  private static int quietLevel(String value) {
    if (value.isEmpty() || value.length() >= 3) {
      return 0;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isDigit(value.charAt(i))) {
        return 0;
      }
    }
    return Integer.parseInt(value);
  }

  private static boolean assumeYesOption(Tools.Call call) {
    for (String o : call.options()) {
      String lower = RunScripts.lower(o);
      if (lower.contains("apt::get::assume-yes=true") || lower.contains("apt::get::assume-yes=1")) {
        return true;
      }
    }
    return false;
  }

  /** {@code yes | apt-get install x} answers every prompt. */
  private static boolean fedByYes(List<SimpleCommand> commands, int at) {
    return at > 0 && commands.get(at).pipedInto() && commands.get(at - 1).name().equals("yes");
  }

  static String message(Tools.Call call) {
    return "'" + call.shown() + "' asks for confirmation without "
        + (call.family() == Tools.Family.ZYPPER ? "-n" : "-y") + ", so the build fails at the prompt";
  }

  static String fix(Tools.Call call) {
    switch (call.family()) {
      case APT:
        return "add -y: '" + call.program() + " " + call.subcommand() + " -y ...'";
      case ZYPPER:
        return "add -n before the command: 'zypper -n " + call.subcommand() + " ...'";
      default:
        return "add -y: '" + call.program() + " " + call.subcommand() + " -y ...'";
    }
  }
}
