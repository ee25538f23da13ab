package io.github.dockerdsl.render.oracle;

import io.github.dockerdsl.Dockerfile;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The injection property against BuildKit's own parser: seeded hostile strings through every
 * string entry point; each is refused with an IllegalArgumentException, or renders text in which
 * BuildKit reads exactly the model. Runs as a test ({@code BuildKitOracleTest}) and as a long run.
 */
final class OracleFuzz {
  private static final int BATCH = 2_000;

  /** The counts of a run, and the findings (each a readable report with its replay switch). */
  record Result(long tried, long refused, long rendered, List<String> findings, long findingCount,
      List<String> roundTrips, long roundTripCount, long millis) {
    String summary(long seed, int entryPoints) {
      return String.format("buildkit oracle: seed %d, %d entry points, inputs tried %d, refused %d, rendered %d, "
          + "findings %d, round-trip mismatches %d (%.1f s)", seed, entryPoints, tried, refused, rendered,
          findingCount, roundTripCount, millis / 1000.0);
    }
  }

  private record Case(String entryPoint, long caseSeed, String value, char escape, Dockerfile dockerfile,
      String text) {}

  private final BuildKitOracle oracle;
  private final List<Case> pending = new ArrayList<>();
  private final List<String> findings = new ArrayList<>();
  private final List<String> roundTrips = new ArrayList<>();
  private long roundTripCount;
  private final java.util.Map<String, Integer> roundTripsByEntry = new java.util.TreeMap<>();
  private long findingCount;
  private final boolean verbose;
  private final PrintStream log;

  private OracleFuzz(BuildKitOracle oracle, boolean verbose, PrintStream log) {
    this.oracle = oracle;
    this.verbose = verbose;
    this.log = log;
  }

  /**
   * Runs {@code inputs} cases spread over the entry points, or only {@code replay}
   * ({@code "<entry point>@<case seed>"}) when it is not blank.
   */
  static Result run(Path binary, long seed, long inputs, String replay, PrintStream log) {
    Map<String, EntryPoints.EntryPoint> entryPoints = EntryPoints.all();
    long start = System.currentTimeMillis();
    long tried = 0;
    long refused = 0;
    long rendered = 0;
    try (BuildKitOracle oracle = BuildKitOracle.open(binary)) {
      OracleFuzz fuzz = new OracleFuzz(oracle, !replay.isBlank(), log);
      if (!replay.isBlank()) {
        int at = replay.lastIndexOf('@');
        String name = replay.substring(0, at);
        EntryPoints.EntryPoint ep = entryPoints.get(name);
        if (ep == null) {
          throw new IllegalArgumentException("no entry point '" + name + "'; known: " + entryPoints.keySet());
        }
        tried++;
        if (fuzz.attempt(name, ep, Long.parseLong(replay.substring(at + 1)))) {
          rendered++;
        } else {
          refused++;
        }
      } else {
        long perEntry = Math.max(1, inputs / entryPoints.size());
        for (Map.Entry<String, EntryPoints.EntryPoint> e : entryPoints.entrySet()) {
          Random seeds = new Random(seed ^ e.getKey().hashCode());
          for (long i = 0; i < perEntry; i++) {
            tried++;
            if (fuzz.attempt(e.getKey(), e.getValue(), seeds.nextLong())) {
              rendered++;
            } else {
              refused++;
            }
          }
        }
      }
      fuzz.flush();
      return new Result(tried, refused, rendered, List.copyOf(fuzz.findings), fuzz.findingCount,
          fuzz.roundTripList(), fuzz.roundTripCount, System.currentTimeMillis() - start);
    }
  }

  /** True when the case rendered (and was queued for BuildKit), false when it was refused. */
  private boolean attempt(String name, EntryPoints.EntryPoint ep, long caseSeed) {
    Random r = new Random(caseSeed);
    String value = Adversarial.next(r);
    char escape = r.nextInt(3) == 0 ? '`' : '\\';
    Dockerfile df;
    try {
      df = ep.build(value, escape);
    } catch (IllegalArgumentException refused) {
      String m = refused.getMessage();
      if (m == null || m.isBlank() || m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
        finding(name, caseSeed, value, escape, null, List.of("refusal message is blank or spans lines: " + m));
      }
      if (verbose) {
        log.println("refused: " + m);
      }
      return false;
    } catch (RuntimeException | StackOverflowError other) {
      finding(name, caseSeed, value, escape, null, List.of("threw " + other + " instead of IllegalArgumentException"));
      return false;
    }
    String text = df.toString();
    if (!new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text)) {
      finding(name, caseSeed, value, escape, text, List.of("the text does not survive UTF-8"));
      return true;
    }
    roundTrip(name, caseSeed, value, escape, df, text);
    pending.add(new Case(name, caseSeed, value, escape, df, text));
    if (pending.size() >= BATCH) {
      flush();
    }
    return true;
  }

  private List<String> roundTripList() {
    List<String> out = new ArrayList<>();
    if (!roundTripsByEntry.isEmpty()) {
      out.add("by entry point: " + roundTripsByEntry);
    }
    out.addAll(roundTrips);
    return out;
  }

  /** Our own parser must read the text back as the same model: parse(render(x)) equals x. */
  private void roundTrip(String name, long caseSeed, String value, char escape, Dockerfile df, String text) {
    String problem;
    try {
      Dockerfile back = io.github.dockerdsl.parse.DockerfileParser.parse(text).dockerfile();
      if (back.equals(df)) {
        return;
      }
      problem = "our parser reads it back as a different model:\n" + back;
    } catch (RuntimeException e) {
      problem = "our parser refuses it: " + e.getMessage();
    }
    roundTripCount++;
    int seen = roundTripsByEntry.merge(name, 1, Integer::sum);
    if (seen <= 2 && roundTrips.size() < 60) {
      roundTrips.add(String.format("entry point '%s', value '%s', escape %s: %s%nreplay: -Dbuildkit.replay='%s@%d'",
          name, escaped(value.length() > 200 ? value.substring(0, 200) : value), escape, problem, name, caseSeed));
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<Map<String, Object>> seen = oracle.parse(pending.stream().map(Case::text).collect(Collectors.toList()));
    for (int i = 0; i < pending.size(); i++) {
      Case c = pending.get(i);
      List<String> diff = Expected.differences(c.dockerfile(), seen.get(i));
      if (verbose) {
        log.println("rendered:\n" + c.text() + "BuildKit reads: " + seen.get(i));
      }
      if (!diff.isEmpty()) {
        finding(c.entryPoint(), c.caseSeed(), c.value(), c.escape(), c.text(), diff);
      }
    }
    pending.clear();
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }

  private void finding(String name, long caseSeed, String value, char escape, String text, List<String> diff) {
    findingCount++;
    if (findings.size() >= 40) {
      return;
    }
    String shown = value.length() > 200 ? value.substring(0, 200) + "... (" + value.length() + " chars)" : value;
    String points = shown.codePoints().limit(60).mapToObj(cp -> String.format("U+%04X", cp))
        .collect(Collectors.joining(" "));
    String body = text == null ? "" : "\n--- text ---\n" + (text.length() > 2000 ? text.substring(0, 2000) : text)
        + "--- end ---";
    findings.add(String.format("entry point '%s', value '%s' [%s], escape %s: %s%nreplay: "
            + "-Dbuildkit.replay='%s@%d'%s", name, escaped(shown), points, escape, String.join("; ", diff),
        name, caseSeed, body));
  }
}
