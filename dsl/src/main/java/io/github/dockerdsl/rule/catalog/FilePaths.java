package io.github.dockerdsl.rule.catalog;

import java.util.List;
import java.util.Locale;

/** Path facts the file rules share: remote sources, archives, absolute destinations, file names. */
final class FilePaths {
  private static final List<String> ARCHIVE_SUFFIXES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz",
      ".tbz2", ".tb2", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.lz", ".tlz", ".tar.lzma", ".tar.z", ".taz",
      ".gz", ".bz2", ".xz", ".zst", ".lz", ".lzma", ".z");

  private FilePaths() {}

  /** True for an http(s) URL. */
  static boolean isUrl(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** True for a git repository: {@code git@...}, {@code git://}, {@code ssh://}, or a URL ending in {@code .git}. */
  static boolean isGit(String source) {
    return source.startsWith("git@") || source.startsWith("git://") || source.startsWith("ssh://")
        || source.endsWith(".git") || source.contains(".git#");
  }

  /** True for a source that is not in the build context. */
  static boolean isRemote(String source) {
    return isUrl(source) || isGit(source);
  }

  /** True for a local file that ADD unpacks: a tar archive, plain or compressed. */
  static boolean isArchive(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    for (String suffix : ARCHIVE_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The path as BuildKit reads it after removing shell quotes: {@code "/srv/app"} and {@code '/srv/app'}
   * are {@code /srv/app}. Backslashes stay as written (Windows paths use them), and variables are kept.
   */
  static String unquoted(String path) {
    if (path.indexOf('"') < 0 && path.indexOf('\'') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length());
    char quote = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      } else if (c == '\\' && quote != '\'' && i + 1 < path.length()
          && (path.charAt(i + 1) == '"' || path.charAt(i + 1) == '\'')) {
        out.append(path.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True for a path that does not depend on the WORKDIR: {@code /...}, a variable, or a Windows drive;
   * shell quotes around it are read as BuildKit reads them.
   */
  static boolean isAbsolute(String written) {
    String path = unquoted(written);
    return path.startsWith("/") || path.startsWith("\\") || path.startsWith("$")
        || path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
            && (path.charAt(2) == '/' || path.charAt(2) == '\\');
  }

  /** The last component of a path, without trailing slashes: {@code config/.npmrc} gives {@code .npmrc}. */
  static String fileName(String path) {
    String trimmed = path;
    while (trimmed.length() > 1 && (trimmed.endsWith("/") || trimmed.endsWith("\\"))) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    return slash < 0 ? trimmed : trimmed.substring(slash + 1);
  }

  /** The path with '\' as '/', without a leading "./" and trailing slashes, for suffix tests. */
  static String normalized(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
