package io.github.dockerdsl.cli;

import io.github.dockerdsl.parse.DockerfileFormatter;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.render.GeneratedFiles;
import io.github.dockerdsl.render.WriteOptions;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dockerdsl fmt}: prints Dockerfiles in canonical form, checks that they are, or rewrites them.
 * Rewriting a hand-written file is what {@code --write} asks for, so it needs no {@code --force}.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = {"Prints each FILE in canonical form (default), checks it (--check) or rewrites it (--write).",
        "Exit 1 with --check when a file is not canonical; exit 2 on a syntax error."})
final class FmtCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles to format.")
  List<Path> files;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Mode mode = new Mode();

  /** The two modes besides printing; picocli refuses both at once. */
  static final class Mode {
    @Option(names = "--check", description = "Change nothing; exit 1 and name each file that is not canonical.")
    boolean check;

    @Option(names = "--write", description = "Rewrite files that are not canonical, atomically, in place.")
    boolean write;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = Main.OK;
    for (Path file : files) {
      try {
        code = Math.max(code, format(file, out, err));
      } catch (CliException e) {
        err.println("dockerdsl: " + e.getMessage());
        code = Main.USAGE;
      }
    }
    return code;
  }

  private int format(Path file, PrintWriter out, PrintWriter err) {
    String text = DockerfileInput.read(file);
    String canonical;
    try {
      canonical = DockerfileFormatter.format(text);
    } catch (DockerfileSyntaxException e) {
      throw DockerfileInput.syntaxError(file, e);
    }
    boolean same = canonical.equals(text);
    if (mode.check) {
      if (!same) {
        err.println("dockerdsl: " + file + " is not canonical (first difference at line " + firstDifference(text,
            canonical) + "); run 'dockerdsl fmt --write " + file + "'");
        return Main.FINDINGS;
      }
      return Main.OK;
    }
    if (mode.write) {
      if (!same) {
        try {
          // --write is the user's explicit request to rewrite the file, hand-written or not
          GeneratedFiles.write(file, canonical, WriteOptions.DEFAULTS.forced());
        } catch (UncheckedIOException e) {
          throw new CliException(e.getMessage(), e);
        }
        out.println("formatted " + file);
      }
      return Main.OK;
    }
    if (files.size() > 1) {
      out.println("# ==> " + file + " <==");
    }
    out.print(canonical);
    return Main.OK;
  }

  /** The 1-based line where the two texts first differ. */
  static int firstDifference(String a, String b) {
    int line = 1;
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return line;
      }
      if (a.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
