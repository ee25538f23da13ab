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

  /**
   * Refuses an image that BuildKit would not read as an image where {@code subject} ({@code COPY --from},
   * a mount's {@code from=}) names it: a bare name is a stage or named build context there first.
   */
  public static void checkFromImage(io.github.dockerdsl.image.SourceRef ref, String subject) {
    if (ref instanceof io.github.dockerdsl.image.ImageRef image && image.isBareName()) {
      throw new IllegalArgumentException(String.format(
          "%s image '%s' is a bare name, which BuildKit reads as a stage or build context named '%s' before an "
              + "image; give the image a tag, digest or registry ('%s:<version>', 'docker.io/library/%s'), "
              + "pass the stage (Stage.ref()) or use NamedContext.of(\"%s\") for a build context",
          subject, image, image, image, image, image));
    }
  }

  /** Null check in the {@code "x == null"} idiom, its message built only when it fails. */
  public static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
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
      if (c >= ' ' && c < '\u007f') {
        // printable ASCII, nearly every character checked: neither a line break nor a control
        continue;
      }
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

  /**
   * Whether {@code value} is printable ASCII only, which {@link #checkNoControlCharacters} always
   * accepts: callers whose subject is built per value test this first and build it only otherwise.
   */
  public static boolean isPrintableAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || c >= '\u007f') {
        return false;
      }
    }
    return true;
  }

  /** Refuses blank strings with a message that names the subject. */
  public static String checkNotBlank(String value, String subject) {
    requireNonNull(value, subject);
    if (value.isBlank()) {
      throw new IllegalArgumentException(String.format("%s must not be blank", subject));
    }
    return value;
  }

  /**
   * Refuses an argument vector whose program contains whitespace, such as {@code "java -jar app.jar"}:
   * exec form runs no shell, so Docker would look for an executable of that whole name and fail at
   * run time.
   */
  public static List<String> checkExecutable(List<String> argv, String keyword) {
    if (!argv.isEmpty() && hasWhitespace(argv.get(0))) {
      String program = argv.get(0);
      StringBuilder words = new StringBuilder();
      for (String word : program.strip().split("\\s+")) {
        words.append(words.length() == 0 ? "" : ", ").append(Quoting.jsonString(word));
      }
      throw new IllegalArgumentException(String.format(
          "%s program '%s' contains whitespace; exec form runs no shell, so Docker would look for an executable "
              + "of that name; pass the program and each argument separately, Command.exec(%s), or use "
              + "Command.shellExec(%s) for a shell command line",
          keyword, Quoting.visible(program), words, Quoting.jsonString(String.join(" ", argv).strip())));
    }
    return argv;
  }

  /** Whether {@code text} holds a {@code Character.isWhitespace} character: a loop, not a stream, as no lambda runs on a lint's path. */
  public static boolean hasWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
