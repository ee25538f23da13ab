package io.github.dockerdsl.rule;

import io.github.dockerdsl.rule.catalog.AptNoInstallRecommends;
import io.github.dockerdsl.rule.catalog.CurlOrWget;
import io.github.dockerdsl.rule.catalog.ExecFormCommands;
import io.github.dockerdsl.rule.catalog.NoDistUpgrade;
import io.github.dockerdsl.rule.catalog.NoSudo;
import io.github.dockerdsl.rule.catalog.NoTlsBypass;
import io.github.dockerdsl.rule.catalog.PackageCacheCleanup;
import io.github.dockerdsl.rule.catalog.PackageManagerNonInteractive;
import io.github.dockerdsl.rule.catalog.PinPackageVersions;
import io.github.dockerdsl.rule.catalog.PipNoCacheDir;
import io.github.dockerdsl.rule.catalog.PipefailForPipes;
import io.github.dockerdsl.rule.catalog.WorkdirNotCd;
import io.github.dockerdsl.rule.catalog.NonRootFinalUser;
import io.github.dockerdsl.rule.catalog.PinnedBaseImage;
import io.github.dockerdsl.rule.catalog.RawInstruction;
import io.github.dockerdsl.rule.catalog.UnusedSuppression;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in rule catalogue, one constant per rule, for policies, suppressions and tools that list rules. */
public final class Rules {
  private Rules() {}

  /** DF001: base images carry a version tag or a digest. */
  public static final Rule PINNED_BASE_IMAGE = new PinnedBaseImage();
  /** DF002: the final stage runs as a non-root user. */
  public static final Rule NON_ROOT_FINAL_USER = new NonRootFinalUser();
  /** DF004: CMD, ENTRYPOINT and HEALTHCHECK in exec form. */
  public static final Rule EXEC_FORM_COMMANDS = new ExecFormCommands();
  // Files, secrets, stages and variables (DF003, DF006-DF029) go here.

  // Package managers and shell commands (DF005, DF030-DF049) go here.
  /** DF005: package installs leave no package index or cache in the layer. */
  public static final Rule PACKAGE_CACHE_CLEANUP = new PackageCacheCleanup();
  /** DF030: package managers run without confirmation prompts. */
  public static final Rule PACKAGE_MANAGER_NON_INTERACTIVE = new PackageManagerNonInteractive();
  /** DF031: apt-get install skips recommended packages. */
  public static final Rule APT_NO_INSTALL_RECOMMENDS = new AptNoInstallRecommends();
  /** DF032: pip install keeps no download cache in the layer. */
  public static final Rule PIP_NO_CACHE_DIR = new PipNoCacheDir();
  /** DF033: RUN does not use sudo. */
  public static final Rule NO_SUDO = new NoSudo();
  /** DF034: nothing turns off TLS certificate or package signature verification. */
  public static final Rule NO_TLS_BYPASS = new NoTlsBypass();
  /** DF035: a RUN with a pipe runs with pipefail (warning). */
  public static final Rule PIPEFAIL_FOR_PIPES = new PipefailForPipes();
  /** DF036: WORKDIR instead of cd in RUN (warning). */
  public static final Rule WORKDIR_NOT_CD = new WorkdirNotCd();
  /** DF037: curl or wget, not both (warning). */
  public static final Rule CURL_OR_WGET = new CurlOrWget();
  /** DF038: no upgrade of every package inside the image (warning). */
  public static final Rule NO_DIST_UPGRADE = new NoDistUpgrade();
  /** DF039: package installs pin versions (info). */
  public static final Rule PIN_PACKAGE_VERSIONS = new PinPackageVersions();

  // Rules over parsed source facts (DF050-DF069) go here.

  /** DF900: every suppression matches a finding. */
  public static final Rule UNUSED_SUPPRESSION = new UnusedSuppression();
  /** DF901: raw instructions need a reasoned suppression. */
  public static final Rule RAW_INSTRUCTION = new RawInstruction();

  private static final Map<String, String> CONSTANT_NAMES = new LinkedHashMap<>();
  private static final List<Rule> ALL = new ArrayList<>();

  static {
    for (Field f : Rules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Rule.class) {
        try {
          Rule rule = (Rule) f.get(null);
          CONSTANT_NAMES.put(rule.id().code(), f.getName());
          ALL.add(rule);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read rule constant " + f.getName(), e);
        }
      }
    }
    ALL.sort(Comparator.comparing(r -> r.id().code()));
  }

  /** Every built-in rule, ordered by code. */
  public static List<Rule> all() {
    return List.copyOf(ALL);
  }

  /** The built-in rule with this code, such as {@code DF001}. */
  public static Optional<Rule> byCode(String code) {
    return ALL.stream().filter(r -> r.id().code().equals(code)).findFirst();
  }

  /** The name of the constant in this class that holds the rule, such as {@code PINNED_BASE_IMAGE}. */
  public static String constantName(Rule rule) {
    String name = CONSTANT_NAMES.get(rule.id().code());
    if (name == null) {
      throw new IllegalArgumentException(String.format("rule '%s' is not built in; only built-in rules have constants",
          rule.id()));
    }
    return name;
  }
}
