package io.github.dockerdsl.rule.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Finds credentials by their shape in a value: cloud keys, tokens, private keys, JWTs and URLs with
 * a password. Hand-written scanners, linear in the value's length, so no input can make them slow.
 */
final class SecretValues {
  private static final List<String> GITHUB_PREFIXES = List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_");
  /** Slack's token prefixes, in the order they are tried: built once, not concatenated for every value. */
  private static final List<String> SLACK_PREFIXES = List.of("xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-");
  private static final List<String> AWS_PREFIXES = List.of("AKIA", "ASIA");

  private SecretValues() {}

  /**
   * A credential found in a value.
   *
   * @param kind what it is, for the message, e.g. {@code an AWS access key id}
   * @param shown the value as the message may show it, masked
   */
  record Match(String kind, String shown) {}

  /** The first credential in the value, if any. */
  static Optional<Match> find(String value) {
    Optional<Match> m = aws(value);
    if (m.isEmpty()) {
      m = prefixed(value);
    }
    if (m.isEmpty()) {
      m = pem(value);
    }
    if (m.isEmpty()) {
      m = jwt(value);
    }
    if (m.isEmpty()) {
      m = urlWithPassword(value);
    }
    return m;
  }

  private static Optional<Match> aws(String value) {
    for (int p = 0; p < AWS_PREFIXES.size(); p++) {
      String prefix = AWS_PREFIXES.get(p);
      for (int at = value.indexOf(prefix); at >= 0; at = value.indexOf(prefix, at + 1)) {
        int end = at + 4 + run(value, at + 4, 17, UPPER | DIGIT);
        if (end - at == 20 && boundaryBefore(value, at) && !isAlnum(charAt(value, end))) {
          return Optional.of(new Match("an AWS access key id", SecretNames.mask(value.substring(at, end))));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> prefixed(String value) {
    // every prefix below holds a '_' or a '-': a value with neither has none of them
    if (value.indexOf('_') < 0 && value.indexOf('-') < 0) {
      return Optional.empty();
    }
    for (int p = 0; p < GITHUB_PREFIXES.size(); p++) {
      Optional<Match> m = token(value, GITHUB_PREFIXES.get(p), 36, ALNUM, "a GitHub token");
      if (m.isPresent()) {
        return m;
      }
    }
    Optional<Match> m = token(value, "github_pat_", 22, ALNUM | UNDERSCORE, "a GitHub token");
    if (m.isEmpty()) {
      m = token(value, "glpat-", 20, ALNUM | UNDERSCORE | DASH, "a GitLab token");
    }
    for (int p = 0; p < SLACK_PREFIXES.size() && m.isEmpty(); p++) {
      m = token(value, SLACK_PREFIXES.get(p), 10, ALNUM | DASH, "a Slack token");
    }
    if (m.isEmpty()) {
      m = token(value, "sk_live_", 16, ALNUM, "a Stripe secret key");
    }
    if (m.isEmpty()) {
      m = token(value, "rk_live_", 16, ALNUM, "a Stripe restricted key");
    }
    if (m.isEmpty()) {
      m = token(value, "npm_", 36, ALNUM, "an npm token");
    }
    return m;
  }

  private static Optional<Match> token(String value, String prefix, int minimum, int body, String kind) {
    for (int at = value.indexOf(prefix); at >= 0; at = value.indexOf(prefix, at + 1)) {
      int length = run(value, at + prefix.length(), minimum, body);
      if (length >= minimum && boundaryBefore(value, at)) {
        return Optional.of(new Match(kind, SecretNames.mask(value.substring(at, at + prefix.length() + length))));
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> pem(String value) {
    int begin = value.indexOf("-----BEGIN ");
    if (begin >= 0) {
      int end = value.indexOf("PRIVATE KEY-----", begin);
      if (end >= 0) {
        return Optional.of(new Match("a PEM private key", value.substring(begin, end + 16)));
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> jwt(String value) {
    int at = value.indexOf("eyJ");
    while (at >= 0) {
      // Every later "eyJ" inside this run ends where this one ends, so it cannot do better: skip the run.
      int header = run(value, at, Integer.MAX_VALUE, BASE64URL);
      int next = value.indexOf("eyJ", at + header);
      int payloadStart = at + header + 1;
      if (!boundaryBefore(value, at) || header < 10 || charAt(value, at + header) != '.') {
        at = next;
        continue;
      }
      int payload = run(value, payloadStart, Integer.MAX_VALUE, BASE64URL);
      int signatureStart = payloadStart + payload + 1;
      int signature = charAt(value, payloadStart + payload) == '.'
          ? run(value, signatureStart, Integer.MAX_VALUE, BASE64URL) : 0;
      if (payload < 2 || signature < 2) {
        at = next;
      } else {
        return Optional.of(new Match("a JSON Web Token",
            SecretNames.mask(value.substring(at, signatureStart + signature))));
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> urlWithPassword(String value) {
    for (int sep = value.indexOf("://"); sep >= 0; sep = value.indexOf("://", sep + 1)) {
      int schemeStart = sep;
      while (schemeStart > 0 && isSchemeChar(value.charAt(schemeStart - 1))) {
        schemeStart--;
      }
      if (schemeStart == sep || !Character.isLetter(value.charAt(schemeStart))) {
        continue;
      }
      int authorityStart = sep + 3;
      int authorityEnd = authorityStart;
      while (authorityEnd < value.length() && "/?# \t\"'".indexOf(value.charAt(authorityEnd)) < 0) {
        authorityEnd++;
      }
      int at = -1;
      int colon = -1;
      for (int i = authorityStart; i < authorityEnd; i++) {
        char c = value.charAt(i);
        if (c == '@') {
          at = i;
        } else if (c == ':' && colon < 0) {
          colon = i;
        }
      }
      if (at < 0 || colon < 0 || colon >= at - 1) {
        continue;
      }
      String shown = value.substring(schemeStart, colon + 1) + "****" + value.substring(at, authorityEnd);
      return Optional.of(new Match("a URL with an embedded password", shown));
    }
    return Optional.empty();
  }

  /**
   * How many characters from {@code from} are in the classes, counting no further than {@code max}. Classes
   * as bits, not a predicate lambda per token kind: a short process linked seven lambda classes here for
   * every file with an ARG, ENV or LABEL value (docs/performance.md, fifth round).
   */
  private static int run(String value, int from, int max, int classes) {
    int i = from;
    while (i < value.length() && i - from < max && in(value.charAt(i), classes)) {
      i++;
    }
    return i - from;
  }

  private static boolean boundaryBefore(String value, int at) {
    return at == 0 || !isAlnum(value.charAt(at - 1)) && value.charAt(at - 1) != '_';
  }

  private static char charAt(String value, int index) {
    return index < value.length() ? value.charAt(index) : ' ';
  }

  private static boolean isAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static final int UPPER = 1;
  private static final int LOWER = 2;
  private static final int DIGIT = 4;
  private static final int UNDERSCORE = 8;
  private static final int DASH = 16;
  private static final int ALNUM = UPPER | LOWER | DIGIT;
  private static final int BASE64URL = ALNUM | DASH | UNDERSCORE;

  private static boolean in(char c, int classes) {
    return (classes & UPPER) != 0 && c >= 'A' && c <= 'Z' || (classes & LOWER) != 0 && c >= 'a' && c <= 'z'
        || (classes & DIGIT) != 0 && c >= '0' && c <= '9' || (classes & UNDERSCORE) != 0 && c == '_'
        || (classes & DASH) != 0 && c == '-';
  }

  private static boolean isSchemeChar(char c) {
    return isAlnum(c) || c == '+' || c == '.' || c == '-';
  }
}
