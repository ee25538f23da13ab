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
final class CompletionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("dockerdsl", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
