package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Sharing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A system package install in one layer: refresh the index, install without recommended packages or
 * documentation, and clean up in the same RUN, so no package index ends up in the image. With
 * {@link #withCacheMounts()} the caches live in BuildKit cache mounts instead, and nothing is cleaned.
 *
 * <pre>{@code
 * stage.run(PackageInstall.apt("ca-certificates", "curl").toRun());
 * // RUN apt-get update \
 * //     && apt-get install -y --no-install-recommends \
 * //         ca-certificates \
 * //         curl \
 * //     && rm -rf /var/lib/apt/lists/*
 * }</pre>
 *
 * @param manager the package manager of the base image
 * @param packages the packages in the manager's own syntax, pinned ones included ({@code curl=7.88.1-10});
 *     may be empty while being assembled, but not when turned into a RUN
 * @param cacheMounts whether to keep the manager's caches in cache mounts instead of cleaning them
 */
public record PackageInstall(Manager manager, List<String> packages, boolean cacheMounts) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+._:-]*");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+.~:_-]*");
  private static final String HINT = "package names use letters, digits and + . _ : - only, e.g. 'ca-certificates'";

  /** The package managers of the common base images. */
  public enum Manager {
    /** Debian and Ubuntu: {@code apt-get}. */
    APT,
    /** Alpine: {@code apk}. */
    APK,
    /** Fedora, RHEL, Rocky, Alma: {@code dnf}. */
    DNF,
    /** Minimal RHEL-family images (UBI minimal): {@code microdnf}. */
    MICRODNF
  }

  /** Checks each package: a plain name, or a pinned name in the manager's syntax. */
  public PackageInstall {
    Objects.requireNonNull(manager, "manager == null");
    packages = Checks.immutableList(packages, "packages");
    for (String spec : packages) {
      checkSpec(manager, spec);
    }
  }

  private static void checkSpec(Manager manager, String spec) {
    int eq = spec.indexOf('=');
    boolean versioned = eq >= 0 && (manager == Manager.APT || manager == Manager.APK);
    String name = versioned ? spec.substring(0, eq) : spec;
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(String.format("package '%s' is not a valid package name; %s",
          Quoting.visible(spec), HINT));
    }
    if (versioned) {
      checkVersion(spec.substring(eq + 1), name);
    }
  }

  private static void checkVersion(String version, String name) {
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException(String.format(
          "package version '%s' is not valid (in '%s'); versions use letters, digits and + . ~ : _ - only",
          Quoting.visible(version), Quoting.visible(name)));
    }
  }

  /** {@code apt-get update && apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/*}. */
  public static PackageInstall apt(String... packages) {
    return new PackageInstall(Manager.APT, Arrays.asList(packages), false);
  }

  /** {@code apk add --no-cache ...}. */
  public static PackageInstall apk(String... packages) {
    return new PackageInstall(Manager.APK, Arrays.asList(packages), false);
  }

  /** {@code dnf install -y --setopt=install_weak_deps=0 --nodocs ... && dnf clean all}. */
  public static PackageInstall dnf(String... packages) {
    return new PackageInstall(Manager.DNF, Arrays.asList(packages), false);
  }

  /** {@code microdnf install -y --setopt=install_weak_deps=0 --nodocs ... && microdnf clean all}. */
  public static PackageInstall microdnf(String... packages) {
    return new PackageInstall(Manager.MICRODNF, Arrays.asList(packages), false);
  }

  /** An install of these packages with any manager. */
  public static PackageInstall of(Manager manager, List<String> packages) {
    return new PackageInstall(manager, packages, false);
  }

  /** A copy with more packages, in the manager's syntax. */
  public PackageInstall withPackages(String... more) {
    List<String> all = new ArrayList<>(packages);
    all.addAll(Arrays.asList(more));
    return new PackageInstall(manager, all, cacheMounts);
  }

  /**
   * A copy with one more package pinned to a version, written the manager's way: {@code name=version}
   * for apt and apk ({@code curl=8.5.0-r0}), {@code name-version} for dnf and microdnf.
   */
  public PackageInstall withPinned(String name, String version) {
    Checks.requireNonNull(name, "name");
    Checks.requireNonNull(version, "version");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(String.format("package '%s' is not a valid package name; %s",
          Quoting.visible(name), HINT));
    }
    checkVersion(version, name);
    String separator = manager == Manager.APT || manager == Manager.APK ? "=" : "-";
    return withPackages(name + separator + version);
  }

  /**
   * A copy that keeps the manager's caches in cache mounts shared between builds ({@code sharing=locked}),
   * instead of downloading afresh and cleaning up every time.
   */
  public PackageInstall withCacheMounts() {
    return new PackageInstall(manager, packages, true);
  }

  /**
   * The RUN instruction that performs the install.
   *
   * @throws IllegalStateException if no package was named
   */
  public Run toRun() {
    Checks.checkState(!packages.isEmpty(), "%s install has no packages; name at least one",
        manager.name().toLowerCase(Locale.ROOT));
    List<String> lines = new ArrayList<>();
    List<CacheMount> mounts = new ArrayList<>();
    switch (manager) {
      case APT:
        if (cacheMounts) {
          mounts.add(locked("/var/cache/apt"));
          mounts.add(locked("/var/lib/apt"));
          lines.add("rm -f /etc/apt/apt.conf.d/docker-clean");
          lines.add("&& apt-get update");
        } else {
          lines.add("apt-get update");
        }
        install(lines, "&& apt-get install -y --no-install-recommends");
        if (!cacheMounts) {
          lines.add("&& rm -rf /var/lib/apt/lists/*");
        }
        break;
      case APK:
        if (cacheMounts) {
          mounts.add(locked("/var/cache/apk"));
          install(lines, "apk add --update-cache");
        } else {
          install(lines, "apk add --no-cache");
        }
        break;
      case DNF:
      case MICRODNF:
        String program = manager.name().toLowerCase(Locale.ROOT);
        if (cacheMounts) {
          mounts.add(locked(manager == Manager.DNF ? "/var/cache/dnf" : "/var/cache/yum"));
          install(lines, program + " install -y --setopt=install_weak_deps=0 --setopt=keepcache=1 --nodocs");
        } else {
          install(lines, program + " install -y --setopt=install_weak_deps=0 --nodocs");
          lines.add("&& " + program + " clean all");
        }
        break;
      default:
        throw new IllegalStateException("unknown package manager " + manager);
    }
    Run run = Run.of(Command.shellLines(lines));
    for (CacheMount m : mounts) {
      run = run.withMount(m);
    }
    return run;
  }

  /** One package goes on the install line; several go one per line, indented, so diffs stay small. */
  private void install(List<String> lines, String command) {
    if (packages.size() == 1) {
      lines.add(command + " " + packages.get(0));
      return;
    }
    lines.add(command);
    for (String p : packages) {
      lines.add("    " + p);
    }
  }

  private static CacheMount locked(String target) {
    return CacheMount.of(target).withSharing(Sharing.LOCKED);
  }

  /** The RUN this install renders to. */
  @Override
  public String toString() {
    return toRun().toString();
  }
}
