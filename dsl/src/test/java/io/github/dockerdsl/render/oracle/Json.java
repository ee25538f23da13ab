package io.github.dockerdsl.render.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader for the oracle's output: objects, arrays, strings, numbers, booleans, null. */
public final class Json {
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /** The value of one JSON document: Map, List, String, Double, Boolean or null. */
  public static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value();
    p.spaces();
    if (p.at != text.length()) {
      throw new IllegalArgumentException("text after JSON at " + p.at);
    }
    return v;
  }

  private void spaces() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private Object value() {
    spaces();
    char c = text.charAt(at);
    switch (c) {
      case '{': {
        at++;
        Map<String, Object> m = new LinkedHashMap<>();
        spaces();
        if (text.charAt(at) == '}') {
          at++;
          return m;
        }
        while (true) {
          spaces();
          String k = string();
          spaces();
          expect(':');
          m.put(k, value());
          spaces();
          if (text.charAt(at) == ',') {
            at++;
            continue;
          }
          expect('}');
          return m;
        }
      }
      case '[': {
        at++;
        List<Object> l = new ArrayList<>();
        spaces();
        if (text.charAt(at) == ']') {
          at++;
          return l;
        }
        while (true) {
          l.add(value());
          spaces();
          if (text.charAt(at) == ',') {
            at++;
            continue;
          }
          expect(']');
          return l;
        }
      }
      case '"':
        return string();
      case 't':
        at += 4;
        return Boolean.TRUE;
      case 'f':
        at += 5;
        return Boolean.FALSE;
      case 'n':
        at += 4;
        return null;
      default: {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
          at++;
        }
        return Double.parseDouble(text.substring(start, at));
      }
    }
  }

  private void expect(char c) {
    if (text.charAt(at) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + at);
    }
    at++;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
          break;
        default: out.append(e);
      }
    }
  }
}
