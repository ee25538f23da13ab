package io.github.dockerdsl.codegen;

import com.palantir.javapoet.CodeBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Layout helpers shared by the code generators: argument lists, chains and literals. */
final class Code {
  /** Argument lists longer than this go one argument per line. */
  private static final int INLINE_LIMIT = 72;
  /** Package prefixes of type names, which imports remove from the written code. */
  private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

  private Code() {}

  /** String literals, one per argument. */
  static List<CodeBlock> strings(List<String> values) {
    List<CodeBlock> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(CodeBlock.of("$S", v));
    }
    return out;
  }

  /** Arguments joined by commas: on one line when short, else one per line, indented twice. */
  static CodeBlock args(List<CodeBlock> arguments) {
    return args(arguments, false);
  }

  /** As {@link #args(List)}, but one per line whenever there are several, for content such as script lines. */
  static CodeBlock args(List<CodeBlock> arguments, boolean linePerArgument) {
    int length = 0;
    boolean multiLine = false;
    for (CodeBlock a : arguments) {
      String text = QUALIFIER.matcher(a.toString()).replaceAll("");
      length += text.length() + 2;
      multiLine |= text.contains("\n");
    }
    if (arguments.isEmpty()) {
      return CodeBlock.of("");
    }
    if (!multiLine && (length <= INLINE_LIMIT || arguments.size() == 1) && !(linePerArgument && arguments.size() > 1)) {
      return CodeBlock.join(arguments, ", ");
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$>$>\n");
    for (int i = 0; i < arguments.size(); i++) {
      b.add(arguments.get(i));
      if (i < arguments.size() - 1) {
        b.add(",\n");
      }
    }
    return b.add("$<$<").build();
  }

  /**
   * A head followed by chained calls, one per line and indented twice, as a Java developer formats a
   * builder chain; the head alone when there are no calls.
   */
  static CodeBlock chain(CodeBlock head, List<CodeBlock> calls) {
    if (calls.isEmpty()) {
      return head;
    }
    CodeBlock.Builder b = CodeBlock.builder().add(head).add("$>$>");
    for (CodeBlock call : calls) {
      b.add("\n").add(call);
    }
    return b.add("$<$<").build();
  }

  /** {@code Optional.of(...)} or {@code Optional.empty()}. */
  static <T> CodeBlock optional(Optional<T> value, Function<T, CodeBlock> code) {
    return value.map(v -> CodeBlock.of("$T.of($L)", Optional.class, code.apply(v)))
        .orElseGet(() -> CodeBlock.of("$T.empty()", Optional.class));
  }

  /** {@code List.of(...)} of string literals. */
  static CodeBlock listOf(List<String> values) {
    return CodeBlock.of("$T.of($L)", List.class, args(strings(values)));
  }

  /** A duration in the largest whole unit: {@code Duration.ofSeconds(30)} rather than {@code ofMillis(30000)}. */
  static CodeBlock duration(Duration d) {
    long millis = d.toMillis();
    if (millis % 3_600_000 == 0) {
      return CodeBlock.of("$T.ofHours($L)", Duration.class, millis / 3_600_000);
    }
    if (millis % 60_000 == 0) {
      return CodeBlock.of("$T.ofMinutes($L)", Duration.class, millis / 60_000);
    }
    if (millis % 1000 == 0) {
      return CodeBlock.of("$T.ofSeconds($L)", Duration.class, millis / 1000);
    }
    return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
  }

  /** A long literal, with the {@code L} suffix only when it does not fit an int. */
  static CodeBlock longLiteral(long value) {
    return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? CodeBlock.of("$LL", value) : CodeBlock.of("$L", value);
  }
}
