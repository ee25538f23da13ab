package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ENV: variables that persist into the image and every container. Never for secrets: use a secret
 * mount or pass the value at run time.
 *
 * @param entries ordered keys and values
 */
public record Env(List<KeyValue> entries) implements Instruction {
  /** Checks names and that each appears once. */
  public Env {
    entries = checkVariables(entries, "ENV");
  }

  static List<KeyValue> checkVariables(List<KeyValue> entries, String keyword) {
    List<KeyValue> copy = Checks.immutableList(entries, "entries");
    Checks.checkArgument(!copy.isEmpty(), "%s has no entries; give at least one key and value", keyword);
    Set<String> seen = new HashSet<>();
    for (KeyValue kv : copy) {
      checkVariableName(kv.key(), keyword);
      Checks.checkArgument(seen.add(kv.key()), "%s key '%s' appears twice; set it once", keyword, kv.key());
    }
    return copy;
  }

  /** {@code [A-Za-z_][A-Za-z0-9_]*} as a loop: every ENV and ARG name is checked, and no regex compiles at start. */
  static boolean isVariableName(String name) {
    return Ascii.isName(name);
  }

  static String checkVariableName(String name, String keyword) {
    Checks.requireNonNull(name, "name");
    if (!isVariableName(name)) {
      throw new IllegalArgumentException(String.format(
          "%s name '%s' is not a valid variable name; names match [A-Za-z_][A-Za-z0-9_]*",
          keyword, Quoting.visible(name)));
    }
    return name;
  }

  /** One variable. */
  public static Env of(String key, String value) {
    return new Env(List.of(KeyValue.of(key, value)));
  }

  /** A copy with one more variable. */
  public Env and(String key, String value) {
    List<KeyValue> all = new ArrayList<>(entries);
    all.add(KeyValue.of(key, value));
    return new Env(all);
  }

  @Override
  public String keyword() {
    return "ENV";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitEnv(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
