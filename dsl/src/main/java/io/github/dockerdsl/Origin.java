package io.github.dockerdsl;

import java.util.Objects;

/**
 * Where an instruction came from: the Java line that added it, or the line and column of a parsed
 * Dockerfile. Findings carry it so every error points at something a person can open.
 */
public sealed interface Origin permits Origin.JavaSource, Origin.FileLine, Origin.Unknown {

  /** The unknown origin, for instructions made by transforms. */
  Origin UNKNOWN = new Unknown();

  /** A short human form, such as {@code App.java:42} or {@code line 7, column 1}. */
  String describe();

  /**
   * A Java call site.
   *
   * @param className the class that made the call
   * @param methodName the method that made the call
   * @param fileName the source file, when the class file records it
   * @param lineNumber the line, or -1 when unknown
   */
  record JavaSource(String className, String methodName, String fileName, int lineNumber) implements Origin {
    /** Checks for null. */
    public JavaSource {
      Objects.requireNonNull(className, "className == null");
      Objects.requireNonNull(methodName, "methodName == null");
      Objects.requireNonNull(fileName, "fileName == null");
    }

    @Override
    public String describe() {
      return className + "." + methodName + "(" + fileName + ":" + lineNumber + ")";
    }
  }

  /**
   * A position in a Dockerfile's text, 1-based.
   *
   * @param line the line
   * @param column the column
   */
  record FileLine(int line, int column) implements Origin {
    @Override
    public String describe() {
      return "line " + line + ", column " + column;
    }
  }

  /** No known origin. */
  final class Unknown implements Origin {
    private Unknown() {}

    @Override
    public String describe() {
      return "unknown origin";
    }

    @Override
    public String toString() {
      return "Origin.UNKNOWN";
    }
  }

  /**
   * The first caller outside dockerdsl's own classes: the user code that asked for the instruction.
   * Classes are told apart by where they were loaded from, so user code in the same package counts.
   */
  static Origin capture() {
    return WALKER.walk(frames -> frames
        .filter(f -> !isLibraryClass(f.getDeclaringClass()))
        .findFirst()
        .<Origin>map(f -> new JavaSource(f.getClassName(), f.getMethodName(),
            f.getFileName() == null ? "Unknown Source" : f.getFileName(), f.getLineNumber()))
        .orElse(UNKNOWN));
  }

  /** Walks with class references, which {@link #capture()} needs to compare code sources. */
  StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private static boolean isLibraryClass(Class<?> type) {
    if (type.getName().startsWith("java.")) {
      return true;
    }
    java.security.CodeSource own = Origin.class.getProtectionDomain().getCodeSource();
    java.security.CodeSource other = type.getProtectionDomain().getCodeSource();
    return own != null && other != null && own.getLocation().equals(other.getLocation());
  }
}
