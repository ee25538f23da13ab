package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DF021: EXPOSE documents container ports; a host mapping or address there is ignored (and will become
 * an error), and an out-of-range port or upper-case protocol is a mistake. Typed ports cannot be
 * wrong; parsed files and raw EXPOSE can.
 */
public final class ExposeValidPorts extends BaseRule {
  /** Creates the rule; use {@code Rules.EXPOSE_VALID_PORTS}. */
  public ExposeValidPorts() {
    super("DF021", "ExposeValidPorts", Severity.ERROR,
        "EXPOSE lists container ports 1-65535 with a lower-case protocol, without host addresses or mappings",
        seeAlso(List.of("DL3011"), List.of("ExposeInvalidFormat", "ExposeProtoCasing"), List.of("DS-0008"),
            List.of()));
  }

  // compiled once: String.split and matches compile their regex on every call

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (instruction instanceof Raw && instruction.keyword().equals("EXPOSE")) {
        for (String spec : Patterns.WHITESPACE.split(((Raw) instruction).arguments().strip())) {
          Optional<String> problem = problem(spec);
          if (problem.isPresent()) {
            sink.report(s, i, message(spec, problem.get()), fix(context));
          }
        }
      }
    }
  }

  /** What is wrong with one port spec, or empty when it is fine or holds a variable. */
  static Optional<String> problem(String spec) {
    if (spec.isEmpty() || spec.contains("$")) {
      return Optional.empty();
    }
    if (spec.contains(":")) {
      return Optional.of("maps a host address or port, which EXPOSE ignores; publish ports with docker run -p");
    }
    String ports = spec;
    int slash = spec.indexOf('/');
    if (slash >= 0) {
      ports = spec.substring(0, slash);
      String protocol = spec.substring(slash + 1);
      String lower = protocol.toLowerCase(Locale.ROOT);
      if (!lower.equals("tcp") && !lower.equals("udp") && !lower.equals("sctp")) {
        return Optional.of("has the unknown protocol '" + protocol + "'; use tcp, udp or sctp");
      }
      if (!protocol.equals(lower)) {
        return Optional.of("writes the protocol in upper case; write '" + lower + "'");
      }
    }
    String[] range = ports.split("-", -1);
    if (range.length > 2) {
      return Optional.of("is not a port or a port range");
    }
    for (String port : range) {
      if (!Patterns.PORT.matcher(port).matches()) {
        return Optional.of("is not a port number");
      }
      int number = Integer.parseInt(port);
      if (number < 1 || number > 65535) {
        return Optional.of("is out of range; ports are 1 to 65535");
      }
    }
    return Optional.empty();
  }

  /** The message: the port spec and its problem. */
  static String message(String spec, String problem) {
    return "EXPOSE port '" + spec + "' " + problem;
  }

  private static String fix(RuleContext context) {
    return Fixes.pick(context, "use the typed form, e.g. .expose(8080) or .expose(Port.udp(53))",
        "list container ports only, e.g. EXPOSE 8080 53/udp, and publish them with docker run -p");
  }

  /**
   * Compiled on first use, not when the rule is built: only findings and rare forms need them, and a
   * short process builds every rule at start, in the interpreter (docs/performance.md, fifth round).
   */
  private static final class Patterns {
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
  }
}
