package io.github.dockerdsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code dockerdsl} command: exit 0 when all is well, 1 for findings or differences, 2 for usage or input errors.
 * Its subcommands are added in {@link #commandLine}, so that a run builds only the one it executes, and
 * its own picocli model is built in code ({@link #spec}), not read from annotations through reflection
 * and dynamic proxies (docs/performance.md). {@code lint} given only file names runs without picocli
 * ({@link LintCommand#filesOnly}), whose set-up was the largest part of such a run before the file.
 */
public final class Main {
  /**
   * A subcommand by name, made only when needed: picocli reads each one's annotations by reflection
   * ({@code lint}'s model is built in code instead, {@link LintCommand#spec}).
   */
  private record Subcommand(String name, Function<Main, Object> make) {}

  /**
   * Every subcommand, in the order {@code --help} lists them; a method, not a constant, so that a run
   * that needs no picocli ({@link LintCommand#filesOnly}) does not make them.
   */
  private static List<Subcommand> subcommands() {
    return List.of(
        new Subcommand("init", m -> new InitCommand()), new Subcommand("lint", LintCommand::spec),
        new Subcommand("fmt", m -> new FmtCommand()), new Subcommand("import", m -> new ImportCommand()),
        new Subcommand("parse", m -> new ParseCommand()), new Subcommand("rules", m -> new RulesCommand()),
        new Subcommand("generate-completion", m -> new CompletionCommand()),
        new Subcommand("help", m -> new CommandLine.HelpCommand()));
  }

  /** Exit code for success. */
  static final int OK = 0;
  /** Exit code for error findings or a {@code --check} difference. */
  static final int FINDINGS = 1;
  /** Exit code for usage and input errors. */
  static final int USAGE = 2;

  /** What {@code lint -} reads; standard input unless a test or an embedder passes another stream. */
  java.io.InputStream in = System.in;

  /** Set by {@code --verbose}, on the root or on any subcommand (the option is inherited). */
  boolean verbose;

  /**
   * The root's model, as its annotation said before: name, version, description, {@code -h}/{@code -V}
   * and the inherited {@code --verbose}, bound to {@link #verbose} so that a subcommand's copy sets it too.
   */
  private CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
    spec.name("dockerdsl").version("dockerdsl 0.1.0-SNAPSHOT");
    spec.usageMessage().description("Writes, checks and formats Dockerfiles.");
    spec.addOption(OptionSpec.builder("--verbose").type(boolean.class).arity("0")
        .scopeType(CommandLine.ScopeType.INHERIT).description("Print stack traces of errors.")
        .getter(new IGetter() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T get() {
            return (T) Boolean.valueOf(verbose);
          }
        })
        .setter(new ISetter() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T set(T value) {
            Boolean old = verbose;
            verbose = value != null && (Boolean) value;
            return (T) old;
          }
        }).build());
    standardHelpOptions(spec);
    return spec;
  }

  /**
   * {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions} makes them,
   * but built in code: picocli makes that mixin from an annotated class, by reflection and dynamic proxies.
   * Added after a command's own options, where picocli adds the mixin (the order completion lists them in).
   */
  static void standardHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).arity("0")
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).arity("0")
        .description("Print version information and exit.").build());
  }

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
    var filesOnly = LintCommand.filesOnly(main, out, err, args);
    if (filesOnly.isPresent()) {
      int code = filesOnly.get().execute();
      out.flush();
      err.flush();
      return code;
    }
    return runWithPicocli(main, out, err, args);
  }

  /** The run through picocli, which every command but {@link LintCommand#filesOnly}'s takes. */
  static int runWithPicocli(Main main, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(main, args);
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

  /**
   * The command line for {@code args}: when they name a command that needs no other one (all but
   * {@code help} and {@code generate-completion}), only that command is built, which saves picocli's
   * reflection over the other six at every start; otherwise (no command, a misspelt one, help,
   * completion) the whole tree, so help lists and suggestions stay complete.
   */
  static CommandLine commandLine(Main main, String... args) {
    CommandLine cli = new CommandLine(main.spec());
    String named = firstCommand(args);
    List<Subcommand> subcommands = subcommands();
    boolean alone = subcommands.stream().anyMatch(c -> c.name().equals(named))
        && !named.equals("help") && !named.equals("generate-completion");
    for (Subcommand c : subcommands) {
      if (!alone || c.name().equals(named)) {
        cli.addSubcommand(c.name(), c.make().apply(main));
      }
    }
    // Without help or version asked for, nothing needs ${...} interpolated, and picocli would
    // otherwise interpolate the file parameter's attributes again for each of a thousand file names
    // (a tenth of such a lint run). Help needs it: the standard -h/-V options are written with it.
    // After the subcommands are added: picocli applies the setting to those present.
    if (alone && java.util.Arrays.stream(args).noneMatch(Main::asksForHelp)) {
      cli.setInterpolateVariables(false);
    }
    return cli;
  }

  /** {@code --help}, {@code --version} or short options holding {@code h} or {@code V} (such as {@code -hV}). */
  private static boolean asksForHelp(String arg) {
    return arg.equals("--help") || arg.equals("--version")
        || arg.startsWith("-") && !arg.startsWith("--") && (arg.indexOf('h') > 0 || arg.indexOf('V') > 0);
  }

  /** The whole command tree, for the completion script made at build time. */
  static CommandLine fullCommandLine() {
    return commandLine(new Main());
  }

  /** The first argument that is not one of the root's options (none of which takes a value), or "". */
  private static String firstCommand(String... args) {
    for (String a : args) {
      if (a.equals("--")) {
        return "";
      }
      if (!a.startsWith("-")) {
        return a;
      }
    }
    return "";
  }

  private static java.util.List<String> commandPath(CommandLine cl) {
    java.util.LinkedList<String> names = new java.util.LinkedList<>();
    for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
      names.addFirst(c.getCommandName());
    }
    return names;
  }
}
