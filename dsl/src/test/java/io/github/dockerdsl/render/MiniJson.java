package io.github.dockerdsl.render;

import java.util.ArrayList;
import java.util.List;

/** A tiny strict decoder for JSON arrays of strings, independent of the writer's encoder. */
final class MiniJson {
  private final String text;
  private int at;

  private MiniJson(String text) {
    this.text = text;
  }

  /** Decodes the whole text as a JSON array of strings; anything else is an AssertionError. */
  static List<String> parseStringArray(String text) {
    MiniJson p = new MiniJson(text);
    List<String> out = p.array();
    p.spaces();
    if (p.at != text.length()) {
      throw new AssertionError("text after the JSON array: " + text);
    }
    return out;
  }

  private List<String> array() {
    spaces();
    expect('[');
    List<String> out = new ArrayList<>();
    spaces();
    if (peek() == ']') {
      at++;
      return out;
    }
    while (true) {
      spaces();
      out.add(string());
      spaces();
      char c = next();
      if (c == ']') {
        return out;
      }
      if (c != ',') {
        throw new AssertionError("expected , or ] at " + (at - 1) + " in " + text);
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new AssertionError("raw control character in JSON string: " + text);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          if (at + 4 > text.length()) {
            throw new AssertionError("short \\u escape in " + text);
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
          break;
        default:
          throw new AssertionError("bad escape \\" + e + " in " + text);
      }
    }
  }

  private void spaces() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw new AssertionError("unexpected end of JSON: " + text);
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new AssertionError("expected " + c + " at " + (at - 1) + " in " + text);
    }
  }
}
