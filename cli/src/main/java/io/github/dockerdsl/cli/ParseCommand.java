package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.dockerdsl.parse.ParsedDockerfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockerdsl parse FILE}: the parsed model with positions as JSON, for tools built on dockerdsl. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Prints the parsed model of FILE with line numbers as JSON (schema: docs/parse-json-schema.md).")
final class ParseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile to parse.")
  Path file;

  /** JSON is the only format and the default; {@code --json} stays accepted for scripts written when it was required. */
  @Option(names = "--json", description = "Print JSON (the default and, for now, the only format).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ParsedDockerfile parsed = DockerfileInput.parse(file);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    out.print(mapper.writeValueAsString(new ParseJson().toJson(file.toString(), parsed)));
    out.print('\n');
    return Main.OK;
  }
}
