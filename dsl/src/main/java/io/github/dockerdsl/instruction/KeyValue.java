package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;

/** One ordered key and value of ENV or LABEL; lists of these keep output deterministic. */
public record KeyValue(String key, String value) {
  /** Checks that the value can be written: no line breaks or control characters. */
  public KeyValue {
    Checks.requireNonNull(key, "key");
    // the subject is built only for a value the check can refuse (or a null one)
    if (value == null || !Checks.isPrintableAscii(value)) {
      Checks.checkNoControlCharacters(value, "value of '" + key + "'",
          "a Dockerfile value cannot hold line breaks; pass multi-line content as a file or a secret");
    }
  }

  /** Pairs a key with its value. */
  public static KeyValue of(String key, String value) {
    return new KeyValue(key, value);
  }
}
