package io.github.dockerdsl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code dockerdsl} command: exit 0 when all is well, 1 for findings or differences, 2 for usage or input errors. */
@Command(name = "dockerdsl", mixinStandardHelpOptions = true, version = "dockerdsl 0.1.0-SNAPSHOT",
    description = "Writes, checks and formats Dockerfiles.",
    subcommands = {InitCommand.class, LintCommand.class, FmtCommand.class, ImportCommand.class, ParseCommand.class,
        RulesCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for success. */
  static final int OK = 0;
  /** Exit code for error findings or a {@code --check} difference. */
  static final int FINDINGS = 1;
  /** Exit code for usage and input errors. */
  static final int USAGE = 2;

  /** What {@code lint -} reads; standard input unless a test or an embedder passes another stream. */
  java.io.InputStream in = System.in;

  @Option(names = "--verbose", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command with the given streams and returns its exit code, for tests and embedding. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, out, err, args);
  }

  /** As {@link #run(PrintWriter, PrintWriter, String...)}, with the stream {@code lint -} reads. */
  public static int run(java.io.InputStream in, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main();
    main.in = in;
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("dockerdsl: " + e.getMessage());
      err.println("Try 'dockerdsl " + String.join(" ", commandPath(e.getCommandLine())) + " --help'.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("dockerdsl: " + e.getMessage());
      if (main.verbose) {
        e.printStackTrace(err);
      }
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static java.util.List<String> commandPath(CommandLine cl) {
    java.util.LinkedList<String> names = new java.util.LinkedList<>();
    for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
      names.addFirst(c.getCommandName());
    }
    return names;
  }
}
