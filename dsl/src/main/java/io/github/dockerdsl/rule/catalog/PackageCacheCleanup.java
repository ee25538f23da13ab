package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DF005: a package manager's index and download cache left in a layer add tens of megabytes to the
 * image and stay there even if a later RUN deletes them.
 */
public final class PackageCacheCleanup extends BaseRule {
  private static final Set<String> APT = Set.of("update", "install", "upgrade", "dist-upgrade", "full-upgrade",
      "build-dep", "reinstall", "safe-upgrade");
  private static final Set<String> APK = Set.of("add", "update", "upgrade");
  /** dnf's subcommands that download, with dnf's own aliases ({@code rei}, {@code up-min}, {@code mc}). */
  private static final Set<String> DNF = Set.of("install", "in", "groupinstall", "reinstall", "rei", "update",
      "upgrade", "up", "upgrade-minimal", "update-minimal", "up-min", "makecache", "mc", "distro-sync",
      "distrosync", "dsync", "localinstall", "swap", "builddep", "group", "module", "downgrade", "dg");
  /** yum is dnf on every release that has both (and dnf is dnf5 on Fedora 41), so their cleans count for each other. */
  private static final Set<String> DNF_ALIASES = Set.of("dnf", "dnf5", "yum");
  private static final Set<String> ZYPPER = Set.of("install", "in", "update", "up", "dist-upgrade", "dup", "patch",
      "refresh", "ref", "source-install", "si");
  /** The subcommands reported in preference to an index refresh in the same RUN. */
  private static final Set<String> INSTALLS = Set.of("install", "in", "add");
  private static final List<String> DNF_CACHES =
      List.of("/var/cache/dnf", "/var/cache/yum", "/var/cache/tdnf", "/var/cache/libdnf5");

  /** Creates the rule; use {@code Rules.PACKAGE_CACHE_CLEANUP}. */
  public PackageCacheCleanup() {
    super("DF005", "PackageCacheCleanup", Severity.ERROR,
        "Package installs remove the package index and cache in the same RUN, or keep them in a cache mount",
        seeAlso(List.of("DL3009", "DL3019", "DL3032", "DL3036", "DL3040"), List.of(),
            List.of("DS-0015", "DS-0019", "DS-0020", "DS-0025", "DS-0027"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      if (!entry.ships()) {
        continue;
      }
      List<SimpleCommand> commands = entry.commands();
      Map<Tools.Family, Tools.Call> offending = new EnumMap<>(Tools.Family.class);
      for (int i = 0; i < commands.size(); i++) {
        Tools.Call call = entry.calls().get(i);
        if (call != null && leavesCache(entry, commands, i, call)) {
          Tools.Call earlier = offending.get(call.family());
          if (earlier == null || !INSTALLS.contains(earlier.subcommand()) && INSTALLS.contains(call.subcommand())) {
            offending.put(call.family(), call);
          }
        }
      }
      for (Tools.Call call : offending.values()) {
        sink.report(entry.stage(), entry.instruction(), message(call), fix(context, call));
      }
    }
  }

  private static boolean leavesCache(RunScripts.Entry entry, List<SimpleCommand> commands, int at, Tools.Call call) {
    switch (call.family()) {
      case APT:
        return call.is(APT) && !entry.mounts("/var/lib/apt/lists") && !removedLater(commands, at, "/var/lib/apt/lists");
      case APK:
        return call.is(APK) && !call.hasLong("--no-cache") && !entry.mounts("/var/cache/apk")
            && !entry.mounts("/etc/apk/cache") && !removedLater(commands, at, "/var/cache/apk");
      case DNF:
        if (!call.is(DNF) || cleanedLater(commands, at, call, "all")) {
          return false;
        }
        for (String cache : DNF_CACHES) {
          if (entry.mounts(cache) || removedLater(commands, at, cache)) {
            return false;
          }
        }
        return true;
      case ZYPPER:
        return call.is(ZYPPER) && !cleanedLater(commands, at, call, null)
            && !entry.mounts("/var/cache/zypp") && !removedLater(commands, at, "/var/cache/zypp");
      default:
        return false;
    }
  }

  /** True when a later {@code rm} removes {@code path} or something inside it. */
  private static boolean removedLater(List<SimpleCommand> commands, int at, String path) {
    for (int i = at + 1; i < commands.size(); i++) {
      SimpleCommand c = commands.get(i);
      if (c.name().equals("rm")) {
        for (String arg : c.arguments()) {
          String target = RunScripts.trimSlash(arg);
          if (target.equals(path) || target.startsWith(path + "/")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when a later {@code dnf clean all} (or any {@code zypper clean}/{@code cc}) of the same tool
   * runs: {@code microdnf clean all} does not clean what dnf downloaded.
   */
  private static boolean cleanedLater(List<SimpleCommand> commands, int at, Tools.Call call, String operand) {
    Tools.Family family = call.family();
    for (int i = at + 1; i < commands.size(); i++) {
      Tools.Call later = Tools.read(commands.get(i));
      if (later != null && later.family() == family && sameTool(call, later)
          && (later.subcommand().equals("clean") || family == Tools.Family.ZYPPER && later.subcommand().equals("cc"))
          && (operand == null || later.operands().contains(operand))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameTool(Tools.Call a, Tools.Call b) {
    String x = a.command().name();
    String y = b.command().name();
    return x.equals(y) || DNF_ALIASES.contains(x) && DNF_ALIASES.contains(y);
  }

  static String message(Tools.Call call) {
    switch (call.family()) {
      case APT:
        return "'" + call.shown() + "' leaves the package lists in /var/lib/apt/lists in the image layer";
      case APK:
        return "'" + call.shown() + "' without --no-cache leaves the package index in /var/cache/apk in the image layer";
      case DNF:
        return "'" + call.shown() + "' without '" + call.program() + " clean all' leaves the package cache in "
            + "/var/cache in the image layer";
      default:
        return "'" + call.shown() + "' without 'zypper clean' leaves the package cache in /var/cache/zypp in the "
            + "image layer";
    }
  }

  private static String dnfCache(Tools.Call call) {
    switch (call.program()) {
      case "dnf":
      case "dnf5":
        return "/var/cache/dnf";
      case "tdnf":
        return "/var/cache/tdnf";
      default:
        return "/var/cache/yum";
    }
  }

  static String fix(RuleContext context, Tools.Call call) {
    switch (call.family()) {
      case APT:
        return "end the same RUN with '&& rm -rf /var/lib/apt/lists/*', or mount caches on /var/cache/apt and "
            + "/var/lib/apt: " + Fixes.pick(context, ".withMount(CacheMount.of(\"/var/lib/apt\").withSharing(Sharing.LOCKED))",
                "RUN --mount=type=cache,target=/var/lib/apt,sharing=locked");
      case APK:
        return "write 'apk add --no-cache ...', or mount a cache: " + Fixes.pick(context,
            ".withMount(CacheMount.of(\"/var/cache/apk\"))", "RUN --mount=type=cache,target=/var/cache/apk");
      case DNF:
        return "end the same RUN with '&& " + call.program() + " clean all', or mount a cache on " + dnfCache(call);
      default:
        return "end the same RUN with '&& zypper clean --all', or mount a cache on /var/cache/zypp";
    }
  }
}
