package io.github.dockerdsl.rule.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a variable name names a secret, by whole tokens rather than substrings, so that
 * {@code GITHUB_TOKEN} and {@code githubToken} are caught while {@code MONKEY} and {@code KEYCLOAK_URL} are not.
 */
final class SecretNames {
  /** BuildKit's deny tokens (SecretsUsedInArgOrEnv) plus Trivy's usr/psw and hadolint's private/username. */
  static final Set<String> DENY_TOKENS = Set.of("apikey", "auth", "credential", "credentials", "key", "password",
      "pword", "passwd", "secret", "token", "usr", "psw", "private", "username", "passphrase");

  /**
   * hadolint's knownSensitiveNames (DL3064) and Trivy's default_envs (DS-0031), upper case. Left out:
   * TRAVIS_OS_NAME, TRAVIS_SUDO, TRAVIS_SECURE_ENV_VARS and STRIPE_DEVICE_NAME, which describe the
   * CI machine and hold no secret.
   */
  static final Set<String> KNOWN_NAMES = Set.of("ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN",
      "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
      "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD",
      "CI_DEPLOY_USER", "DIGITALOCEAN_ACCESS_TOKEN", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL", "DOCKER_PASSWORD",
      "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN",
      "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN",
      "GITHUB_TOKEN", "GOOGLE_API_KEY", "HEROKU_API_KEY", "HEROKU_API_USER", "HF_TOKEN", "LANGCHAIN_API_KEY",
      "LANGSMITH_API_KEY", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL",
      "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY", "OS_PASSWORD",
      "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY", "VAULT_CLIENT_KEY", "VAULT_TOKEN");

  /** Trivy also counts its default names behind these front-end build prefixes. */
  private static final List<String> BUNDLER_PREFIXES = List.of("VITE_", "REACT_APP_");

  /** Known false positives: public key fingerprints that official images (python, ...) set as GPG_KEY. */
  private static final Set<String> ALLOWED_NAMES = Set.of("GPG_KEY", "GPG_KEYS");

  /** Names that point at a credentials file without ending in FILE or PATH. */
  private static final Set<String> POINTER_NAMES = Set.of("GOOGLE_APPLICATION_CREDENTIALS");

  private SecretNames() {}

  /** The name split on '_', '-', '.' and camelCase boundaries, lower case: {@code githubAPIToken} gives github, api, token. */
  static List<String> tokens(String name) {
    return isAscii(name) ? asciiTokens(name) : anyTokens(name);
  }

  /** {@link #tokens} for any name, a character at a time. */
  static List<String> anyTokens(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || c == '.') {
        flush(current, out);
        continue;
      }
      if (Character.isUpperCase(c) && current.length() > 0) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(previous) || Character.isDigit(previous)
            || Character.isUpperCase(previous) && nextIsLower) {
          flush(current, out);
        }
      }
      current.append(c);
    }
    flush(current, out);
    return out;
  }

  /**
   * {@link #tokens} for a name of ASCII characters only, where lower-casing the whole name first gives
   * each token's lower case at the same offsets: each token is then one substring of it, not a builder's
   * string and its lower-cased copy (every ARG, ENV and LABEL name of a file is split, most twice).
   */
  static List<String> asciiTokens(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || c == '.') {
        if (i > start) {
          out.add(lower.substring(start, i));
        }
        start = i + 1;
        continue;
      }
      if (c >= 'A' && c <= 'Z' && i > start) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && isAsciiLower(name.charAt(i + 1));
        if (isAsciiLower(previous) || previous >= '0' && previous <= '9'
            || previous >= 'A' && previous <= 'Z' && nextIsLower) {
          out.add(lower.substring(start, i));
          start = i;
        }
      }
    }
    if (name.length() > start) {
      out.add(lower.substring(start));
    }
    return out;
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString().toLowerCase(Locale.ROOT));
      current.setLength(0);
    }
  }

  /** True for allow-listed names, names with a 'public' or 'version' token, and {@code *_FINGERPRINT}. */
  private static boolean isAllowed(String upper, List<String> tokens) {
    if (ALLOWED_NAMES.contains(upper)) {
      return true;
    }
    return tokens.contains("public") || tokens.contains("version")
        || !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("fingerprint");
  }

  /** True when the name holds a path to a file rather than a value: {@code *_FILE}, {@code *_PATH}. */
  private static boolean isPointer(String upper, List<String> tokens) {
    if (POINTER_NAMES.contains(upper)) {
      return true;
    }
    if (tokens.size() < 2) {
      return false;
    }
    String last = tokens.get(tokens.size() - 1);
    return last.equals("file") || last.equals("path");
  }

  // the name is upper-cased and split into tokens once per question: every ARG, ENV and LABEL of a
  // file is asked, and doing both three times over was a twentieth of linting it

  /**
   * Why the name is a secret's name, e.g. {@code its name holds the word 'token'}; empty when it is
   * not, and for allowed names and file pointers (see {@link #pointerReason}).
   */
  static Optional<String> secretReason(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    List<String> tokens = tokens(name);
    if (isAllowed(upper, tokens) || isPointer(upper, tokens)) {
      return Optional.empty();
    }
    return reason(upper, tokens);
  }

  /** Why a pointer name points at a secret file, e.g. {@code its name holds the word 'password'}. */
  static Optional<String> pointerReason(String name) {
    // an ASCII name is a pointer only when its last token is file or path (so it ends in one, in any
    // case, before any trailing '_', '-' or '.') or it is a pointer name: answered without splitting it,
    // as most names are not
    int end = name.length();
    while (end > 0 && isSeparator(name.charAt(end - 1))) {
      end--;
    }
    if (isAscii(name) && !endsWithIgnoreCase(name, end, "file") && !endsWithIgnoreCase(name, end, "path")
        && !POINTER_NAMES.contains(name.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return pointerReasonOfTokens(name);
  }

  /** {@link #pointerReason} from the name's tokens, for every name. */
  static Optional<String> pointerReasonOfTokens(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    List<String> tokens = tokens(name);
    if (isAllowed(upper, tokens) || !isPointer(upper, tokens)) {
      return Optional.empty();
    }
    if (POINTER_NAMES.contains(upper)) {
      return Optional.of("it names a credentials file");
    }
    return reason(upper, tokens.subList(0, tokens.size() - 1));
  }

  /** True when the first {@code end} characters of the name end in {@code suffix}, in any case. */
  private static boolean endsWithIgnoreCase(String name, int end, String suffix) {
    return name.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
  }

  private static boolean isSeparator(char c) {
    return c == '_' || c == '-' || c == '.';
  }

  private static Optional<String> reason(String upper, List<String> tokens) {
    if (isKnown(upper)) {
      return Optional.of("it is a well-known name for a secret");
    }
    for (String token : tokens) {
      if (DENY_TOKENS.contains(token)) {
        return Optional.of("its name holds the word '" + token + "'");
      }
    }
    return Optional.empty();
  }

  private static boolean isKnown(String upper) {
    if (KNOWN_NAMES.contains(upper)) {
      return true;
    }
    for (String prefix : BUNDLER_PREFIXES) {
      if (upper.startsWith(prefix) && KNOWN_NAMES.contains(upper.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** True when a file pointer's value is a secret mount location, where secrets belong. */
  static boolean isSecretLocation(String value) {
    return value.startsWith("/run/secrets/");
  }

  /** A secret shown for a message: the first four characters, the rest masked. */
  static String mask(String secret) {
    int shown = Math.min(4, secret.length() / 2);
    return secret.substring(0, shown) + "*".repeat(Math.min(12, Math.max(4, secret.length() - shown)));
  }

  /** The secret id a fix suggests for a variable: its name in lower case. */
  static String secretId(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
