package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DF029: a variable such as {@code DB_PASSWORD_FILE} is the right way to hand a secret to a program,
 * but only when it points at a secret mount; a path elsewhere means the secret file is in the image.
 */
public final class SecretFileOutsideRunSecrets extends BaseRule {
  /** Creates the rule; use {@code Rules.SECRET_FILE_OUTSIDE_RUN_SECRETS}. */
  public SecretFileOutsideRunSecrets() {
    super("DF029", "SecretFileOutsideRunSecrets", Severity.WARNING,
        "Variables that name a secret file (*_FILE, *_PATH) point into /run/secrets",
        seeAlso(List.of(), List.of(), List.of("DS-0031"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Instruction> preamble = context.dockerfile().preamble();
    for (int i = 0; i < preamble.size(); i++) {
      check(preamble.get(i), -1, i, sink, Fixes.isText(context));
    }
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      check(instruction, s, i, sink, Fixes.isText(context));
    }
  }

  private static void check(Instruction instruction, int stage, int index, ViolationSink sink, boolean text) {
    if (instruction instanceof Arg) {
      Arg arg = (Arg) instruction;
      if (arg.defaultValue().isPresent()) {
        check("ARG", arg.name(), arg.defaultValue().get(), stage, index, sink, text);
      }
    } else if (instruction instanceof Env) {
      for (KeyValue kv : ((Env) instruction).entries()) {
        check("ENV", kv.key(), kv.value(), stage, index, sink, text);
      }
    }
  }

  private static void check(String keyword, String name, String value, int stage, int index, ViolationSink sink,
      boolean text) {
    // the value's tests first: they are cheaper than reading the name, and most values fail one
    if (value.isEmpty() || value.startsWith("$") || SecretNames.isSecretLocation(value)) {
      return;
    }
    Optional<String> reason = SecretNames.pointerReason(name);
    if (reason.isEmpty()) {
      return;
    }
    sink.report(stage, index, message(keyword, name, value, reason.get()), fix(name, text));
  }

  /** The message: which variable, where it points, and why that matters. */
  static String message(String keyword, String name, String value, String reason) {
    return keyword + " '" + name + "' names a secret file (" + reason + ") but points at '" + value
        + "', outside /run/secrets; a secret file stored in the image is as readable as the secret itself";
  }

  /** The fix: mount the file as a secret and point the variable at it. */
  static String fix(String name, boolean text) {
    String id = Patterns.POINTER_SUFFIX.matcher(SecretNames.secretId(name)).replaceAll("");
    String mount = "RUN --mount=type=secret,id=" + id;
    return "mount the file as a secret and point the variable there: at build time "
        + (text ? mount : "SecretMount.of(\"" + id + "\") (" + mount + ")") + " appears at /run/secrets/" + id
        + "; at run time Docker and Compose secrets appear under /run/secrets too";
  }

  /**
   * Compiled on first use, not when the rule is built: only findings and rare forms need them, and a
   * short process builds every rule at start, in the interpreter (docs/performance.md, fifth round).
   */
  private static final class Patterns {
    /** Compiled once: {@code String.replaceAll} compiles its regex on every call. */
    static final Pattern POINTER_SUFFIX = Pattern.compile("_(file|path)$");
  }
}
