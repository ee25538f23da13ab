package io.github.dockerdsl.render.oracle;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.GoDuration;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What BuildKit must read from a model's text, computed from the model alone (never from the
 * text): directives, and per instruction its keyword, flags, form, values and heredocs. Values
 * BuildKit later expands (ENV, ARG and LABEL values, paths) are compared as BuildKit reads them.
 */
final class Expected {
  private static final String JOIN = " " + Command.CONTINUATION_INDENT;

  /** How a value is compared. */
  enum Mode { EXACT, PAIR, PATH }

  /** One instruction as BuildKit should see it; {@code raw} compares the keyword and line only. */
  record Node(String keyword, List<String> flags, boolean json, List<String> values, Mode mode,
      List<List<Object>> heredocs, Node trigger, String raw) {}

  private Expected() {}

  static Map<String, String> directives(Dockerfile df) {
    Map<String, String> d = new LinkedHashMap<>();
    df.directives().syntax().ifPresent(s -> d.put("syntax", s));
    df.directives().escape().ifPresent(c -> d.put("escape", String.valueOf(c)));
    df.directives().check().ifPresent(c -> d.put("check", c.value()));
    return d;
  }

  static List<Node> nodes(Dockerfile df) {
    List<Node> out = new ArrayList<>();
    for (Instruction i : df.preamble()) {
      if (!(i instanceof Comment)) {
        out.add(node(i));
      }
    }
    for (Stage s : df.stages()) {
      List<String> values = new ArrayList<>();
      values.add(s.base().toString());
      s.name().ifPresent(n -> {
        values.add("AS");
        values.add(n);
      });
      out.add(new Node("from", s.platform().map(p -> List.of("--platform=" + p)).orElse(List.of()), false, values,
          Mode.EXACT, List.of(), null, null));
      for (Instruction i : s.instructions()) {
        if (!(i instanceof Comment)) {
          out.add(node(i));
        }
      }
    }
    return out;
  }

  private static Node simple(String keyword, List<String> values) {
    return new Node(keyword, List.of(), false, values, Mode.EXACT, List.of(), null, null);
  }

  private static Node json(String keyword, List<String> flags, List<String> values) {
    return new Node(keyword, flags, true, values, Mode.EXACT, List.of(), null, null);
  }

  static Node node(Instruction instruction) {
    if (instruction instanceof Run r) {
      return run(r);
    }
    if (instruction instanceof Copy c) {
      List<String> flags = new ArrayList<>();
      c.from().ifPresent(f -> flags.add("--from=" + f.reference()));
      c.chown().ifPresent(u -> flags.add("--chown=" + u));
      c.chmod().ifPresent(m -> flags.add("--chmod=" + m));
      if (c.link()) {
        flags.add("--link");
      }
      if (c.parents()) {
        flags.add("--parents");
      }
      c.excludes().forEach(e -> flags.add("--exclude=" + e));
      return files("copy", flags, c.sources(), c.heredocs(), c.destination());
    }
    if (instruction instanceof Add a) {
      List<String> flags = new ArrayList<>();
      a.checksum().ifPresent(c -> flags.add("--checksum=" + c));
      if (a.keepGitDir()) {
        flags.add("--keep-git-dir");
      }
      a.unpack().ifPresent(u -> flags.add("--unpack=" + u));
      a.chown().ifPresent(u -> flags.add("--chown=" + u));
      a.chmod().ifPresent(m -> flags.add("--chmod=" + m));
      if (a.link()) {
        flags.add("--link");
      }
      a.excludes().forEach(e -> flags.add("--exclude=" + e));
      return files("add", flags, a.sources(), a.heredocs(), a.destination());
    }
    if (instruction instanceof Env e) {
      return pairs("env", e.entries());
    }
    if (instruction instanceof Label l) {
      return pairs("label", l.entries());
    }
    if (instruction instanceof Arg a) {
      return new Node("arg", List.of(), false,
          List.of(a.name() + a.defaultValue().map(v -> "=" + v).orElse("")), Mode.PAIR, List.of(), null, null);
    }
    if (instruction instanceof Workdir w) {
      return new Node("workdir", List.of(), false, List.of(w.path()), Mode.PATH, List.of(), null, null);
    }
    if (instruction instanceof User u) {
      return simple("user", List.of(u.user().toString()));
    }
    if (instruction instanceof Expose e) {
      return simple("expose", e.ports().stream().map(Port::toString).toList());
    }
    if (instruction instanceof Volume v) {
      return new Node("volume", List.of(), true, v.paths(), Mode.PATH, List.of(), null, null);
    }
    if (instruction instanceof Cmd c) {
      return json("cmd", List.of(), c.argv());
    }
    if (instruction instanceof Entrypoint e) {
      return json("entrypoint", List.of(), e.argv());
    }
    if (instruction instanceof Shell s) {
      return json("shell", List.of(), s.argv());
    }
    if (instruction instanceof StopSignal s) {
      return simple("stopsignal", List.of(s.signal().toString()));
    }
    if (instruction instanceof Healthcheck h) {
      if (h.isNone()) {
        return simple("healthcheck", List.of("NONE"));
      }
      List<String> flags = new ArrayList<>();
      duration(flags, "interval", h.interval());
      duration(flags, "timeout", h.timeout());
      duration(flags, "start-period", h.startPeriod());
      duration(flags, "start-interval", h.startInterval());
      h.retries().ifPresent(r -> flags.add("--retries=" + r));
      List<String> values = new ArrayList<>();
      values.add("CMD");
      values.addAll(h.argv());
      return json("healthcheck", flags, values);
    }
    if (instruction instanceof OnBuild o) {
      return new Node("onbuild", List.of(), false, List.of(), Mode.EXACT, List.of(), node(o.trigger()), null);
    }
    if (instruction instanceof Raw r) {
      return new Node(r.keyword().toLowerCase(Locale.ROOT), null, false, null, Mode.EXACT, null, null, r.text());
    }
    throw new IllegalArgumentException("no expectation for " + instruction.getClass());
  }

  private static void duration(List<String> flags, String name, Optional<Duration> d) {
    d.ifPresent(v -> flags.add("--" + name + "=" + GoDuration.format(v)));
  }

  private static Node pairs(String keyword, List<KeyValue> entries) {
    return new Node(keyword, List.of(), false, entries.stream().map(kv -> kv.key() + "=" + kv.value()).toList(),
        Mode.PAIR, List.of(), null, null);
  }

  private static List<List<Object>> heredocs(List<Heredoc> docs) {
    List<List<Object>> out = new ArrayList<>();
    for (Heredoc d : docs) {
      StringBuilder content = new StringBuilder();
      d.lines().forEach(l -> content.append(l).append('\n'));
      out.add(List.of(d.delimiter(), content.toString(), d.stripTabs(), d.expand()));
    }
    return out;
  }

  private static Node files(String keyword, List<String> flags, List<String> sources, List<Heredoc> docs,
      String destination) {
    List<String> paths = new ArrayList<>(sources);
    paths.add(destination);
    if (docs.isEmpty()) {
      // either form is right; the comparison accepts the JSON flag as BuildKit reports it
      return new Node(keyword, flags, false, paths, Mode.PATH, List.of(), null, null);
    }
    List<String> values = new ArrayList<>();
    docs.forEach(d -> values.add(d.marker()));
    values.addAll(paths);
    return new Node(keyword, flags, false, values, Mode.PATH, heredocs(docs), null, null);
  }

  private static Node run(Run r) {
    List<String> flags = new ArrayList<>();
    r.mounts().forEach(m -> flags.add(mount(m)));
    r.network().ifPresent(n -> flags.add("--network=" + n.name().toLowerCase(Locale.ROOT)));
    r.security().ifPresent(s -> flags.add("--security=" + s.name().toLowerCase(Locale.ROOT)));
    Command c = r.command();
    if (c instanceof Command.ExecForm e) {
      return json("run", flags, e.argv());
    }
    if (c instanceof Command.ShellForm s) {
      return new Node("run", flags, false, List.of(BuildKitLexer.trim(String.join(JOIN, s.lines()))), Mode.EXACT,
          List.of(), null, null);
    }
    Command.HeredocForm h = (Command.HeredocForm) c;
    return new Node("run", flags, false, List.of(BuildKitLexer.trim(h.commandLine())), Mode.EXACT,
        heredocs(h.heredocs()), null, null);
  }

  /** A mount as {@code --mount=...}, spelled from the model independently of the writer. */
  static String mount(Mount mount) {
    List<String> o = new ArrayList<>();
    if (mount instanceof BindMount m) {
      o.add("type=bind");
      o.add("target=" + m.target());
      m.source().ifPresent(s -> o.add("source=" + s));
      m.from().ifPresent(f -> o.add("from=" + f.reference()));
      if (m.readWrite()) {
        o.add("rw");
      }
    } else if (mount instanceof CacheMount m) {
      o.add("type=cache");
      m.id().ifPresent(s -> o.add("id=" + s));
      o.add("target=" + m.target());
      m.sharing().ifPresent(s -> o.add("sharing=" + s.name().toLowerCase(Locale.ROOT)));
      m.from().ifPresent(f -> o.add("from=" + f.reference()));
      m.source().ifPresent(s -> o.add("source=" + s));
      if (m.readOnly()) {
        o.add("ro");
      }
      m.mode().ifPresent(s -> o.add("mode=" + s));
      m.uid().ifPresent(s -> o.add("uid=" + s));
      m.gid().ifPresent(s -> o.add("gid=" + s));
    } else if (mount instanceof TmpfsMount m) {
      o.add("type=tmpfs");
      o.add("target=" + m.target());
      m.sizeBytes().ifPresent(s -> o.add("size=" + s));
    } else if (mount instanceof SecretMount m) {
      o.add("type=secret");
      m.id().ifPresent(s -> o.add("id=" + s));
      m.target().ifPresent(s -> o.add("target=" + s));
      m.env().ifPresent(s -> o.add("env=" + s));
      if (m.required()) {
        o.add("required");
      }
      m.mode().ifPresent(s -> o.add("mode=" + s));
      m.uid().ifPresent(s -> o.add("uid=" + s));
      m.gid().ifPresent(s -> o.add("gid=" + s));
    } else {
      SshMount m = (SshMount) mount;
      o.add("type=ssh");
      m.id().ifPresent(s -> o.add("id=" + s));
      m.target().ifPresent(s -> o.add("target=" + s));
      if (m.required()) {
        o.add("required");
      }
      m.mode().ifPresent(s -> o.add("mode=" + s));
      m.uid().ifPresent(s -> o.add("uid=" + s));
      m.gid().ifPresent(s -> o.add("gid=" + s));
    }
    return "--mount=" + String.join(",", o);
  }

  // --- comparison -----------------------------------------------------------------------------

  /** Every way BuildKit's reading differs from the model; empty when it reads exactly the model. */
  @SuppressWarnings("unchecked")
  static List<String> differences(Dockerfile df, Map<String, Object> seen) {
    List<String> out = new ArrayList<>();
    if (seen.containsKey("error")) {
      out.add("BuildKit refuses the file: " + seen.get("error"));
      return out;
    }
    if (!Objects.equals(seen.get("directives"), directives(df))) {
      out.add("directives " + seen.get("directives") + ", model " + directives(df));
    }
    List<Object> warnings = (List<Object>) seen.get("warnings");
    if (!warnings.isEmpty()) {
      out.add("warnings " + warnings);
    }
    List<Node> want = nodes(df);
    List<Object> got = (List<Object>) seen.get("nodes");
    if (got.size() != want.size()) {
      List<String> keywords = new ArrayList<>();
      got.forEach(n -> keywords.add((String) ((Map<String, Object>) n).get("keyword")));
      out.add("BuildKit sees " + got.size() + " instructions " + keywords + ", model has " + want.size() + " "
          + want.stream().map(Node::keyword).toList());
      return out;
    }
    char escape = df.directives().escapeCharacter();
    for (int i = 0; i < want.size(); i++) {
      compare("instruction " + (i + 1), want.get(i), (Map<String, Object>) got.get(i), escape, out);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void compare(String where, Node want, Map<String, Object> got, char escape, List<String> out) {
    if (!want.keyword().equals(got.get("keyword"))) {
      out.add(where + ": keyword " + got.get("keyword") + ", model " + want.keyword());
      return;
    }
    if (want.raw() != null) {
      if (!want.raw().equals(got.get("original"))) {
        out.add(where + ": raw line '" + got.get("original") + "', model '" + want.raw() + "'");
      }
      return;
    }
    if (!want.flags().equals(got.get("flags"))) {
      out.add(where + ": flags " + got.get("flags") + ", model " + want.flags());
    }
    if (want.trigger() != null) {
      Object trigger = got.get("trigger");
      if (trigger == null) {
        out.add(where + ": ONBUILD without trigger");
      } else {
        compare(where + " trigger", want.trigger(), (Map<String, Object>) trigger, escape, out);
      }
      return;
    }
    boolean json = Boolean.TRUE.equals(got.get("json"));
    if (want.json() && !json || !want.json() && json && !(want.mode() == Mode.PATH && want.heredocs().isEmpty())) {
      out.add(where + ": exec form " + json + ", model " + want.json());
    }
    List<String> values = (List<String>) got.get("values");
    List<String> read = new ArrayList<>();
    for (String v : values) {
      read.add(switch (want.mode()) {
        case EXACT -> v;
        case PAIR -> readPair(v, escape);
        case PATH -> v;
      });
    }
    if (!read.equals(want.values())) {
      out.add(where + ": values " + values + " read as " + read + ", model " + want.values());
    }
    if (want.mode() == Mode.PATH) {
      for (String v : want.values()) {
        if (v.startsWith("<<")) {
          continue;
        }
        String r = readValue(v, escape);
        if (!r.equals(v.replace(escape + "$", "$"))) {
          out.add(where + ": path '" + v + "' is expanded by BuildKit to '" + r + "'");
        }
      }
    }
    List<List<Object>> docs = new ArrayList<>();
    for (Object h : (List<Object>) got.get("heredocs")) {
      Map<String, Object> m = (Map<String, Object>) h;
      docs.add(List.of(m.get("name"), m.get("content"), m.get("chomp"), m.get("expand")));
    }
    if (!docs.equals(want.heredocs())) {
      out.add(where + ": heredocs " + docs + ", model " + want.heredocs());
    }
  }

  private static String readPair(String v, char escape) {
    int eq = v.indexOf('=');
    if (eq < 0) {
      return v;
    }
    return v.substring(0, eq + 1) + readValue(v.substring(eq + 1), escape);
  }

  private static String readValue(String v, char escape) {
    try {
      return BuildKitLexer.processWord(v, escape);
    } catch (BuildKitLexer.LexException e) {
      return "<BuildKit cannot expand: " + e.getMessage() + ">";
    }
  }
}
