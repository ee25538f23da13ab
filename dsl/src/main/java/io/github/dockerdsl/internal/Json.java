package io.github.dockerdsl.internal;

import java.util.List;
import java.util.Map;

/**
 * A small JSON printer for reports, so {@code dsl} can write SARIF without a dependency. Values are
 * maps (in iteration order), lists, strings, numbers, booleans and null; the layout is the common
 * pretty form ({@code "key" : value}, two spaces per object level, arrays inline) that Jackson's
 * default printer also writes, so the CLI's reports look the same whichever writes them.
 */
public final class Json {
  private Json() {}

  /** The pretty-printed text of {@code value}, without a trailing newline. */
  public static String print(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, int level) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{ }");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ",").append('\n').append("  ".repeat(level + 1));
        first = false;
        string(out, String.valueOf(e.getKey()));
        out.append(" : ");
        write(out, e.getValue(), level + 1);
      }
      out.append('\n').append("  ".repeat(level)).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[ ]");
        return;
      }
      out.append("[ ");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(out, list.get(i), level);
      }
      out.append(" ]");
    } else {
      throw new IllegalArgumentException("value of type " + value.getClass().getName()
          + " has no JSON form; pass maps, lists, strings, numbers, booleans or null");
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
