package io.github.dockerdsl.rule.catalog;

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
        "apt, apk, dnf, yum, zypper, pip, pipx, npm, gem and go installs pin package versions",
        seeAlso(List.of("DL3008", "DL3013", "DL3016", "DL3018", "DL3028", "DL3033", "DL3037", "DL3041", "DL3062"),
            List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<Tools.Call> calls = entry.calls();
      for (int c = 0; c < calls.size(); c++) {
        Tools.Call call = calls.get(c);
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
        // a constraints file pins whatever it names, as a requirements file does
        if (call.subcommand().equals("install") && !call.hasShort('c') && !call.hasLong("--constraint")) {
          for (String p : call.operands()) {
            if (!pipPinned(p)) {
              out.add(p);
            }
          }
        }
        break;
      case PIPX:
        if (call.subcommand().equals("install") && !call.hasLong("--spec")) {
          for (String p : call.operands()) {
            if (!pipPinned(p)) {
              out.add(p);
            }
          }
        }
        break;
      case NPM:
        if (call.program().equals("npm") && (call.subcommand().equals("install") || call.subcommand().equals("i")
            || call.subcommand().equals("add"))) {
          for (String p : call.operands()) {
            if (!npmPinned(p)) {
              out.add(p);
            }
          }
        }
        break;
      case GEM:
        if ((call.subcommand().equals("install") || call.subcommand().equals("i")) && !call.hasShort('v')
            && !call.hasLong("--version")) {
          for (String p : call.operands()) {
            if (!p.contains(":") && !p.contains("$") && !p.endsWith(".gem")) {
              out.add(p);
            }
          }
        }
        break;
      case DNF:
        if (call.subcommand().equals("install") || call.subcommand().equals("in")) {
          for (String p : call.operands()) {
            if (!rpmPinned(p)) {
              out.add(p);
            }
          }
        }
        break;
      case ZYPPER:
        if (call.subcommand().equals("install") || call.subcommand().equals("in")) {
          for (String p : call.operands()) {
            if (Tools.packageName(p).equals(p) && !p.endsWith(".rpm") && !p.contains("/") && !p.contains("$")) {
              out.add(p);
            }
          }
        }
        break;
      case GO:
        // without @version, go install builds the version the current module's go.mod pins (outside a
        // module it refuses to run); @latest, @master and @main follow whatever was published last
        if (call.subcommand().equals("install")) {
          for (String p : call.operands()) {
            int at = p.lastIndexOf('@');
            String version = at < 0 ? "" : p.substring(at + 1);
            if (version.equals("latest") || version.equals("master") || version.equals("main")) {
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

  /**
   * True for an rpm operand with a version: the part after the last '-' starts with a digit
   * ({@code curl-7.76.1}, {@code xz-5.2.4-4.el8}), a file or URL, a group ({@code @core}) or a module
   * stream ({@code nodejs:20}); {@code java-17-openjdk} is a name.
   */
  private static boolean rpmPinned(String p) {
    int dash = p.lastIndexOf('-');
    return dash > 0 && dash + 1 < p.length() && Character.isDigit(p.charAt(dash + 1)) || p.endsWith(".rpm")
        || p.contains("/") || p.contains("$") || p.startsWith("@") || p.contains(":") || p.contains("*");
  }

  /**
   * True for a pip operand that names a version or is no index package: {@code flask==3.0}, a URL, a
   * wheel or sdist file, or a path such as {@code src/mypkg} (a requirement name never holds '/').
   */
  private static boolean pipPinned(String p) {
    return !Tools.packageName(p).equals(p) || p.contains("@") || isPath(p) || p.contains(":") || p.contains("$")
        || p.contains("/") || p.endsWith(".whl") || p.endsWith(".tar.gz") || p.endsWith(".zip");
  }

  /**
   * True for an npm operand that is pinned: {@code name@version}, a tarball or a folder; a git source
   * ({@code git+https://...}, {@code github:owner/repo}, {@code owner/repo}) is pinned only with
   * {@code #<commit>}, since without it npm installs whatever the default branch holds that day.
   */
  private static boolean npmPinned(String p) {
    if (p.contains("$") || isPath(p) || p.endsWith(".tgz") || p.endsWith(".tar.gz") || p.endsWith(".tar")) {
      return true;
    }
    if (isNpmGit(p)) {
      return p.contains("#");
    }
    if (p.contains(":")) {
      // other URLs and protocols (https://.../x.tgz, npm:alias@1, file:) are not registry names
      return true;
    }
    return p.lastIndexOf('@') > 0;
  }

  /** True for an npm git source: a git URL, a hosted shortcut, or the {@code owner/repo} GitHub shorthand. */
  static boolean isNpmGit(String p) {
    return p.startsWith("git+") || p.startsWith("git://") || p.startsWith("github:") || p.startsWith("gitlab:")
        || p.startsWith("bitbucket:") || p.startsWith("gist:") || p.startsWith("git@")
        || !p.startsWith("@") && !p.contains(":") && p.indexOf('/') > 0;
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
        return isNpmGit(example)
            ? "pin it to a commit, e.g. '" + example + "#<commit>', or install from a lock file with npm ci"
            : "pin each package, e.g. '" + example + "@<version>', or install from a lock file with npm ci";
      case PIPX:
        return "pin each application, e.g. 'pipx install " + example + "==<version>'";
      case GO:
        String module = example.substring(0, example.lastIndexOf('@'));
        return "pin a released version, e.g. 'go install " + module + "@v1.2.3'";
      case DNF:
        return "pin each package, e.g. '" + example + "-<version>' (" + call.program() + " list --showduplicates "
            + example + " lists the candidates)";
      case ZYPPER:
        return "pin each package, e.g. '" + example + "=<version>' (zypper search -s " + example
            + " lists the candidates)";
      default:
        return "pin each gem, e.g. '" + example + ":<version>' or -v <version>";
    }
  }
}
