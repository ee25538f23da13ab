package io.github.dockerdsl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON lines buildkit-parse prints: objects, arrays, strings, numbers, booleans, null. */
final class OracleJson {
  private final String text;
  private int at;

  private OracleJson(String text) {
    this.text = text;
  }

  /** One JSON document as Map, List, String, Double, Boolean or null. */
  static Object parse(String text) {
    OracleJson p = new OracleJson(text);
    Object v = p.value();
    p.spaces();
    if (p.at != text.length()) {
      throw new IllegalArgumentException("text after the JSON value at " + p.at + ": " + text);
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
    if (c == '{') {
      at++;
      Map<String, Object> m = new LinkedHashMap<>();
      spaces();
      if (text.charAt(at) == '}') {
        at++;
        return m;
      }
      while (true) {
        spaces();
        String key = string();
        spaces();
        expect(':');
        m.put(key, value());
        spaces();
        if (text.charAt(at++) == '}') {
          return m;
        }
      }
    }
    if (c == '[') {
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
        if (text.charAt(at++) == ']') {
          return l;
        }
      }
    }
    if (c == '"') {
      return string();
    }
    for (String word : List.of("true", "false", "null")) {
      if (text.startsWith(word, at)) {
        at += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = at;
    while (at < text.length() && "+-.0123456789eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return Double.valueOf(text.substring(start, at));
  }

  private void expect(char c) {
    if (text.charAt(at++) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + (at - 1));
    }
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
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> out.append(e);
      }
    }
  }
}
