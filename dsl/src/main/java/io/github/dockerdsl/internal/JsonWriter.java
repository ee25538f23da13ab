package io.github.dockerdsl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON as it goes, so {@code dsl} can write SARIF without a dependency and a report of
 * thousands of findings reaches its output without a tree of maps being built first. The layout is
 * the common pretty form ({@code "key" : value}, two spaces per object level, arrays inline) that
 * Jackson's default printer also writes, so the CLI's reports look the same whichever writes them. The caller opens and closes objects and arrays; a misuse (a value where a key
 * is due, a close without an open) is an {@link IllegalStateException}, never malformed output.
 */
public final class JsonWriter {
  /** An open object or array: its indentation level and how many members it has so far. */
  private static final class Scope {
    final boolean object;
    final int level;
    int members;
    boolean named;

    Scope(boolean object, int level) {
      this.object = object;
      this.level = level;
    }
  }

  private final Appendable out;
  private final Deque<Scope> open = new ArrayDeque<>();
  private boolean done;

  /** A writer of one JSON value to {@code out}; I/O errors surface as {@link UncheckedIOException}. */
  public JsonWriter(Appendable out) {
    this.out = out;
  }

  /** Opens an object (as the value of the pending key, an array element, or the document). */
  public JsonWriter beginObject() {
    int level = beforeValue();
    append("{");
    open.push(new Scope(true, level));
    return this;
  }

  /** Closes the innermost object. */
  public JsonWriter endObject() {
    Scope s = close(true);
    append(s.members == 0 ? " }" : "\n" + "  ".repeat(s.level) + "}");
    return this;
  }

  /** Opens an array; its elements follow inline, {@code [ a, b ]}. */
  public JsonWriter beginArray() {
    int level = beforeValue();
    append("[");
    open.push(new Scope(false, level));
    return this;
  }

  /** Closes the innermost array. */
  public JsonWriter endArray() {
    close(false);
    append(" ]");
    return this;
  }

  /** The key of the next member of the innermost object. */
  public JsonWriter name(String key) {
    Scope s = open.peek();
    if (s == null || !s.object || s.named) {
      throw new IllegalStateException("name('" + key + "') outside an object or right after another name;"
          + " call name() once before each member's value");
    }
    append(s.members == 0 ? "\n" : ",\n");
    append("  ".repeat(s.level + 1));
    string(key);
    append(" : ");
    s.named = true;
    s.members++;
    return this;
  }

  /** A string value, or null. */
  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      append("null");
    } else {
      string(value);
    }
    return this;
  }

  /** A number value. */
  public JsonWriter value(long value) {
    beforeValue();
    append(Long.toString(value));
    return this;
  }

  /** A boolean value. */
  public JsonWriter value(boolean value) {
    beforeValue();
    append(value ? "true" : "false");
    return this;
  }

  /** Shorthand for {@code name(key).value(value)}. */
  public JsonWriter field(String key, String value) {
    return name(key).value(value);
  }

  /** Shorthand for {@code name(key).value(value)}. */
  public JsonWriter field(String key, long value) {
    return name(key).value(value);
  }

  /** Shorthand for {@code name(key).value(value)}. */
  public JsonWriter field(String key, boolean value) {
    return name(key).value(value);
  }

  /** Checks the document is complete: every object and array closed. */
  public void finish() {
    if (!open.isEmpty() || !done) {
      throw new IllegalStateException("the JSON document is incomplete: " + open.size()
          + " objects or arrays still open");
    }
  }

  /** Where the next value may go; returns the level a nested container takes. */
  private int beforeValue() {
    Scope s = open.peek();
    if (s == null) {
      if (done) {
        throw new IllegalStateException("a second top-level value; a JSON document holds one");
      }
      done = true;
      return 0;
    }
    if (s.object) {
      if (!s.named) {
        throw new IllegalStateException("a value in an object without name() before it");
      }
      s.named = false;
      return s.level + 1;
    }
    append(s.members == 0 ? " " : ", ");
    s.members++;
    return s.level;
  }

  private Scope close(boolean object) {
    Scope s = open.peek();
    if (s == null || s.object != object || s.named) {
      throw new IllegalStateException((object ? "endObject()" : "endArray()") + " without a matching "
          + (object ? "beginObject()" : "beginArray()") + " or after a name without its value");
    }
    return open.pop();
  }

  private void string(String s) {
    append("\"");
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        case '\b' -> "\\b";
        case '\f' -> "\\f";
        default -> c < 0x20 ? String.format("\\u%04X", (int) c) : null;
      };
      if (escape != null) {
        append(s, start, i);
        append(escape);
        start = i + 1;
      }
    }
    append(s, start, s.length());
    append("\"");
  }

  private void append(CharSequence text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void append(CharSequence text, int from, int to) {
    if (from < to) {
      try {
        out.append(text, from, to);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
