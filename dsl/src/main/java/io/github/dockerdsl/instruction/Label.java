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
 * LABEL: image metadata, such as the OCI {@code org.opencontainers.image.*} keys.
 *
 * @param entries ordered keys and values
 */
public record Label(List<KeyValue> entries) implements Instruction {
  /** Checks keys and that each appears once. */
  public Label {
    entries = Checks.immutableList(entries, "entries");
    Checks.checkArgument(!entries.isEmpty(), "LABEL has no entries; give at least one key and value");
    Set<String> seen = new HashSet<>();
    for (KeyValue kv : entries) {
      if (!isKey(kv.key())) {
        throw new IllegalArgumentException(String.format(
            "LABEL key '%s' is not valid; keys match [A-Za-z0-9][A-Za-z0-9._/-]*, "
                + "e.g. org.opencontainers.image.source", Quoting.visible(kv.key())));
      }
      Checks.checkArgument(seen.add(kv.key()), "LABEL key '%s' appears twice; set it once", kv.key());
    }
  }

  /** One label. */
  public static Label of(String key, String value) {
    return new Label(List.of(KeyValue.of(key, value)));
  }

  /** A copy with one more label. */
  public Label and(String key, String value) {
    List<KeyValue> all = new ArrayList<>(entries);
    all.add(KeyValue.of(key, value));
    return new Label(all);
  }

  @Override
  public String keyword() {
    return "LABEL";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitLabel(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }

  /**
   * {@code [A-Za-z0-9][A-Za-z0-9._/-]*} as a loop, for every LABEL key (no regex compiles at start;
   * {@code LabelKeyLoopTest} compares it with the regular expression).
   */
  static boolean isKey(String key) {
    if (key.isEmpty() || !Ascii.isAlphanumeric(key.charAt(0))) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!Ascii.isAlphanumeric(c) && c != '.' && c != '_' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

}
