package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the package managers and download tools that the shell rules know read their command lines:
 * which options take a value, so the subcommand and the operands can be told apart.
 */
final class Tools {
  private Tools() {}

  /** The families of package managers. */
  enum Family {
    /** apt-get, apt, aptitude. */
    APT,
    /** apk. */
    APK,
    /** dnf, yum, microdnf, tdnf. */
    DNF,
    /** zypper. */
    ZYPPER,
    /** pip, pip3, python -m pip. */
    PIP,
    /** npm, pnpm, yarn. */
    NPM,
    /** gem. */
    GEM,
    /** pipx, which installs Python applications into their own environments. */
    PIPX,
    /** go (for {@code go install} and {@code go get}). */
    GO
  }

  /**
   * A package-manager call, read.
   *
   * @param command the command
   * @param family its family
   * @param program how it was called, e.g. {@code apt-get} or {@code python3 -m pip}
   * @param subcommand the first operand, e.g. {@code install}; empty if none
   * @param operands the operands after the subcommand, option values left out
   * @param options the options anywhere on the line
   */
  record Call(SimpleCommand command, Family family, String program, String subcommand, List<String> operands,
      List<String> options) {
    /** The call as written, e.g. {@code apt-get install}. */
    String shown() {
      return subcommand.isEmpty() ? program : program + " " + subcommand;
    }

    /** True when the subcommand is one of these. */
    boolean is(Set<String> subcommands) {
      return subcommands.contains(subcommand);
    }

    /** True for {@code --name} or {@code --name=value}. */
    boolean hasLong(String name) {
      for (String o : options) {
        if (o.equals(name) || o.startsWith(name + "=")) {
          return true;
        }
      }
      return false;
    }

    /** True for {@code -x}, also inside a cluster such as {@code -qxy} (up to an option that takes a value). */
    boolean hasShort(char flag) {
      for (String o : options) {
        if (o.length() > 1 && o.charAt(0) == '-' && o.charAt(1) != '-') {
          for (int i = 1; i < o.length(); i++) {
            char c = o.charAt(i);
            if (c == flag) {
              return true;
            }
            if (shortWithValue(family).indexOf(c) >= 0) {
              break;
            }
          }
        }
      }
      return false;
    }
  }

  private static final Set<String> DNF_NAMES = Set.of("dnf", "dnf5", "yum", "microdnf", "tdnf");

  /** The call, if the command runs a known package manager; null otherwise. */
  static Call read(SimpleCommand command) {
    String name = command.name();
    List<String> args = command.arguments();
    Family family;
    String program = name;
    if (name.equals("apt-get") || name.equals("apt") || name.equals("aptitude")) {
      family = Family.APT;
    } else if (name.equals("apk")) {
      family = Family.APK;
    } else if (DNF_NAMES.contains(name)) {
      family = Family.DNF;
    } else if (name.equals("zypper")) {
      family = Family.ZYPPER;
    } else if (isPip(name)) {
      family = Family.PIP;
    } else if (isPython(name) && args.size() >= 2 && args.get(0).equals("-m") && isPip(args.get(1))) {
      family = Family.PIP;
      program = name + " -m " + args.get(1);
      args = args.subList(2, args.size());
    } else if (isPython(name) && !args.isEmpty() && (args.get(0).equals("-mpip") || args.get(0).equals("-mpip3"))) {
      family = Family.PIP;
      program = name + " " + args.get(0);
      args = args.subList(1, args.size());
    } else if (name.equals("npm") || name.equals("pnpm") || name.equals("yarn")) {
      family = Family.NPM;
    } else if (name.equals("gem")) {
      family = Family.GEM;
    } else if (name.equals("pipx")) {
      family = Family.PIPX;
    } else if (name.equals("go")) {
      family = Family.GO;
    } else {
      return null;
    }
    List<String> positionals = new ArrayList<>();
    List<String> options = new ArrayList<>();
    String shortValue = shortWithValue(family);
    Set<String> longValue = longWithValue(family);
    boolean endOfOptions = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (endOfOptions || a.length() < 2 || a.charAt(0) != '-') {
        positionals.add(a);
      } else if (a.equals("--") && family == Family.GEM) {
        // gem passes everything after -- to the extension's build (gem install x -- --use-system-libraries)
        options.addAll(args.subList(i, args.size()));
        break;
      } else if (a.equals("--")) {
        endOfOptions = true;
      } else {
        options.add(a);
        boolean takesNext = longValue.contains(a)
            || !a.startsWith("--") && a.length() == 2 && shortValue.indexOf(a.charAt(1)) >= 0;
        if (takesNext && i + 1 < args.size()) {
          options.add(args.get(++i));
        }
      }
    }
    String sub = positionals.isEmpty() ? "" : positionals.get(0);
    List<String> operands = positionals.isEmpty() ? List.of() : positionals.subList(1, positionals.size());
    return new Call(command, family, program, sub, List.copyOf(operands), List.copyOf(options));
  }

  private static boolean isPip(String name) {
    return name.startsWith("pip") && versionOnly(name, 3);
  }

  private static boolean isPython(String name) {
    return name.startsWith("python") && versionOnly(name, 6);
  }

  /** Only dots and digits from {@code from} on, as in {@code pip3.11}: a loop, run for every command read. */
  private static boolean versionOnly(String name, int from) {
    for (int i = from; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '.' && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** The short options that take a value, by family: constants, as the rules read every command of every RUN. */
  private static final Map<Family, String> SHORT_WITH_VALUE = new EnumMap<>(Map.of(Family.APT, "oct",
      Family.APK, "Xpt", Family.DNF, "cdexR", Family.ZYPPER, "rRtDc", Family.PIP, "rceitfb", Family.NPM, "w",
      Family.GEM, "vinsP"));
  /** The long options that take a value, by family. */
  private static final Map<Family, Set<String>> LONG_WITH_VALUE = new EnumMap<>(Map.of(
      Family.APT, Set.of("--option", "--config-file", "--target-release", "--default-release"),
      Family.APK, Set.of("--repository", "--root", "--arch", "--cache-dir", "--keys-dir", "--virtual",
          "--repositories-file"),
      Family.DNF, Set.of("--setopt", "--exclude", "--enablerepo", "--disablerepo", "--repo", "--releasever",
          "--installroot", "--config", "--repofrompath", "--forcearch"),
      Family.ZYPPER, Set.of("--root", "--repo", "--type", "--from", "--config"),
      Family.PIP, Set.of("--root-user-action", "--use-feature", "--use-deprecated", "--keyring-provider", "--index",
          "--log-file", "--requirement", "--constraint", "--editable", "--index-url", "--extra-index-url",
          "--find-links", "--target", "--prefix", "--root", "--trusted-host", "--platform", "--python-version",
          "--implementation", "--abi", "--src", "--upgrade-strategy", "--progress-bar", "--cache-dir", "--proxy",
          "--timeout", "--retries", "--log", "--cert", "--client-cert", "--global-option", "--config-settings",
          "--python", "--exists-action", "--report", "--only-binary", "--no-binary"),
      // npm's options of type string (npm help config); the others are boolean and take no value
      Family.NPM, Set.of("--prefix", "--registry", "--cache", "--workspace", "--tag", "--userconfig", "--loglevel",
          "--omit", "--include", "--install-strategy", "--before", "--location", "--save-prefix", "--globalconfig",
          "--script-shell", "--fetch-retries", "--fetch-timeout", "--network-concurrency", "--otp", "--scope",
          "--access", "--depth", "--modules-folder", "--cwd", "--mutex", "--network-timeout", "--cache-folder"),
      Family.GEM, Set.of("--version", "--install-dir", "--bindir", "--source", "--platform", "--document",
          "--build-root", "--target-rbconfig"),
      Family.PIPX, Set.of("--python", "--pip-args", "--index-url", "--suffix", "--spec", "--preinstall", "--backend"),
      Family.GO, Set.of("-C", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-o",
          "-pkgdir", "-toolexec", "-overlay", "-pgo", "-buildmode", "-compiler", "-installsuffix",
          "-gccgoflags", "-exec")));

  private static String shortWithValue(Family family) {
    return SHORT_WITH_VALUE.getOrDefault(family, "");
  }

  private static Set<String> longWithValue(Family family) {
    return LONG_WITH_VALUE.getOrDefault(family, Set.of());
  }

  /** The package name of an operand without its version: {@code curl=8.5.0} is {@code curl}. */
  static String packageName(String operand) {
    int end = operand.length();
    for (int i = 0; i < operand.length(); i++) {
      char c = operand.charAt(i);
      if (c == '=' || c == '<' || c == '>' || c == '~' || c == '!') {
        end = i;
        break;
      }
    }
    return operand.substring(0, end);
  }
}
