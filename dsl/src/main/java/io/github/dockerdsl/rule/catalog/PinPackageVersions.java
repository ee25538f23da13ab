package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.List;

/**
 * DF039: an unpinned package is whatever the repository serves on build day, so two builds of the same
 * Dockerfile can differ and a bad release slips in unnoticed.
 */
public final class PinPackageVersions extends BaseRule {
  /** Creates the rule; use {@code Rules.PIN_PACKAGE_VERSIONS}. */
  public PinPackageVersions() {
    super("DF039", "PinPackageVersions", Severity.INFO,
        "apt, apk, pip, npm and gem installs pin package versions",
        seeAlso(List.of("DL3008", "DL3013", "DL3016", "DL3018", "DL3028"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    for (RunScripts.Entry entry : RunScripts.of(context)) {
      for (SimpleCommand command : entry.commands()) {
        Tools.Call call = Tools.read(command);
        if (call == null) {
          continue;
        }
        List<String> unpinned = unpinned(call);
        if (!unpinned.isEmpty()) {
          sink.report(entry.stage(), entry.instruction(), message(call, unpinned), fix(call, unpinned.get(0)));
        }
      }
    }
  }

  static List<String> unpinned(Tools.Call call) {
    List<String> out = new ArrayList<>();
    switch (call.family()) {
      case APT:
        if (call.subcommand().equals("install")) {
          for (String p : call.operands()) {
            if (!p.contains("=") && !isPath(p) && !p.contains("$")) {
              out.add(p);
            }
          }
        }
        break;
      case APK:
        if (call.subcommand().equals("add")) {
          for (String p : call.operands()) {
            if (Tools.packageName(p).equals(p) && !isPath(p) && !p.endsWith(".apk") && !p.contains("$")) {
              out.add(p);
            }
          }
        }
        break;
      case PIP:
        if (call.subcommand().equals("install")) {
          for (String p : call.operands()) {
            if (Tools.packageName(p).equals(p) && !p.contains("@") && !isPath(p) && !p.contains(":")
                && !p.contains("$") && !p.endsWith(".whl") && !p.endsWith(".tar.gz") && !p.endsWith(".zip")) {
              out.add(p);
            }
          }
        }
        break;
      case NPM:
        if (call.program().equals("npm") && (call.subcommand().equals("install") || call.subcommand().equals("i")
            || call.subcommand().equals("add"))) {
          for (String p : call.operands()) {
            if (p.lastIndexOf('@') <= 0 && !isPath(p) && !p.contains(":") && !p.contains("$")
                && !p.endsWith(".tgz") && (p.indexOf('/') < 0 || p.startsWith("@"))) {
              out.add(p);
            }
          }
        }
        break;
      case GEM:
        if (call.subcommand().equals("install") && !call.hasShort('v') && !call.hasLong("--version")) {
          for (String p : call.operands()) {
            if (!p.contains(":") && !p.contains("$") && !p.endsWith(".gem")) {
              out.add(p);
            }
          }
        }
        break;
      default:
        break;
    }
    return out;
  }

  private static boolean isPath(String operand) {
    return operand.startsWith(".") || operand.startsWith("/") || operand.startsWith("~");
  }

  static String message(Tools.Call call, List<String> unpinned) {
    StringBuilder names = new StringBuilder();
    int shown = Math.min(unpinned.size(), 5);
    for (int i = 0; i < shown; i++) {
      names.append(i == 0 ? "" : i == shown - 1 && unpinned.size() <= 5 ? " and " : ", ")
          .append('\'').append(unpinned.get(i)).append('\'');
    }
    if (unpinned.size() > 5) {
      names.append(" and ").append(unpinned.size() - 5).append(" more");
    }
    return "'" + call.shown() + "' installs " + names + " without a version, so each build may get a different one";
  }

  static String fix(Tools.Call call, String example) {
    switch (call.family()) {
      case APT:
        return "pin each package, e.g. '" + example + "=<version>' (apt-cache policy " + example
            + " lists the candidates)";
      case APK:
        return "pin each package, e.g. '" + example + "=<version>' or '" + example + "~<major.minor>'";
      case PIP:
        return "pin each package, e.g. '" + example + "==<version>', or install from a pinned requirements file "
            + "with -r";
      case NPM:
        return "pin each package, e.g. '" + example + "@<version>', or install from a lock file with npm ci";
      default:
        return "pin each gem, e.g. '" + example + ":<version>' or -v <version>";
    }
  }
}
