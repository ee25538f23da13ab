package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockerdsl rules}: the rule catalogue, for people and for tools, opt-in rules included. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists every built-in rule, and the opt-in rules that are off by default.")
final class RulesCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ArrayNode array = mapper.createArrayNode();
      for (Rule rule : Rules.all()) {
        addRule(array.addObject(), rule).put("optIn", false);
      }
      for (Rule rule : Rules.optIn()) {
        addRule(array.addObject(), rule).put("optIn", true).put("enable", OptInRules.howToEnable(rule.id().code()));
      }
      out.println(mapper.writeValueAsString(array));
    } else {
      for (Rule rule : Rules.all()) {
        out.printf("%-6s %-34s %-7s %s%n", rule.id().code(), rule.id().name(), rule.defaultSeverity(), rule.summary());
      }
      out.println();
      out.println("Opt-in rules, off by default (company policy; they need options):");
      for (Rule rule : Rules.optIn()) {
        out.printf("%-6s %-34s %-7s %s%n", rule.id().code(), rule.id().name(), "off", rule.summary());
        out.printf("%-6s to enable, add to .dockerdsl.toml (see docs/linter.md):%n", "");
        for (String line : OptInRules.howToEnable(rule.id().code()).split("\n")) {
          out.printf("%-6s   %s%n", "", line);
        }
      }
    }
    return Main.OK;
  }

  private static ObjectNode addRule(ObjectNode node, Rule rule) {
    node.put("id", rule.id().code());
    node.put("name", rule.id().name());
    node.put("severity", rule.defaultSeverity().name());
    node.put("summary", rule.summary());
    node.put("docs", rule.documentation().map(Object::toString).orElse(null));
    addAll(node.putArray("hadolint"), rule.seeAlso().hadolint());
    addAll(node.putArray("buildkit"), rule.seeAlso().buildkit());
    addAll(node.putArray("trivy"), rule.seeAlso().trivy());
    addAll(node.putArray("checkov"), rule.seeAlso().checkov());
    return node;
  }

  private static void addAll(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
