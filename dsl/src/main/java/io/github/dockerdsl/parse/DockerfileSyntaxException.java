package io.github.dockerdsl.parse;

/**
 * Malformed Dockerfile text: the message names the line and column, quotes the offending line with a
 * {@code >>>} marker and puts a caret under the column.
 */
public final class DockerfileSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;

  /**
   * An error at a position.
   *
   * @param problem what is wrong, in the house style {@code <subject> '<value>' <problem>; <hint>}
   * @param line the 1-based line
   * @param column the 1-based column
   * @param sourceLine the text of that line, quoted in the message
   */
  public DockerfileSyntaxException(String problem, int line, int column, String sourceLine) {
    this(problem, line, column, sourceLine, null);
  }

  /** An error at a position caused by a model check. */
  DockerfileSyntaxException(String problem, int line, int column, String sourceLine, Throwable cause) {
    super(format(problem, line, column, sourceLine), cause);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The 1-based line of the error. */
  public int line() {
    return line;
  }

  /** The 1-based column of the error. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position and excerpt. */
  public String problem() {
    return problem;
  }

  private static String format(String problem, int line, int column, String sourceLine) {
    String number = Integer.toString(line);
    StringBuilder shown = new StringBuilder();
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < sourceLine.length(); i++) {
      char c = sourceLine.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\t';
      shown.append(control ? '\uFFFD' : c);
      if (i < column - 1) {
        caret.append(c == '\t' ? '\t' : ' ');
      }
    }
    for (int i = sourceLine.length(); i < column - 1; i++) {
      caret.append(' ');
    }
    String gutter = " ".repeat(number.length());
    return "line " + line + ", column " + column + ": " + problem + "\n"
        + " " + number + " | >>> " + shown + "\n"
        + " " + gutter + " |     " + caret + "^";
  }
}
