package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.List;

/** Checks shared by the instructions that take file paths. */
final class Paths {
  private Paths() {}

  static String check(String path, String subject) {
    Checks.checkNoControlCharacters(path, subject, "file names cannot hold line breaks or control characters");
    Checks.checkArgument(!path.isEmpty(), "%s is empty; give a path", subject);
    Checks.checkArgument(!Quoting.isSpace(path.charAt(0)) && !Quoting.isSpace(path.charAt(path.length() - 1)),
        "%s '%s' has leading or trailing whitespace; remove it", subject, path);
    return path;
  }

  static List<String> checkAll(List<String> paths, String subject) {
    List<String> copy = Checks.immutableList(paths, subject);
    // by index: an iterator per call (every COPY checks its sources and its, mostly no, exclude patterns) was not
    // scalar-replaced
    for (int i = 0; i < copy.size(); i++) {
      check(copy.get(i), subject);
    }
    return copy;
  }

  static List<String> checkPatterns(List<String> patterns) {
    List<String> copy = checkAll(patterns, "exclude pattern");
    if (copy.isEmpty()) {
      return copy;
    }
    for (String p : copy) {
      Checks.checkArgument(!hasSpace(p),
          "exclude pattern '%s' contains whitespace, which --exclude cannot hold; use a glob such as '*.md'", p);
    }
    for (String p : copy) {
      Checks.checkArgument(p.indexOf('"') < 0 && p.indexOf('\'') < 0,
          "exclude pattern '%s' contains a quote, which --exclude cannot hold; use a glob such as '*.md'", p);
      Checks.checkArgument(isAscii(p),
          "exclude pattern '%s' contains a non-ASCII character, which BuildKit reads byte by byte in a flag and "
              + "garbles or splits; use '?' or '*' in its place", p);
      java.util.Optional<String> why = BuildKitLexer.heredocLexError(p);
      if (why.isPresent()) {
        throw new IllegalArgumentException(String.format(
            "exclude pattern '%s' has a '$' BuildKit cannot read (%s); write variables as $NAME or ${NAME}",
            Quoting.visible(p), why.get()));
      }
    }
    return copy;
  }

  static void checkDestination(String destination, int sourceCount, String keyword) {
    check(destination, keyword.equals("COPY") ? "COPY destination" : keyword + " destination");
    if (sourceCount > 1 && !destination.endsWith("/") && !destination.endsWith("\\")) {
      throw new IllegalArgumentException(String.format(
          "%s destination '%s' must end with '/' when there are %d sources; write '%s/'",
          keyword, destination, sourceCount, destination));
    }
  }

  // loops, not chars() streams with lambdas: no lambda runs on a lint's path (docs/performance.md)
  private static boolean hasSpace(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (Quoting.isSpace(p.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
