package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/**
 * DF034: turning off TLS certificate or package signature checks lets whoever sits on the network path
 * choose what gets installed into the image.
 */
public final class NoTlsBypass extends BaseRule {
  private static final Set<String> RPM_BYPASS = Set.of("--nosignature", "--nodigest", "--nofiledigest", "--noverify");
  private static final Set<String> FALSE = Set.of("false", "0", "no", "off");
  private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");

  /** Creates the rule; use {@code Rules.NO_TLS_BYPASS}. */
  public NoTlsBypass() {
    super("DF034", "NoTlsBypass", Severity.ERROR,
        "No command or variable turns off TLS certificate or package signature verification",
        seeAlso(List.of(), List.of(), List.of(),
            List.of("CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6",
                "CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11",
                "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15", "CKV2_DOCKER_16")));
  }

  /**
   * One bypass.
   *
   * @param what the flag or setting as written, e.g. {@code curl -k}
   * @param signatures true when package signatures (not TLS) are skipped
   */
  record Bypass(String what, boolean signatures) {}

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Instruction> preamble = context.dockerfile().preamble();
    for (int i = 0; i < preamble.size(); i++) {
      checkVariables(-1, i, preamble.get(i), sink);
    }
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      checkVariables(s, i, instruction, sink);
    }
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<SimpleCommand> commands = entry.commands();
      for (int c = 0; c < commands.size(); c++) {
        SimpleCommand command = commands.get(c);
        Bypass bypass = inCommand(command);
        if (bypass != null) {
          sink.report(entry.stage(), entry.instruction(), message(bypass), fix(bypass));
        }
      }
    }
  }

  private static void checkVariables(int stage, int index, Instruction instruction, ViolationSink sink) {
    if (instruction instanceof Env) {
      for (KeyValue kv : ((Env) instruction).entries()) {
        Bypass bypass = variable(kv.key(), kv.value());
        if (bypass != null) {
          sink.report(stage, index, variableMessage("ENV", bypass), fix(bypass));
        }
      }
    } else if (instruction instanceof Arg) {
      Arg arg = (Arg) instruction;
      Bypass bypass = arg.defaultValue().isPresent() ? variable(arg.name(), arg.defaultValue().get()) : null;
      if (bypass != null) {
        sink.report(stage, index, variableMessage("ARG", bypass), fix(bypass));
      }
    }
  }

  /** The bypass a variable makes, or null; values that refer to other variables are not judged. */
  static Bypass variable(String name, String rawValue) {
    String value = rawValue.strip();
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    String shown = name + "=" + rawValue;
    if (upper.equals("GIT_SSL_NO_VERIFY")) {
      // git turns verification off when the variable is set at all, whatever its value, so a
      // variable value is as bad as a literal one
      return new Bypass(shown, false);
    }
    if (value.contains("$")) {
      return null;
    }
    switch (upper) {
      case "NODE_TLS_REJECT_UNAUTHORIZED":
      case "PYTHONHTTPSVERIFY":
        return value.equals("0") ? new Bypass(shown, false) : null;
      case "PIP_TRUSTED_HOST":
        return value.isEmpty() ? null : new Bypass(shown, false);
      case "NPM_CONFIG_STRICT_SSL":
        return FALSE.contains(RunScripts.lower(value)) ? new Bypass(shown, false) : null;
      default:
        return null;
    }
  }

  /** The bypass a command makes, or null. */
  static Bypass inCommand(SimpleCommand command) {
    for (String assignment : command.assignments()) {
      int eq = assignment.indexOf('=');
      Bypass bypass = variable(assignment.substring(0, eq), assignment.substring(eq + 1));
      if (bypass != null) {
        return bypass;
      }
    }
    String name = command.name();
    List<String> args = command.arguments();
    switch (name) {
      case "export":
        for (String a : args) {
          int eq = a.indexOf('=');
          Bypass bypass = eq > 0 ? variable(a.substring(0, eq), a.substring(eq + 1)) : null;
          if (bypass != null) {
            return bypass;
          }
        }
        return null;
      case "curl":
        return curl(args);
      case "wget":
        return args.contains("--no-check-certificate") ? new Bypass("wget --no-check-certificate", false) : null;
      case "git":
        return git(args);
      case "rpm":
        for (String a : args) {
          if (RPM_BYPASS.contains(a)) {
            return new Bypass("rpm " + a, true);
          }
        }
        return null;
      case "yum-config-manager":
        return configManager(name, args);
      case "echo":
      case "printf":
        if (!writesSomewhere(command)) {
          // text printed to the build log configures nothing
          return null;
        }
        for (String a : args) {
          String lower = RunScripts.lower(a);
          if (lower.contains("trusted=yes")) {
            return new Bypass(name + " '" + a + "'", true);
          }
          if (setting(lower.replace(" ", ""), "sslverify=", FALSE)) {
            return new Bypass(name + " '" + a + "'", false);
          }
        }
        return null;
      default:
        return packageManager(command);
    }
  }

  /**
   * True when the command's output goes to a file or into another command (such as {@code tee}), not
   * just to the build log.
   */
  private static boolean writesSomewhere(SimpleCommand command) {
    if (command.pipesOut()) {
      return true;
    }
    for (String r : command.redirects()) {
      int gt = r.indexOf('>');
      if (gt < 0) {
        continue;
      }
      String target = r.substring(gt + 1).replaceFirst("^[>|]", "").strip();
      if (!target.startsWith("&") && !target.equals("/dev/null") && !target.equals("/dev/stdout")
          && !target.equals("/dev/stderr")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code yum-config-manager --save --setopt=sslverify=0} and dnf5's {@code dnf config-manager setopt
   * sslverify=0} write the setting into the repository configuration.
   */
  private static Bypass configManager(String program, List<String> words) {
    for (String w : words) {
      String lower = RunScripts.lower(w);
      if (setting(lower, "sslverify=", FALSE)) {
        return new Bypass(program + " " + w, false);
      }
      if (setting(lower, "gpgcheck=", FALSE)) {
        return new Bypass(program + " " + w, true);
      }
    }
    return null;
  }

  private static Bypass curl(List<String> args) {
    for (String a : args) {
      if (a.equals("--insecure") || a.equals("--proxy-insecure")) {
        return new Bypass("curl " + a, false);
      }
      if (a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-') {
        for (int i = 1; i < a.length(); i++) {
          char c = a.charAt(i);
          if (c == 'k') {
            return new Bypass("curl " + a, false);
          }
          if ("AbcCdDeEFHKmoPQrtTuUwxXyYz".indexOf(c) >= 0) {
            break;
          }
        }
      }
    }
    return null;
  }

  private static Bypass git(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-c") && i + 1 < args.size() && sslVerifyOff(args.get(i + 1))) {
        return new Bypass("git -c " + args.get(i + 1), false);
      }
      if (a.equals("config")) {
        for (int j = i + 1; j + 1 < args.size(); j++) {
          if (isSslVerifyKey(args.get(j)) && FALSE.contains(RunScripts.lower(args.get(j + 1)))) {
            return new Bypass("git config " + args.get(j) + " " + args.get(j + 1), false);
          }
        }
        return null;
      }
    }
    return null;
  }

  private static boolean sslVerifyOff(String setting) {
    int eq = setting.indexOf('=');
    return eq > 0 && isSslVerifyKey(setting.substring(0, eq))
        && FALSE.contains(RunScripts.lower(setting.substring(eq + 1)));
  }

  private static boolean isSslVerifyKey(String key) {
    String lower = RunScripts.lower(key);
    return lower.startsWith("http.") && lower.endsWith(".sslverify");
  }

  private static Bypass packageManager(SimpleCommand command) {
    Tools.Call call = Tools.read(command);
    if (call == null) {
      return null;
    }
    String program = call.program();
    List<String> options = call.options();
    switch (call.family()) {
      case APT:
        for (String o : options) {
          if (o.equals("--allow-unauthenticated") || o.equals("--allow-insecure-repositories")
              || o.equals("--force-yes")) {
            return new Bypass(program + " " + o, true);
          }
          String lower = RunScripts.lower(o);
          if (setting(lower, "::verify-peer=", FALSE) || setting(lower, "::verify-host=", FALSE)) {
            return new Bypass(program + " -o " + o, false);
          }
          if (setting(lower, "allowunauthenticated=", TRUE) || setting(lower, "allowinsecurerepositories=", TRUE)
              || setting(lower, "allowdowngradetoinsecurerepositories=", TRUE)) {
            return new Bypass(program + " -o " + o, true);
          }
        }
        return null;
      case APK:
        return call.hasLong("--allow-untrusted") ? new Bypass("apk --allow-untrusted", true) : null;
      case DNF:
        for (String o : options) {
          String lower = RunScripts.lower(o);
          if (o.equals("--nogpgcheck") || o.equals("--no-gpgchecks")) {
            return new Bypass(program + " " + o, true);
          }
          if (setting(lower, "sslverify=", FALSE)) {
            return new Bypass(program + " " + o, false);
          }
          if (setting(lower, "gpgcheck=", FALSE)) {
            return new Bypass(program + " " + o, true);
          }
        }
        if (call.subcommand().equals("config-manager")) {
          return configManager(call.shown(), call.operands());
        }
        return null;
      case ZYPPER:
        return call.hasLong("--no-gpg-checks") ? new Bypass("zypper --no-gpg-checks", true) : null;
      case PIP:
        if (call.hasLong("--trusted-host")) {
          return new Bypass(program + " --trusted-host", false);
        }
        if (call.subcommand().equals("config") && call.operands().size() >= 2
            && RunScripts.lower(call.operands().get(1)).endsWith("trusted-host")) {
          return new Bypass(program + " config " + String.join(" ", call.operands()), false);
        }
        return null;
      case NPM:
        return npm(call);
      default:
        return null;
    }
  }

  private static Bypass npm(Tools.Call call) {
    for (String o : call.options()) {
      if (o.equals("--no-strict-ssl") || setting(RunScripts.lower(o), "--strict-ssl=", FALSE)) {
        return new Bypass(call.program() + " " + o, false);
      }
    }
    List<String> all = new java.util.ArrayList<>();
    all.add(call.subcommand());
    all.addAll(call.operands());
    int set = all.indexOf("set");
    // 'npm c' is npm's own alias of 'npm config'
    if (set < 0 || !(all.get(0).equals("config") || all.get(0).equals("c") || all.get(0).equals("set"))) {
      return null;
    }
    List<String> rest = all.get(0).equals("set") ? all.subList(1, all.size()) : all.subList(set + 1, all.size());
    for (int i = 0; i < rest.size(); i++) {
      String lower = RunScripts.lower(rest.get(i));
      boolean key = lower.equals("strict-ssl") || lower.equals("strict_ssl") || lower.equals("enablestrictssl");
      if (key && i + 1 < rest.size() && FALSE.contains(RunScripts.lower(rest.get(i + 1)))
          || setting(lower, "strict-ssl=", FALSE) || setting(lower, "strict_ssl=", FALSE)
          || setting(lower, "enablestrictssl=", FALSE)) {
        return new Bypass(call.program() + " " + String.join(" ", all), false);
      }
    }
    return null;
  }

  /** True when {@code text} holds {@code key} (ending in '=') followed by one of {@code values}. */
  private static boolean setting(String text, String key, Set<String> values) {
    int from = 0;
    while (true) {
      int at = text.indexOf(key, from);
      if (at < 0) {
        return false;
      }
      int start = at + key.length();
      int end = start;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (values.contains(text.substring(start, end))) {
        return true;
      }
      from = start;
    }
  }

  static String message(Bypass bypass) {
    return "'" + bypass.what() + "' " + effect(bypass);
  }

  static String variableMessage(String keyword, Bypass bypass) {
    return keyword + " " + bypass.what() + " " + effect(bypass)
        + (keyword.equals("ENV") ? " for every later command and the running container" : " for later RUN commands");
  }

  private static String effect(Bypass bypass) {
    return bypass.signatures()
        ? "skips package signature checks, so a tampered package installs silently"
        : "turns off TLS certificate verification, so whoever sits on the network path chooses what is downloaded";
  }

  static String fix(Bypass bypass) {
    return bypass.signatures()
        ? "remove it and import the repository's signing key instead"
        : "remove it and trust the server's CA instead: COPY the CA certificate into "
            + "/usr/local/share/ca-certificates/ and RUN update-ca-certificates";
  }
}
