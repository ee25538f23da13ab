package io.github.dockerdsl.mount;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.Optional;

/** A {@code RUN --mount}: files made available to one RUN and never stored in the image. */
public sealed interface Mount permits BindMount, CacheMount, TmpfsMount, SecretMount, SshMount {

  /** The mount point inside the container, when it has one. */
  Optional<String> targetPath();

  /**
   * Checks a mount option value: it is written inside a comma-separated list, so commas, quotes,
   * whitespace and control characters cannot be expressed safely.
   */
  static String checkOption(String value, String option) {
    if (value == null) {
      // the message only when it is thrown: every option of every mount is checked
      throw new NullPointerException(option + " == null");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(String.format("mount option %s is empty; give it a value", option));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\'' || c == '=' || Quoting.isSpace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(String.format(
            "mount option %s '%s' contains '%s', which cannot be written in a --mount flag; "
                + "use a value without commas, quotes, '=' or whitespace",
            option, Quoting.visible(value), Quoting.visible(String.valueOf(c))));
      }
      if (c >= 0x80) {
        throw new IllegalArgumentException(String.format(
            "mount option %s '%s' contains the non-ASCII character '%s', which BuildKit reads byte by byte in a "
                + "--mount flag and garbles or splits; use ASCII in mount options",
            option, Quoting.visible(value), new String(Character.toChars(value.codePointAt(i)))));
      }
    }
    if (BuildKitLexer.mayFailToLex(value)) {
      checkVariables(value, "mount option " + option);
    }
    return value;
  }

  /**
   * Refuses a {@code $} BuildKit cannot lex, such as {@code ${#X}} or an unclosed <code>${</code>: on a
   * heredoc RUN it would hide the heredoc from BuildKit, and elsewhere it fails the build.
   */
  static void checkVariables(String value, String subject) {
    // if-present, not ifPresent(lambda), here and below: every mount of a lint is checked (docs/performance.md)
    Optional<String> why = BuildKitLexer.heredocLexError(value);
    if (why.isPresent()) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' has a '$' BuildKit cannot read (%s); write variables as $NAME or ${NAME}",
          subject, Quoting.visible(value), why.get()));
    }
  }

  /** Checks that an id for uid or gid is not negative. */
  static Optional<Integer> checkId(Optional<Integer> id, String option) {
    Checks.requireNonNull(id, option);
    if (id.isPresent() && id.get() < 0) {
      throw new IllegalArgumentException(String.format("mount option %s '%d' is negative; ids are 0 or more", option,
          id.get()));
    }
    return id;
  }

  /**
   * Checks a mount point; a relative one (such as {@code package.json}) is resolved against the
   * working directory, as BuildKit does.
   */
  static String checkTarget(String target, String type) {
    checkOption(target, "target");
    return target;
  }

  /** A cache mount for a package manager's download cache. */
  static CacheMount cache(String target) {
    return CacheMount.of(target);
  }

  /** A secret mount exposed as a file under {@code /run/secrets/<id>}. */
  static SecretMount secret(String id) {
    return SecretMount.of(id);
  }

  /** A read-only bind mount of the build context or another stage. */
  static BindMount bind(String target) {
    return BindMount.of(target);
  }

  /** A tmpfs mount. */
  static TmpfsMount tmpfs(String target) {
    return TmpfsMount.of(target);
  }

  /** The default SSH agent socket. */
  static SshMount ssh() {
    return SshMount.DEFAULT;
  }
}
