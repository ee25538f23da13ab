package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer behind the SARIF report: the layout Jackson's default pretty printer writes
 * (the CLI's JSON report uses Jackson, and both must look alike), exact escapes, and misuse refused.
 * The property test compares it with a tree printer over seeded random documents; replay a failure
 * with {@code -Djson.seed=<seed>}.
 */
class JsonWriterTest {
  private static final long BASE_SEED = Long.getLong("json.seed", 15L);

  @Test
  void pretty_layout_of_nested_objects_and_inline_arrays() {
    StringBuilder out = new StringBuilder();
    new JsonWriter(out).beginObject()
        .field("a", "x")
        .name("list").beginArray().value(1).beginObject().field("b", true).endObject().endArray()
        .name("empty").beginObject().endObject()
        .name("none").beginArray().endArray()
        .name("nothing").value((String) null)
        .endObject().finish();
    assertThat(out).hasToString("""
        {
          "a" : "x",
          "list" : [ 1, {
            "b" : true
          } ],
          "empty" : { },
          "none" : [ ],
          "nothing" : null
        }""");
  }

  @Test
  void strings_are_escaped_as_json_requires() {
    StringBuilder out = new StringBuilder();
    new JsonWriter(out).value("q\" b\\ n\n r\r t\t \b \f \u0001 é €").finish();
    assertThat(out).hasToString("\"q\\\" b\\\\ n\\n r\\r t\\t \\b \\f \\u0001 é €\"");
  }

  @Test
  void a_value_without_a_name_in_an_object_is_refused() {
    JsonWriter json = new JsonWriter(new StringBuilder()).beginObject();
    assertThatThrownBy(() -> json.value("x")).isInstanceOf(IllegalStateException.class)
        .hasMessage("a value in an object without name() before it");
  }

  @Test
  void two_names_in_a_row_are_refused() {
    JsonWriter json = new JsonWriter(new StringBuilder()).beginObject().name("a");
    assertThatThrownBy(() -> json.name("b")).isInstanceOf(IllegalStateException.class)
        .hasMessage("name('b') outside an object or right after another name; call name() once before each"
            + " member's value");
  }

  @Test
  void a_close_that_does_not_match_is_refused() {
    JsonWriter json = new JsonWriter(new StringBuilder()).beginArray();
    assertThatThrownBy(json::endObject).isInstanceOf(IllegalStateException.class)
        .hasMessage("endObject() without a matching beginObject() or after a name without its value");
  }

  @Test
  void an_unfinished_document_is_refused() {
    JsonWriter json = new JsonWriter(new StringBuilder()).beginObject().name("a").beginArray();
    assertThatThrownBy(json::finish).isInstanceOf(IllegalStateException.class)
        .hasMessage("the JSON document is incomplete: 2 objects or arrays still open");
  }

  @Test
  void a_second_document_is_refused() {
    JsonWriter json = new JsonWriter(new StringBuilder()).value(1);
    assertThatThrownBy(() -> json.value(2)).isInstanceOf(IllegalStateException.class)
        .hasMessage("a second top-level value; a JSON document holds one");
  }

  @Test
  void an_output_error_surfaces_unchecked() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> new JsonWriter(broken).beginObject()).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @RepeatedTest(200)
  void streams_what_a_tree_printer_prints(RepetitionInfo repetition) {
    long seed = BASE_SEED * 1_000 + repetition.getCurrentRepetition();
    Object tree = value(new Random(seed), 0);
    StringBuilder out = new StringBuilder();
    JsonWriter json = new JsonWriter(out);
    stream(json, tree);
    json.finish();
    assertThat(out.toString()).as("document of seed %d (replay with -Djson.seed=%d)", seed, BASE_SEED)
        .isEqualTo(print(tree, 0));
  }

  // ---------------------------------------------------------------- the reference: a tree printer

  /** The layout as a recursive printer over maps and lists (what the SARIF report printed before). */
  private static String print(Object value, int level) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return "{ }";
      }
      StringBuilder out = new StringBuilder("{");
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep).append('\n').append("  ".repeat(level + 1)).append(quote((String) e.getKey())).append(" : ")
            .append(print(e.getValue(), level + 1));
        sep = ",";
      }
      return out.append('\n').append("  ".repeat(level)).append('}').toString();
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return "[ ]";
      }
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        items.add(print(item, level));
      }
      return "[ " + String.join(", ", items) + " ]";
    }
    if (value instanceof String s) {
      return quote(s);
    }
    return String.valueOf(value);
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append(c < 0x20 ? String.format("\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  private static void stream(JsonWriter json, Object value) {
    if (value instanceof Map<?, ?> map) {
      json.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.name((String) e.getKey());
        stream(json, e.getValue());
      }
      json.endObject();
    } else if (value instanceof List<?> list) {
      json.beginArray();
      for (Object item : list) {
        stream(json, item);
      }
      json.endArray();
    } else if (value instanceof String s) {
      json.value(s);
    } else if (value instanceof Long n) {
      json.value(n);
    } else if (value instanceof Boolean b) {
      json.value(b);
    } else {
      json.value((String) null);
    }
  }

  private static Object value(Random r, int depth) {
    int kind = r.nextInt(depth > 3 ? 4 : 6);
    return switch (kind) {
      case 0 -> text(r);
      case 1 -> r.nextLong() >> r.nextInt(64);
      case 2 -> r.nextBoolean();
      case 3 -> null;
      case 4 -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          map.put(text(r) + i, value(r, depth + 1));
        }
        yield map;
      }
      default -> {
        List<Object> list = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          list.add(value(r, depth + 1));
        }
        yield list;
      }
    };
  }

  private static String text(Random r) {
    String alphabet = "ab \"\\\n\r\t\b\f\u0001\u001f/é€😀";
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(8); i > 0; i--) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
