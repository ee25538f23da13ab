package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DF004: shell-form CMD or ENTRYPOINT is started by the stage's SHELL ({@code /bin/sh -c} unless SHELL
 * says otherwise): unless the shell replaces itself with the program, the shell is PID 1 and SIGTERM
 * from {@code docker stop} does not reach the program; a shell-form ENTRYPOINT also drops CMD and the
 * arguments of {@code docker run}. HEALTHCHECK is not judged here: its process is never PID 1 and gets
 * no signals, so Docker's own {@code HEALTHCHECK CMD curl -f ... || exit 1} is fine where a shell exists
 * (DF023 reports it where none does). The typed API cannot write shell form; parsed files can hold it. An
 * exec form whose program holds whitespace ({@code CMD ["java -jar app.jar"]}), which the typed API
 * refuses, is reported too, for CMD, ENTRYPOINT and HEALTHCHECK: no executable has that name.
 */
public final class ExecFormCommands extends BaseRule {
  private static final Set<String> KEYWORDS = Set.of("CMD", "ENTRYPOINT");
  private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  /** Creates the rule; use {@code Rules.EXEC_FORM_COMMANDS}. */
  public ExecFormCommands() {
    super("DF004", "ExecFormCommands", Severity.ERROR,
        "CMD and ENTRYPOINT use exec form (a JSON array)",
        seeAlso(List.of("DL3025"), List.of("JSONArgsRecommended"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      List<String> shell = inheritedShell(context, stages.get(s));
      List<Instruction> instructions = stages.get(s).instructions();
      for (int i = 0; i < instructions.size(); i++) {
        Instruction instruction = instructions.get(i);
        List<String> argv = instruction instanceof Cmd cmd ? cmd.argv()
            : instruction instanceof Entrypoint entrypoint ? entrypoint.argv()
            : instruction instanceof Healthcheck check ? check.argv() : List.of();
        if (instruction instanceof Shell given) {
          shell = given.argv();
        } else if (!argv.isEmpty() && hasWhitespace(argv.get(0))) {
          // exec form with a command line as its program: a file the typed API refuses, read from text
          sink.report(s, i, programMessage(instruction.keyword(), argv.get(0)),
              programFix(context, instruction.keyword(), argv));
        } else if (instruction instanceof Raw raw && KEYWORDS.contains(raw.keyword())
            && !raw.arguments().strip().startsWith("[")) {
          String script = raw.arguments().strip();
          sink.report(s, i, message(raw.keyword(), script, shell), fix(context, raw.keyword(), script, shell));
        }
      }
    }
  }

  /** The SHELL in force at the start of a stage: the last one of the stages it starts FROM, else /bin/sh -c. */
  private static List<String> inheritedShell(RuleContext context, Stage stage) {
    List<Stage> ancestors = new ArrayList<>(StageChains.ancestors(context, stage));
    Collections.reverse(ancestors);
    List<String> shell = DEFAULT_SHELL;
    for (Stage ancestor : ancestors) {
      for (Instruction i : ancestor.instructions()) {
        if (i instanceof Shell given) {
          shell = given.argv();
        }
      }
    }
    return shell;
  }

  // compiled once: String.split and matches compile their regex on every call
  /** A loop over the program's characters, not {@code chars().anyMatch}: it runs for every CMD of every file. */
  private static boolean hasWhitespace(String program) {
    for (int i = 0; i < program.length(); i++) {
      if (Character.isWhitespace(program.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The words as JSON strings joined with commas; a loop, as every shell-form CMD's fix builds it. */
  private static String jsonList(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(Quoting.jsonString(w));
    }
    return out.toString();
  }

  /** The message for {@code CMD ["java -jar app.jar"]}: no executable has that name. */
  static String programMessage(String keyword, String program) {
    return keyword + " program '" + program + "' contains whitespace; exec form runs no shell, so Docker looks for "
        + "an executable of that whole name and the command fails at run time";
  }

  /** The fix: split the program's words into arguments. */
  static String programFix(RuleContext context, String keyword, List<String> argv) {
    List<String> words = new ArrayList<>(List.of(Patterns.WHITESPACE.split(argv.get(0).strip())));
    words.addAll(argv.subList(1, argv.size()));
    String java = "Command.exec(" + jsonList(words) + ")";
    return "pass the program and each argument separately, e.g. "
        + Fixes.pick(context, java, (keyword.equals("HEALTHCHECK") ? "HEALTHCHECK CMD " : keyword + " ")
            + Quoting.jsonArray(words));
  }

  /** What shell form means here, said truthfully: an {@code exec} script does make the program PID 1. */
  static String message(String keyword, String script, List<String> shell) {
    String runner = shell.equals(DEFAULT_SHELL) ? "/bin/sh -c" : "the stage's SHELL " + Quoting.jsonArray(shell);
    boolean exec = script.startsWith("exec ");
    String entrypoint = keyword.equals("ENTRYPOINT")
        ? (exec ? "" : "; and ") + "a shell-form ENTRYPOINT ignores CMD and the arguments of docker run" : "";
    if (exec) {
      return keyword + " is in shell form: its 'exec' lets the program replace " + runner + " as PID 1, "
          + (keyword.equals("ENTRYPOINT") ? "but " + entrypoint : "but the image still needs that shell to start it");
    }
    return keyword + " is in shell form, so " + runner + " starts the program: unless the shell replaces "
        + "itself with it, the shell is PID 1 and SIGTERM from docker stop never reaches the program" + entrypoint;
  }

  /** The fix in the terms of the input: a JSON array for text, the builder call for code. */
  static String fix(RuleContext context, String keyword, String script, List<String> shell) {
    String command = script.startsWith("exec ") ? script.substring(5).strip() : script;
    boolean plain = Patterns.PLAIN.matcher(command).matches();
    List<String> words = new ArrayList<>();
    if (plain) {
      words.addAll(List.of(Patterns.SPACES.split(command)));
    } else {
      // the stage's own shell, so the command keeps the syntax it was written for
      words.addAll(shell);
      words.add("exec " + command);
    }
    String method = keyword.equals("CMD") ? ".cmd" : ".entrypoint";
    String java = plain || !shell.equals(DEFAULT_SHELL)
        ? method + "(" + jsonList(words) + ")"
        : method + "(Command.shellExec(" + Quoting.jsonString(command) + "))";
    String text = keyword + " " + Quoting.jsonArray(words);
    return "write it in exec form, e.g. " + Fixes.pick(context, java, text)
        + (plain ? "" : " (the shell still reads the command's syntax; the 'exec' makes the program replace it)");
  }

  /**
   * Compiled on first use, not when the rule is built: only findings and rare forms need them, and a
   * short process builds every rule at start, in the interpreter (docs/performance.md, fifth round).
   */
  private static final class Patterns {
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern SPACES = Pattern.compile(" +");
    /** Words that need no shell: no quotes, variables, globs or operators. */
    static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+( +[A-Za-z0-9_./:=,@%+-]+)*");
  }
}
