package io.github.dockerdsl.cli;

import io.github.dockerdsl.lint.LintResult;
import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.lint.TextReport;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.rule.Policy;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Lints a built-in sample on a second thread while {@code dockerdsl lint} reads its arguments,
 * configuration and files, so that the JVM's first-use work (loading and initialising classes,
 * resolving call sites, bootstrapping lambdas) is done on the idle core before the real file needs it.
 */
final class WarmUp implements Runnable {
  private WarmUp() {}

  /** Starts the warm-up as a daemon thread, which the JVM does not wait for at exit. */
  static void start() {
    Thread thread = new Thread(new WarmUp(), "dockerdsl-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    try {
      if (Boolean.getBoolean("dockerdsl.fullWarmUp")) {
        LintResult result = Linter.lint(DockerfileParser.parse(TrainingSamples.GO_SERVICE), Policy.strict());
        TextReport.write(List.of(result), false, new PrintWriter(Writer.nullWriter()));
      } else {
        Runnable first = () -> { };
        first.run();
        java.util.regex.Pattern.compile("[a-z]+\\s").matcher("a ").matches();
      }
    } catch (RuntimeException e) {
      // the real run reports its own errors; a warm-up that fails only warms less
    }
  }
}
