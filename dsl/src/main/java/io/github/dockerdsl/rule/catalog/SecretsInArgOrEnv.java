package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Optional;

/**
 * DF003: ARG and ENV values are stored in the image's history and config, where anyone who can pull
 * the image reads them; a secret there is a leaked secret.
 */
public final class SecretsInArgOrEnv extends BaseRule {
  /** Creates the rule; use {@code Rules.SECRETS_IN_ARG_OR_ENV}. */
  public SecretsInArgOrEnv() {
    super("DF003", "SecretsInArgOrEnv", Severity.ERROR,
        "ARG and ENV names and values, and LABEL values, hold no secrets",
        seeAlso(List.of("DL3064"), List.of("SecretsUsedInArgOrEnv"), List.of("DS-0031"), List.of()));
  }

  @Override
  public boolean reportsSecrets() {
    return true;
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
      checkName("ARG", arg.name(), stage, index, sink, text);
      if (arg.defaultValue().isPresent()) {
        checkValue("ARG", arg.name(), arg.defaultValue().get(), stage, index, sink, text);
      }
    } else if (instruction instanceof Env) {
      for (KeyValue kv : ((Env) instruction).entries()) {
        checkName("ENV", kv.key(), stage, index, sink, text);
        checkValue("ENV", kv.key(), kv.value(), stage, index, sink, text);
      }
    } else if (instruction instanceof Label) {
      for (KeyValue kv : ((Label) instruction).entries()) {
        checkValue("LABEL", kv.key(), kv.value(), stage, index, sink, text);
      }
    }
  }

  private static void checkName(String keyword, String name, int stage, int index, ViolationSink sink, boolean text) {
    Optional<String> reason = SecretNames.secretReason(name);
    if (reason.isPresent()) {
      sink.report(stage, index, secretName(keyword, name, reason.get()), fix(keyword, name, text));
    }
  }

  private static void checkValue(String keyword, String key, String value, int stage, int index,
      ViolationSink sink, boolean text) {
    Optional<SecretValues.Match> match = SecretValues.find(value);
    if (match.isPresent()) {
      sink.report(stage, index, secretValue(keyword, key, match.get()), fix(keyword, key, text));
    }
  }

  /** The message for a name that names a secret. */
  static String secretName(String keyword, String name, String reason) {
    return keyword + " '" + name + "' looks like a secret (" + reason + "); " + keyword
        + " values stay readable in the image's history and config";
  }

  /** The message for a value shaped like a credential. */
  static String secretValue(String keyword, String key, SecretValues.Match match) {
    return "the value of " + keyword + " '" + key + "' holds " + match.kind() + " ('" + match.shown() + "'); "
        + keyword + " values stay readable in the image's history and config";
  }

  /** The fix: a secret mount for build steps, the environment at run time for the container. */
  static String fix(String keyword, String name, boolean text) {
    String id = SecretNames.secretId(name);
    String dockerfile = "RUN --mount=type=secret,id=" + id + ",env=" + name;
    String mount = "read it only in the RUN that needs it: " + (text ? dockerfile + " ..."
        : ".run(Run.of(...).withMount(SecretMount.of(\"" + id + "\").withEnv(\"" + name + "\"))), i.e. " + dockerfile)
        + ", built with docker build --secret id=" + id;
    return keyword.equals("ARG") ? mount
        : mount + "; if the container needs it, pass it at run time (docker run -e, an orchestrator secret)";
  }
}
