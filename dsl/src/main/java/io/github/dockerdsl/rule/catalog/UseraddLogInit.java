package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF042: useradd writes the user's record into /var/log/lastlog and faillog at an offset of uid times
 * the record size; with a uid of 100000 or more that sparse file becomes gigabytes in the layer.
 */
public final class UseraddLogInit extends BaseRule {
  /** Creates the rule; use {@code Rules.USERADD_LOG_INIT}. */
  public UseraddLogInit() {
    super("DF042", "UseraddLogInit", Severity.WARNING,
        "useradd with a uid of 100000 or more passes -l (--no-log-init)",
        seeAlso(List.of("DL3046"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<SimpleCommand> commands = entry.commands();
      for (int c = 0; c < commands.size(); c++) {
        SimpleCommand command = commands.get(c);
        if (command.name().equals("useradd")) {
          String uid = uid(command.arguments());
          if (uid != null && uid.length() > 5 && allDigits(uid) && !logInitOff(command)) {
            sink.report(entry.stage(), entry.instruction(), message(uid), FIX);
            break;
          }
        }
      }
    }
  }

  private static String uid(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("-u") || a.equals("--uid")) && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (a.startsWith("--uid=")) {
        return a.substring(6);
      }
      if (a.startsWith("-u") && a.length() > 2 && !a.startsWith("--")) {
        return a.substring(2);
      }
    }
    return null;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The letters of a cluster such as {@code -lu} up to its {@code u}, whose value follows. */
  private static String shortOptionsBeforeU(String cluster) {
    int u = cluster.indexOf('u', 1);
    return u < 0 ? cluster.substring(1) : cluster.substring(1, u);
  }

  private static boolean logInitOff(SimpleCommand command) {
    for (String a : command.arguments()) {
      if (a.equals("--no-log-init") || a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-'
          && shortOptionsBeforeU(a).indexOf('l') >= 0) {
        return true;
      }
    }
    return false;
  }

  static String message(String uid) {
    return "useradd with uid " + uid + " and without -l writes a sparse /var/log/lastlog and faillog sized by the "
        + "uid, which can add gigabytes to the layer";
  }

  private static final String FIX = "add -l (--no-log-init) to useradd, or use a uid below 100000";
}
