package io.github.dockerdsl.render.oracle;

import java.util.Random;

/**
 * Seeded hostile strings: a plausible value for the entry point (so many render) with fragments
 * spliced in: every kind of line break, both escape characters, quotes, {@code $} and
 * {@code ${...}} forms, heredoc markers, leading {@code --}, Unicode spaces, characters whose UTF-8
 * holds the bytes 0x85 or 0xA0, parser-directive text, JSON, surrogates and very long runs.
 */
final class Adversarial {
  private Adversarial() {}

  static final String[] FRAGMENTS = {
    // line breaks of every kind
    "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\f", "\n\n", "\nUSER root", "\nFROM evil",
    // escapes and quotes
    "\\", "`", "\\\n", "`\n", "\\\\", "\\\"", "\"", "'", "\\ ", "\\$", "`$", "\\'",
    // variables
    "$", "$X", "${", "${X}", "${X:-a}", "${X:-a b}", "${X:-\nUSER root}", "${X:+", "${#X}", "${X%%a}", "${X/a/b}",
    "${:}", "${}", "${X:?}", "$(id)", "${X:-${Y}}", "$$", "$1",
    // heredoc markers
    "<<EOF", "<<-EOF", "1<<EOF", "0<<X", "<<'EOF'", "<<\"EOF\"", "<< EOF", "<<", "<<<", "EOF", "<<E\"O\"F",
    // flags
    "--", "--network=host", "--security=insecure", "--from=alpine", "-- ", "--mount=type=bind,target=/",
    // Unicode spaces
    "\u00a0", "\u2007", "\u202f", "\u3000", "\u1680", "\u2000", "\u205f", "\ufeff", "\u00a0#", " ", "\t", "  ",
    // UTF-8 holding 0x85 or 0xA0 bytes: à Å ą Р † Š Ņ ठ
    "\u00e0", "\u00c5", "\u0105", "\u0420", "\u2020", "\u0160", "\u0145", "\u0920",
    // directives and comments
    "#", "# ", "syntax=evil/frontend", "escape=`", "check=skip=all", "#!", "dockerdsl:suppress DF001 -- x",
    // JSON and structure
    "[", "]", "[\"a\"]", "[]", "[1]", ",", "=", ":", "/", "@", "{", "}", ";", "|", "&&", "x y", "USER root",
    "RUN ", "ONBUILD ", "AS x",
    // other characters
    "\u0000", "\u0007", "\u007f", "\ud800", "\udc00", "\ud83d\ude00", "\u65e5\u672c", "\u00fc", "\u2713",
  };

  /** Plausible values, so most probes render some of their inputs. */
  static final String[] PLAIN = {
    "alpine:3.20", "ghcr.io/acme/app:1.2", "localhost:5000/team/app", "node:${NODE}-slim", "/app", "/usr/local/bin/",
    "app", "build", "10001", "app:app", "0644", "u+x", "linux/amd64", "$BUILDPLATFORM", "SIGTERM", "8080",
    "53/udp", "EOF", "echo hi", "make install", "curl", "1.2.3", "sha256:" + "a".repeat(64), "a.txt", "*.md",
    "src", "x", "HOME", "K", "org.opencontainers.image.title", "value", "/root/.npm", "npmrc", "TOKEN", "default",
    "reason given", "JSONArgsRecommended",
  };

  private static final String SAFE = "abcdefghijklmnopqrstuvwxyz0123456789._-/";

  /** One hostile string. */
  static String next(Random r) {
    int kind = r.nextInt(20);
    if (kind == 0) {
      return "";
    }
    if (kind == 1) {
      // very long: over BuildKit's 64 KiB line limit, or just under it
      String unit = r.nextBoolean() ? "a" : "\u00e0";
      int n = r.nextBoolean() ? 70_000 : 20_000 + r.nextInt(20_000);
      return unit.repeat(n / unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
    StringBuilder s = new StringBuilder();
    if (kind < 8) {
      s.append(PLAIN[r.nextInt(PLAIN.length)]);
    } else if (kind < 11) {
      for (int i = 1 + r.nextInt(10); i > 0; i--) {
        s.append(SAFE.charAt(r.nextInt(i == 0 ? 26 : SAFE.length())));
      }
    }
    int splices = kind < 4 ? 1 : 1 + r.nextInt(4);
    if (kind >= 14 && kind < 16) {
      splices = 0;
    }
    for (int i = 0; i < splices; i++) {
      String f;
      int pick = r.nextInt(10);
      if (pick < 7) {
        f = FRAGMENTS[r.nextInt(FRAGMENTS.length)];
      } else if (pick == 7) {
        f = String.valueOf((char) r.nextInt(0x80));
      } else if (pick == 8) {
        f = String.valueOf((char) (0x80 + r.nextInt(0x3000)));
      } else {
        f = PLAIN[r.nextInt(PLAIN.length)];
      }
      int at = r.nextInt(4) == 0 ? 0 : r.nextInt(4) == 0 ? s.length() : r.nextInt(s.length() + 1);
      if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
        at++;
      }
      s.insert(at, f);
    }
    if (kind >= 14 && kind < 16) {
      s.append(PLAIN[r.nextInt(PLAIN.length)]);
    }
    return s.toString();
  }
}
