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
import io.github.dockerdsl.internal.Checks;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
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
  /** DF004: CMD and ENTRYPOINT in exec form. */
  public static final Rule EXEC_FORM_COMMANDS = new ExecFormCommands();
  // Files, secrets, stages and variables (DF003, DF006-DF029) go here.
  /** DF003: ARG, ENV and LABEL hold no secrets, by name or by value. */
  public static final Rule SECRETS_IN_ARG_OR_ENV
      = new io.github.dockerdsl.rule.catalog.SecretsInArgOrEnv();
  /** DF006: ADD only for URLs, git and archives; COPY for local files. */
  public static final Rule COPY_NOT_ADD
      = new io.github.dockerdsl.rule.catalog.CopyNotAdd();
  /** DF007: WORKDIR paths are absolute. */
  public static final Rule ABSOLUTE_WORKDIR
      = new io.github.dockerdsl.rule.catalog.AbsoluteWorkdir();
  /** DF008: remote ADD sources are verified with a checksum. */
  public static final Rule REMOTE_ADD_CHECKSUM
      = new io.github.dockerdsl.rule.catalog.RemoteAddChecksum();
  /** DF009: credentials files are never copied into the image. */
  public static final Rule NO_SECRET_FILES_COPIED
      = new io.github.dockerdsl.rule.catalog.NoSecretFilesCopied();
  /** DF010: relative COPY and ADD destinations come after a WORKDIR. */
  public static final Rule RELATIVE_COPY_NEEDS_WORKDIR
      = new io.github.dockerdsl.rule.catalog.RelativeCopyNeedsWorkdir();
  /** DF011: COPY and ADD sources are not excluded by the .dockerignore (when the linter has one). */
  public static final Rule COPY_IGNORED_FILE = new io.github.dockerdsl.rule.catalog.CopyIgnoredFile();
  /** DF014: variables are defined by ARG or ENV before they are used. */
  public static final Rule UNDEFINED_VARIABLE
      = new io.github.dockerdsl.rule.catalog.UndefinedVariable();
  /** DF015: a final stage that exposes a port has a HEALTHCHECK. */
  public static final Rule HEALTHCHECK_IN_SERVICE_IMAGE
      = new io.github.dockerdsl.rule.catalog.HealthcheckInServiceImage();
  /** DF016: every stage is used by the final stage. */
  public static final Rule UNUSED_STAGE
      = new io.github.dockerdsl.rule.catalog.UnusedStage();
  /** DF017: COPY --from copies named paths, not a whole filesystem. */
  public static final Rule COPY_WHOLE_STAGE
      = new io.github.dockerdsl.rule.catalog.CopyWholeStage();
  /** DF018: USER on scratch or distroless is numeric. */
  public static final Rule NUMERIC_USER_ON_MINIMAL_BASE
      = new io.github.dockerdsl.rule.catalog.NumericUserOnMinimalBase();
  /** DF019: no MAINTAINER; use the OCI authors label. */
  public static final Rule MAINTAINER_DEPRECATED
      = new io.github.dockerdsl.rule.catalog.MaintainerDeprecated();
  /** DF020: one CMD, ENTRYPOINT and HEALTHCHECK per stage. */
  public static final Rule SINGLE_CMD_ENTRYPOINT_HEALTHCHECK
      = new io.github.dockerdsl.rule.catalog.SingleCmdEntrypointHealthcheck();
  /** DF021: EXPOSE lists valid container ports only. */
  public static final Rule EXPOSE_VALID_PORTS
      = new io.github.dockerdsl.rule.catalog.ExposeValidPorts();
  /** DF022: USER and --chown name users the stage creates or its base image has. */
  public static final Rule UNKNOWN_USER = new io.github.dockerdsl.rule.catalog.UnknownUser();
  /** DF023: a HEALTHCHECK on scratch or distroless runs a program that is there. */
  public static final Rule HEALTHCHECK_PROGRAM_MISSING
      = new io.github.dockerdsl.rule.catalog.HealthcheckProgramMissing();
  /** DF024: node_modules are not copied between glibc and musl stages (warning). */
  public static final Rule NODE_MODULES_ACROSS_LIBC = new io.github.dockerdsl.rule.catalog.NodeModulesAcrossLibc();
  /** DF029: secret file pointers (*_FILE, *_PATH) point into /run/secrets. */
  public static final Rule SECRET_FILE_OUTSIDE_RUN_SECRETS
      = new io.github.dockerdsl.rule.catalog.SecretFileOutsideRunSecrets();
  /** DF012: several sources go to a destination ending in '/'. */
  public static final Rule COPY_TO_DIRECTORY = new io.github.dockerdsl.rule.catalog.CopyToDirectory();
  /** DF013: COPY --from never names its own stage. */
  public static final Rule COPY_FROM_OWN_STAGE = new io.github.dockerdsl.rule.catalog.CopyFromOwnStage();
  /** DF025: COPY --from names an earlier stage or a tagged image (parsed files). */
  public static final Rule COPY_FROM_UNKNOWN_NAME = new io.github.dockerdsl.rule.catalog.CopyFromUnknownName();
  /** DF026: no FROM --platform=$TARGETPLATFORM, the default. */
  public static final Rule REDUNDANT_TARGET_PLATFORM = new io.github.dockerdsl.rule.catalog.RedundantTargetPlatform();
  /** DF027: FROM --platform uses a build arg, not a constant. */
  public static final Rule FROM_PLATFORM_CONSTANT = new io.github.dockerdsl.rule.catalog.FromPlatformConstant();
  /** DF028: FROM gives a valid image name with its build args' defaults. */
  public static final Rule INVALID_DEFAULT_ARG_IN_FROM = new io.github.dockerdsl.rule.catalog.InvalidDefaultArgInFrom();

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
  /** DF040: apt-get or apt-cache, not apt, in scripts (warning). */
  public static final Rule APT_GET_NOT_APT = new io.github.dockerdsl.rule.catalog.AptGetNotApt();
  /** DF041: yarn's cache does not stay in the layer (info). */
  public static final Rule YARN_CACHE_CLEAN = new io.github.dockerdsl.rule.catalog.YarnCacheClean();
  /** DF042: useradd with a high uid passes -l (warning). */
  public static final Rule USERADD_LOG_INIT = new io.github.dockerdsl.rule.catalog.UseraddLogInit();
  /** DF043: no SSH daemon, no port 22 (warning). */
  public static final Rule NO_SSHD = new io.github.dockerdsl.rule.catalog.NoSshd();
  /** DF044: apt-get update in the same RUN as the install (warning). */
  public static final Rule APT_UPDATE_IN_SAME_RUN = new io.github.dockerdsl.rule.catalog.AptUpdateInSameRun();
  /** DF045: no passwords set with chpasswd. */
  public static final Rule NO_CHPASSWD = new io.github.dockerdsl.rule.catalog.NoChpasswd();

  // Rules over parsed source facts (DF050-DF069) go here.
  /** DF050: instruction keywords in one consistent case. */
  public static final Rule CONSISTENT_INSTRUCTION_CASING
      = new io.github.dockerdsl.rule.catalog.ConsistentInstructionCasing();
  /** DF051: the AS of FROM in the case of FROM. */
  public static final Rule FROM_AS_CASING = new io.github.dockerdsl.rule.catalog.FromAsCasing();
  /** DF052: stage names written in lower case. */
  public static final Rule STAGE_NAME_CASING = new io.github.dockerdsl.rule.catalog.StageNameCasing();
  /** DF053: ENV and LABEL in key=value form. */
  public static final Rule LEGACY_KEY_VALUE_FORMAT = new io.github.dockerdsl.rule.catalog.LegacyKeyValueFormat();
  /** DF054: no empty lines inside line continuations. */
  public static final Rule NO_EMPTY_CONTINUATION = new io.github.dockerdsl.rule.catalog.NoEmptyContinuation();
  /** DF055: arguments that start with '[' are valid JSON arrays. */
  public static final Rule INVALID_JSON_ARRAY = new io.github.dockerdsl.rule.catalog.InvalidJsonArray();
  /** DF056: waiver comments are well-formed and name existing rules (reported by the linter). */
  public static final Rule WELL_FORMED_WAIVERS = new io.github.dockerdsl.rule.catalog.WellFormedWaivers();

  /** DF900: every suppression matches a finding. */
  public static final Rule UNUSED_SUPPRESSION = new UnusedSuppression();
  /** DF901: raw instructions need a reasoned suppression. */
  public static final Rule RAW_INSTRUCTION = new RawInstruction();

  /**
   * Every constant above, in code order: written out rather than found by reflection and sorted, since
   * reading 60 fields reflectively and sorting with a comparator lambda made up a fifth of building the
   * catalogue in a short process (docs/performance.md, fifth round). {@code RuleCatalogTest} checks
   * that the list and the constants agree.
   */
  private static final List<Rule> ALL = List.of(
      PINNED_BASE_IMAGE, NON_ROOT_FINAL_USER, SECRETS_IN_ARG_OR_ENV, EXEC_FORM_COMMANDS, PACKAGE_CACHE_CLEANUP,
      COPY_NOT_ADD, ABSOLUTE_WORKDIR, REMOTE_ADD_CHECKSUM, NO_SECRET_FILES_COPIED, RELATIVE_COPY_NEEDS_WORKDIR,
      COPY_IGNORED_FILE, COPY_TO_DIRECTORY, COPY_FROM_OWN_STAGE, UNDEFINED_VARIABLE, HEALTHCHECK_IN_SERVICE_IMAGE,
      UNUSED_STAGE, COPY_WHOLE_STAGE, NUMERIC_USER_ON_MINIMAL_BASE, MAINTAINER_DEPRECATED,
      SINGLE_CMD_ENTRYPOINT_HEALTHCHECK, EXPOSE_VALID_PORTS, UNKNOWN_USER, HEALTHCHECK_PROGRAM_MISSING,
      NODE_MODULES_ACROSS_LIBC, COPY_FROM_UNKNOWN_NAME, REDUNDANT_TARGET_PLATFORM, FROM_PLATFORM_CONSTANT,
      INVALID_DEFAULT_ARG_IN_FROM, SECRET_FILE_OUTSIDE_RUN_SECRETS, PACKAGE_MANAGER_NON_INTERACTIVE,
      APT_NO_INSTALL_RECOMMENDS, PIP_NO_CACHE_DIR, NO_SUDO, NO_TLS_BYPASS, PIPEFAIL_FOR_PIPES, WORKDIR_NOT_CD,
      CURL_OR_WGET, NO_DIST_UPGRADE, PIN_PACKAGE_VERSIONS, APT_GET_NOT_APT, YARN_CACHE_CLEAN, USERADD_LOG_INIT,
      NO_SSHD, APT_UPDATE_IN_SAME_RUN, NO_CHPASSWD, CONSISTENT_INSTRUCTION_CASING, FROM_AS_CASING,
      STAGE_NAME_CASING, LEGACY_KEY_VALUE_FORMAT, NO_EMPTY_CONTINUATION, INVALID_JSON_ARRAY, WELL_FORMED_WAIVERS,
      UNUSED_SUPPRESSION, RAW_INSTRUCTION);

  /** The constants' names, by rule code: read reflectively on first use, only code generators ask. */
  private static final class ConstantNames {
    static final Map<String, String> BY_CODE = new HashMap<>();

    static {
      for (Field f : Rules.class.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Rule.class) {
          try {
            BY_CODE.put(((Rule) f.get(null)).id().code(), f.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read rule constant " + f.getName(), e);
          }
        }
      }
    }
  }

  /**
   * The company-policy rules, off by default because they need configuration: DF070 allowed registries
   * and DF071 label schema, here unconfigured (they report nothing). Configure one and add it with
   * {@code Policy.strict().withRule(Rules.allowedRegistries(List.of("registry.acme.com")))}.
   */
  public static List<Rule> optIn() {
    return List.of(io.github.dockerdsl.rule.catalog.AllowedRegistries.of(List.of()),
        io.github.dockerdsl.rule.catalog.LabelSchema.of(Map.of()));
  }

  /**
   * DF070 AllowedRegistries configured, for a company policy: every image comes from one of these
   * registries (host names with an optional port, {@code docker.io}, or {@code *.acme.com}).
   *
   * @throws IllegalArgumentException naming an entry that is not a host
   */
  public static Rule allowedRegistries(List<String> registries) {
    return io.github.dockerdsl.rule.catalog.AllowedRegistries.of(registries);
  }

  /**
   * DF071 LabelSchema configured, for a company policy: the final image carries each label in its
   * format, one of {@code text}, {@code url}, {@code rfc3339}, {@code spdx}, {@code git-hash},
   * {@code semver} or {@code email}; {@code strict} also reports labels the schema does not name.
   *
   * @throws IllegalArgumentException naming a format that is not one of these
   */
  public static Rule labelSchema(Map<String, String> formats, boolean strict) {
    Checks.requireNonNull(formats, "formats");
    Map<String, io.github.dockerdsl.rule.catalog.LabelSchema.Type> schema = new LinkedHashMap<>();
    formats.forEach((label, format) -> schema.put(label, labelType(label, format)));
    var rule = io.github.dockerdsl.rule.catalog.LabelSchema.of(schema);
    return strict ? rule.strict() : rule;
  }

  private static io.github.dockerdsl.rule.catalog.LabelSchema.Type labelType(String label, String format) {
    List<String> allowed = new ArrayList<>();
    for (var type : io.github.dockerdsl.rule.catalog.LabelSchema.Type.values()) {
      String name = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      if (name.equals(format)) {
        return type;
      }
      allowed.add(name);
    }
    throw new IllegalArgumentException(String.format("format '%s' of label '%s' is not known; use one of %s",
        format, label, String.join(", ", allowed)));
  }

  /** Every built-in rule, ordered by code. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The built-in rule with this code, such as {@code DF001}. */
  public static Optional<Rule> byCode(String code) {
    for (Rule r : ALL) {
      if (r.id().code().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The name of the constant in this class that holds the rule, such as {@code PINNED_BASE_IMAGE}. */
  public static String constantName(Rule rule) {
    String name = ConstantNames.BY_CODE.get(rule.id().code());
    if (name == null) {
      throw new IllegalArgumentException(String.format("rule '%s' is not built in; only built-in rules have constants",
          rule.id()));
    }
    return name;
  }
}
