package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Scratch;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What well-known base images contain, for rules that must know whether a user, a program or a C
 * library is there: the users and groups of Debian and Alpine images and of the official images built
 * on them, the programs of distroless images, and which C library an image links against. Images it
 * does not know are never judged.
 */
final class ImageFamilies {
  private ImageFamilies() {}

  /** The C library binaries in the image were built against. */
  enum Libc { GLIBC, MUSL }

  /** Users in Debian's base-passwd, which every Debian and Ubuntu image has. */
  private static final Set<String> DEBIAN_USERS = Set.of("root", "daemon", "bin", "sys", "sync", "games", "man",
      "lp", "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "_apt");
  /** Groups in Debian's base-passwd. */
  private static final Set<String> DEBIAN_GROUPS = Set.of("root", "daemon", "bin", "sys", "adm", "tty", "disk",
      "lp", "mail", "news", "uucp", "man", "proxy", "kmem", "dialout", "fax", "voice", "cdrom", "floppy", "tape",
      "sudo", "audio", "dip", "www-data", "backup", "operator", "list", "irc", "src", "gnats", "shadow", "utmp",
      "video", "sasl", "plugdev", "staff", "games", "users", "nogroup");
  /** Users in Alpine's /etc/passwd. */
  private static final Set<String> ALPINE_USERS = Set.of("root", "bin", "daemon", "adm", "lp", "sync", "shutdown",
      "halt", "mail", "news", "uucp", "operator", "man", "postmaster", "cron", "ftp", "sshd", "at", "squid", "xfs",
      "games", "cyrus", "vpopmail", "ntp", "smmsp", "guest", "nobody");
  /** Groups in Alpine's /etc/group. */
  private static final Set<String> ALPINE_GROUPS = Set.of("root", "bin", "daemon", "sys", "adm", "tty", "disk",
      "lp", "mem", "kmem", "wheel", "floppy", "mail", "news", "uucp", "man", "cron", "console", "audio", "cdrom",
      "dialout", "ftp", "sshd", "input", "at", "tape", "video", "netdev", "readproc", "squid", "xfs", "kvm", "games",
      "shadow", "cdrw", "www-data", "usb", "vpopmail", "users", "ntp", "nofiles", "smmsp", "locate", "abuild",
      "utmp", "ping", "nogroup", "nobody");
  /** Official images on Debian or Ubuntu (unless an alpine tag says otherwise), with the users they add. */
  private static final Map<String, Set<String>> DEBIAN_BASED = Map.ofEntries(
      Map.entry("debian", Set.of()), Map.entry("ubuntu", Set.of("ubuntu")), Map.entry("node", Set.of("node")),
      Map.entry("python", Set.of()), Map.entry("golang", Set.of()), Map.entry("eclipse-temurin", Set.of("ubuntu")),
      Map.entry("maven", Set.of("ubuntu")), Map.entry("gradle", Set.of("gradle", "ubuntu")),
      Map.entry("openjdk", Set.of()), Map.entry("ruby", Set.of()), Map.entry("rust", Set.of()),
      Map.entry("php", Set.of()), Map.entry("nginx", Set.of("nginx")), Map.entry("httpd", Set.of()),
      Map.entry("postgres", Set.of("postgres")), Map.entry("redis", Set.of("redis")),
      Map.entry("buildpack-deps", Set.of()));
  /** Official Alpine-based images (and alpine tags of the above), with the users they add. */
  private static final Map<String, Set<String>> ALPINE_EXTRAS = Map.of("node", Set.of("node"),
      "nginx", Set.of("nginx"), "postgres", Set.of("postgres"), "redis", Set.of("redis"));

  /**
   * Each image's users and groups, its family's and its own, put together once rather than copied for
   * every stage that names a user; in a holder, so files without a USER or {@code --chown} never build them.
   */
  private static final class Names {
    static final Map<String, Set<String>> DEBIAN_IMAGE_USERS = byImage(DEBIAN_USERS, DEBIAN_BASED);
    static final Map<String, Set<String>> DEBIAN_IMAGE_GROUPS = byImage(DEBIAN_GROUPS, DEBIAN_BASED);
    static final Map<String, Set<String>> ALPINE_IMAGE_USERS = byImage(ALPINE_USERS, ALPINE_EXTRAS);
    static final Map<String, Set<String>> ALPINE_IMAGE_GROUPS = byImage(ALPINE_GROUPS, ALPINE_EXTRAS);

    private static Map<String, Set<String>> byImage(Set<String> family, Map<String, Set<String>> own) {
      Map<String, Set<String>> out = new HashMap<>();
      for (Map.Entry<String, Set<String>> e : own.entrySet()) { // a loop: no lambda on a lint's path
        Set<String> all = new HashSet<>(family);
        all.addAll(e.getValue());
        out.put(e.getKey(), Set.copyOf(all));
      }
      return Map.copyOf(out);
    }
  }

  /** The image's name without registry and namespace: {@code node} for {@code registry/dockerhub/library/node}. */
  static String name(ImageRef image) {
    String repository = image.repository();
    return repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean alpine(ImageRef image) {
    return name(image).equals("alpine") || image.tag().orElse("").toLowerCase(Locale.ROOT).contains("alpine");
  }

  /** True for Google's distroless images, which have no shell and no package manager. */
  static boolean isDistroless(BaseImage base) {
    return base instanceof ImageRef image && image.repository().contains("distroless");
  }

  /** True for distroless {@code :debug} tags, which add a busybox shell. */
  static boolean isDistrolessDebug(BaseImage base) {
    return isDistroless(base) && ((ImageRef) base).tag().orElse("").contains("debug");
  }

  /** The users the image family defines, when it is a family we know. */
  static Optional<Set<String>> users(BaseImage base) {
    return names(base, Names.DEBIAN_IMAGE_USERS, ALPINE_USERS, Names.ALPINE_IMAGE_USERS);
  }

  /** The groups the image family defines, when it is a family we know (the images' own users have groups). */
  static Optional<Set<String>> groups(BaseImage base) {
    return names(base, Names.DEBIAN_IMAGE_GROUPS, ALPINE_GROUPS, Names.ALPINE_IMAGE_GROUPS);
  }

  private static Optional<Set<String>> names(BaseImage base, Map<String, Set<String>> debian, Set<String> alpineFamily,
      Map<String, Set<String>> alpine) {
    if (!(base instanceof ImageRef image) || isDistroless(base)) {
      return Optional.empty();
    }
    String name = name(image);
    if (alpine(image)) {
      return Optional.of(alpine.getOrDefault(name, alpineFamily));
    }
    return Optional.ofNullable(debian.get(name));
  }

  /** The C library of the image, when we know it; scratch has none. */
  static Optional<Libc> libc(BaseImage base) {
    if (!(base instanceof ImageRef image)) {
      return Optional.empty();
    }
    if (alpine(image)) {
      return Optional.of(Libc.MUSL);
    }
    return isDistroless(base) || DEBIAN_BASED.containsKey(name(image)) ? Optional.of(Libc.GLIBC) : Optional.empty();
  }

  /** The programs a distroless image ships, by file name: its language runtime, nothing else. */
  static Set<String> distrolessPrograms(ImageRef image) {
    String repository = image.repository();
    if (repository.contains("java")) {
      return Set.of("java");
    }
    if (repository.contains("nodejs")) {
      return Set.of("node");
    }
    if (repository.contains("python")) {
      return Set.of("python3", "python");
    }
    return Set.of();
  }

  /** For messages: {@code 'node:20-alpine' (musl)}. */
  static String describe(BaseImage base) {
    return base instanceof Scratch ? "scratch" : "'" + base + "'";
  }
}
