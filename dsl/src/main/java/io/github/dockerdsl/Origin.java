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
   * The first caller outside dockerdsl's model packages: the user code that asked for the instruction.
   */
  static Origin capture() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(f -> !isModelClass(f.getClassName()))
        .findFirst()
        .<Origin>map(f -> new JavaSource(f.getClassName(), f.getMethodName(),
            f.getFileName() == null ? "Unknown Source" : f.getFileName(), f.getLineNumber()))
        .orElse(UNKNOWN));
  }

  private static boolean isModelClass(String className) {
    int dot = className.lastIndexOf('.');
    String pkg = dot < 0 ? "" : className.substring(0, dot);
    return pkg.equals("io.github.dockerdsl") || pkg.startsWith("io.github.dockerdsl.instruction")
        || pkg.equals("io.github.dockerdsl.mount") || pkg.equals("io.github.dockerdsl.image")
        || pkg.equals("io.github.dockerdsl.render") || pkg.equals("io.github.dockerdsl.internal")
        || pkg.equals("io.github.dockerdsl.rule") || pkg.startsWith("java.");
  }
}
