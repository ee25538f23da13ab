package io.github.dockerdsl.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dockerdsl generate-completion}: the bash (and zsh) completion script made by picocli from the
 * live command tree, so it always matches the installed version. Hidden from the help.
 */
@Command(name = "generate-completion", hidden = true, mixinStandardHelpOptions = true,
    description = {"Prints a bash/zsh completion script for dockerdsl.",
        "Use: source <(dockerdsl generate-completion)"})
public final class CompletionCommand implements Callable<Integer> {
  /**
   * {@code CompletionCommand FILE} writes the script to FILE: run by {@code cli/pom.xml} at {@code package}
   * for packagers ({@code picocli.AutoComplete} would miss the subcommands, which {@link Main} adds in code).
   */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompletionCommand FILE (got " + args.length
          + " arguments); cli/pom.xml passes target/dockerdsl_completion");
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]),
        AutoComplete.bash("dockerdsl", Main.fullCommandLine()), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("dockerdsl", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
