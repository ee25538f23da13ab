package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.regex.Pattern;

/**
 * DF008: a download without a checksum is whatever the server returns today; a checksum makes the
 * build reproducible and refuses a tampered file.
 */
public final class RemoteAddChecksum extends BaseRule {
  /** Creates the rule; use {@code Rules.REMOTE_ADD_CHECKSUM}. */
  public RemoteAddChecksum() {
    super("DF008", "RemoteAddChecksum", Severity.WARNING,
        "ADD of a URL or git repository verifies it with --checksum (or a git commit hash)",
        SeeAlso.NONE);
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    next:
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (!(instruction instanceof Add) || ((Add) instruction).checksum().isPresent()) {
        continue next;
      }
      for (String source : ((Add) instruction).sources()) {
        if (FilePaths.isGit(source)) {
          if (!pinsCommit(source)) {
            sink.report(s, i, gitMessage(source), gitFix());
            continue next;
          }
        } else if (FilePaths.isUrl(source)) {
          sink.report(s, i, urlMessage(source), urlFix());
          continue next;
        }
      }
    }
  }

  /** True when the git reference after '#' is a full commit hash, which pins the content like a checksum. */
  private static boolean pinsCommit(String source) {
    int hash = source.lastIndexOf('#');
    if (hash < 0) {
      return false;
    }
    String ref = source.substring(hash + 1);
    int colon = ref.indexOf(':');
    if (colon >= 0) {
      ref = ref.substring(0, colon);
    }
    return Patterns.COMMIT.matcher(ref).matches();
  }

  /** The message for a URL. */
  static String urlMessage(String source) {
    return "ADD of '" + source + "' has no --checksum, so the build takes whatever the server sends, "
        + "and a changed or tampered file goes unnoticed";
  }

  /** The fix for a URL. */
  static String urlFix() {
    return "add .withChecksum(\"sha256:<64 hex>\") with the file's digest (sha256sum <file>); "
        + "the build then fails if the download differs";
  }

  /** The message for a git repository. */
  static String gitMessage(String source) {
    return "ADD of git repository '" + source + "' pins no commit, so a moved branch or tag changes the build";
  }

  /** The fix for a git repository. */
  static String gitFix() {
    return "add .withChecksum(\"<commit hash>\") so the build checks the commit the ref points to, "
        + "or reference the full commit hash after '#'";
  }

  /**
   * Compiled on first use, not when the rule is built: only findings and rare forms need them, and a
   * short process builds every rule at start, in the interpreter (docs/performance.md, fifth round).
   */
  private static final class Patterns {
    /** A full SHA-1 or SHA-256 commit hash; compiled once, as {@code String.matches} compiles on every call. */
    static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  }
}
