package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.parse.ParsedDockerfile;
import java.io.*;
import java.lang.reflect.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * A canonical dump of what the parser makes of every file of {@link RealWorldCorpus} and {@link LintCorpus},
 * of 3,600 seeded mutations of them (error paths, Raw fallbacks) and of every file under the folders given:
 * the rendered text and the model's record components, or the error with line and column. Two dumps
 * taken before and after a change to the parser must be identical (docs/performance.md, fourth round).
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.dockerdsl.benchmarks.ParseDump OUT [DIR...]}
 */
public final class ParseDump {
  static final Set<String> SKIP = Set.of("toBuilder", "hashCode", "getClass", "notify", "notifyAll", "wait",
      "withoutTag", "withoutDigest", "ref", "builder", "toString", "policy", "features", "requiredSyntax");

  private ParseDump() {}

  /** Writes the dump to args[0]. */
  public static void main(String[] args) throws Exception {
    List<String> files = new ArrayList<>();
    files.addAll(RealWorldCorpus.generate());
    files.addAll(LintCorpus.generate());
    // the parser's own test corpus and test resources
    try (var w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      int k = 0;
      for (String text : files) {
        w.println("=== file " + (k++));
        dumpOne(w, text);
      }
      // seeded mutations, to cover error paths and the Raw fallback
      Random r = new Random(15);
      String alphabet = "\\\"'$`{}[]-=:# \n\t,@/AaZ9\u00e9\u0007";
      for (int f = 0; f < 600; f++) {
        String base = files.get(f * 3 % files.size());
        for (int m = 0; m < 6; m++) {
          StringBuilder t = new StringBuilder(base);
          int edits = 1 + r.nextInt(3);
          for (int e = 0; e < edits && t.length() > 0; e++) {
            int at = r.nextInt(t.length());
            switch (r.nextInt(3)) {
              case 0 -> t.deleteCharAt(at);
              case 1 -> t.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
              default -> t.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
            }
          }
          w.println("=== mutant " + f + "." + m);
          dumpOne(w, t.toString());
        }
      }
      for (int i = 1; i < args.length; i++) {
        try (var s = Files.walk(Path.of(args[i]))) {
          for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
            w.println("=== " + p);
            String text;
            try { text = Files.readString(p, StandardCharsets.UTF_8); } catch (IOException e) { w.println("unreadable"); continue; }
            dumpOne(w, text);
          }
        }
      }
    }
  }

  static void dumpOne(PrintWriter w, String text) {
    try {
      ParsedDockerfile p = DockerfileParser.parse(text);
      w.println("--- text");
      w.println(p.dockerfile().toString());
      w.println("--- model");
      StringBuilder sb = new StringBuilder();
      dump(sb, p, 0);
      w.println(sb);
    } catch (DockerfileSyntaxException e) {
      w.println("ERROR " + e.line() + ":" + e.column() + " " + e.getMessage());
    } catch (RuntimeException e) {
      w.println("OTHER " + e);
    }
  }

  static void dump(StringBuilder sb, Object o, int depth) {
    if (depth > 30) { sb.append("<deep>"); return; }
    if (o == null) { sb.append("null"); return; }
    Class<?> c = o.getClass();
    if (o instanceof String s) { sb.append('"').append(s.replace("\n", "\\n")).append('"'); return; }
    if (o instanceof Number || o instanceof Boolean || o instanceof Character || c.isEnum()) { sb.append(o); return; }
    if (o instanceof Optional<?> opt) { sb.append("Opt("); if (opt.isPresent()) dump(sb, opt.get(), depth + 1); sb.append(')'); return; }
    if (o instanceof Set<?> set) { List<String> parts = new ArrayList<>(); for (Object e : set) { StringBuilder x = new StringBuilder(); dump(x, e, depth + 1); parts.add(x.toString()); } Collections.sort(parts); sb.append("Set").append(parts); return; }
    if (o instanceof Collection<?> col) { sb.append('['); for (Object e : col) { dump(sb, e, depth + 1); sb.append(", "); } sb.append(']'); return; }
    if (o instanceof Map<?, ?> m) { sb.append('{'); for (var e : m.entrySet()) { dump(sb, e.getKey(), depth + 1); sb.append('='); dump(sb, e.getValue(), depth + 1); sb.append(", "); } sb.append('}'); return; }
    if (!c.getName().startsWith("io.github.dockerdsl") || c.getName().startsWith("io.github.dockerdsl.rule.Policy")) {
      sb.append(c.getSimpleName()).append('<').append(o).append('>'); return;
    }
    sb.append(c.getName().substring(19)).append("{");
    if (!c.getName().startsWith("io.github.dockerdsl.parse.")) sb.append("str=\"").append(String.valueOf(o).replace("\n", "\\n")).append('"');
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        sb.append(", ").append(rc.getName()).append('=');
        try { Method m = rc.getAccessor(); m.setAccessible(true); dump(sb, m.invoke(o), depth + 1); }
        catch (Exception e) { sb.append("!").append(e.getCause() == null ? e : e.getCause()); }
      }
    } else {
      Method[] ms = c.getMethods();
      Arrays.sort(ms, Comparator.comparing(Method::getName));
      for (Method m : ms) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || SKIP.contains(m.getName())
            || m.getReturnType() == void.class) continue;
        sb.append(", ").append(m.getName()).append('=');
        try { dump(sb, m.invoke(o), depth + 1); }
        catch (Exception e) { sb.append("!").append(e.getCause() == null ? e : e.getCause()); }
      }
    }
    sb.append('}');
  }
}
