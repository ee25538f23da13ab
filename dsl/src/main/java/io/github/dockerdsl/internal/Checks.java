package io.github.dockerdsl.internal;

import java.util.List;
import java.util.Objects;

/** Argument and state checks shared by the model, so every refusal has the same shape. */
public final class Checks {
  private Checks() {}

  /** Throws {@link IllegalArgumentException} with a formatted message unless {@code condition}. */
  public static void checkArgument(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }

  /** Throws {@link IllegalStateException} with a formatted message unless {@code condition}. */
  public static void checkState(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(format, args));
    }
  }

  /** Null check in the {@code "x == null"} idiom. */
  public static <T> T requireNonNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " == null");
  }

  /** An unmodifiable copy that names the list in its null message. */
  public static <T> List<T> immutableList(List<T> list, String name) {
    requireNonNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] == null");
      }
    }
    return List.copyOf(list);
  }

  /**
   * Refuses characters that no Dockerfile context can hold: line breaks end an instruction and other
   * control characters are invisible in review.
   */
  public static String checkNoControlCharacters(String value, String subject, String hint) {
    requireNonNull(value, subject);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            String.format("%s '%s' contains a line break, which would end the instruction; %s",
                subject, Quoting.visible(value), hint));
      }
      if (Character.isISOControl(c) && c != '\t') {
        throw new IllegalArgumentException(
            String.format("%s '%s' contains the control character U+%04X; %s",
                subject, Quoting.visible(value), (int) c, hint));
      }
    }
    return value;
  }

  /** Refuses blank strings with a message that names the subject. */
  public static String checkNotBlank(String value, String subject) {
    requireNonNull(value, subject);
    if (value.isBlank()) {
      throw new IllegalArgumentException(String.format("%s must not be blank", subject));
    }
    return value;
  }
}
