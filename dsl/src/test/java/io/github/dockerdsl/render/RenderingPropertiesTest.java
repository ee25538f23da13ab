package io.github.dockerdsl.render;

import io.github.dockerdsl.rule.Policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.Digest;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For arbitrary strings passed to every string-accepting factory: the call is refused with an
 * {@link IllegalArgumentException}, or the whole Dockerfile renders with exactly the instructions
 * of the model and the value intact. Replay a failure with {@code -Dproperty.seed=<seed>}.
 */
class RenderingPropertiesTest {
  private static final int CASES = Integer.getInteger("property.cases", 200);
  private static final long BASE_SEED = Long.getLong("property.seed", 20240611L);
  private static final Map<String, int[]> ACCEPTED = new LinkedHashMap<>();

  private static final String[] FRAGMENTS = {
    "\n", "\r", "\r\n", "\"", "'", "\\", "`", "$", "${A}", "$HOME", "#", "# ", "<<EOF", "<<-X", "<<'Q'", "EOF",
    "\\\n", "`\n", "&&", "RUN ", "FROM x", "ü", "✓", "日本", "\u00a0", "\u2028", "\u0085", "\u0000", "\u0007",
    "\u007f", "\t", " ", "=", ",", ":", "/", "@", "[", "]", "{", "}", ";", "|", "-", ".", "_", "😀", "\u202f",
    "sha256:", "0", "9", "a", "Z", "x y", "--", "\\\\", "\\\"", "EOF\n"
  };
  private static final String SAFE = "abcdefghijklmnopqrstuvwxyz0123456789._-/";

  /** An arbitrary string: sometimes plain and valid-looking, often hostile. */
  static String arbitrary(Random r) {
    int kind = r.nextInt(10);
    StringBuilder s = new StringBuilder();
    if (kind < 3) {
      int n = 1 + r.nextInt(12);
      for (int i = 0; i < n; i++) {
        s.append(SAFE.charAt(r.nextInt(i == 0 ? 26 : SAFE.length())));
      }
      return s.toString();
    }
    if (kind == 3) {
      int pick = r.nextInt(4);
      if (pick == 0) {
        return "";
      }
      if (pick == 3) {
        return r.nextInt(70000) + (r.nextBoolean() ? "" : r.nextBoolean() ? "/udp" : "/tcp");
      }
      if (pick == 1) {
        s.append("SIG");
        for (int i = r.nextInt(6); i >= 0; i--) {
          s.append((char) ('A' + r.nextInt(26)));
        }
        return s.toString();
      }
      int n = 7 + r.nextInt(58);
      for (int i = 0; i < n; i++) {
        s.append("0123456789abcdef".charAt(r.nextInt(16)));
      }
      return s.toString();
    }
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(4);
      if (pick == 0) {
        s.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
      } else if (pick == 1) {
        s.append((char) r.nextInt(0x80));
      } else if (pick == 2) {
        s.append((char) (0x80 + r.nextInt(0x2000)));
      } else {
        s.append(SAFE.charAt(r.nextInt(SAFE.length())));
      }
    }
    if (kind == 9) {
      s.append(r.nextBoolean() ? '\\' : '`');
    }
    return s.toString();
  }

  /** A probe: builds a Dockerfile around a value and checks the value in the scanned text. */
  interface Probe {
    /** The Dockerfile holding the value, and the number of instructions it models. */
    Built build(String value, char escape);
  }

  /** A built Dockerfile, its instruction count, the index of the probed instruction and its check. */
  record Built(Dockerfile dockerfile, int instructions, int index, Consumer<TextScanner.Logical> check) {}

  private static int count(List<Instruction> instructions) {
    int n = 0;
    for (Instruction i : instructions) {
      if (!(i instanceof Comment)) {
        n++;
      }
    }
    return n;
  }

  /** The value inside one instruction in a stage between two others; the probe is instruction index 2. */
  private static Built inStage(Instruction probe, char escape, Consumer<TextScanner.Logical> check) {
    Stage stage = Stage.from("alpine:3.20").as("probe")
        .run("echo before")
        .instruction(probe)
        .run("echo after")
        .cmd("done")
        .build();
    Dockerfile df = Dockerfile.builder().escape(escape).globalArg("G", "1").stage(stage).build(Policy.none());
    return new Built(df, 1 + 1 + count(stage.instructions()), 3, check);
  }

  private static Consumer<TextScanner.Logical> equalsText(String expected) {
    return l -> assertThat(l.text()).isEqualTo(expected);
  }

  private static Consumer<TextScanner.Logical> word(String prefix, String value, char escape) {
    return l -> {
      assertThat(l.text()).startsWith(prefix);
      assertThat(TextScanner.decodeWord(l.text().substring(prefix.length()), escape)).isEqualTo(value);
    };
  }

  private static Consumer<TextScanner.Logical> json(String prefix, List<String> expected) {
    return l -> {
      assertThat(l.text()).startsWith(prefix);
      assertThat(MiniJson.parseStringArray(l.text().substring(prefix.length()))).isEqualTo(expected);
    };
  }

  private static Consumer<TextScanner.Logical> files(String keyword, List<String> expected) {
    return l -> {
      assertThat(l.keyword()).isEqualTo(keyword);
      assertThat(TextScanner.decodeFileArgs(l.arguments())).isEqualTo(expected);
    };
  }

  private static Consumer<TextScanner.Logical> flagWord(String expected, char escape) {
    return l -> assertThat(TextScanner.words(l.text(), escape)).contains(expected);
  }

  private static Consumer<TextScanner.Logical> body(int index, List<String> expected) {
    return l -> assertThat(l.bodies().get(index)).isEqualTo(expected);
  }

  private static String trimGo(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && TextScanner.isGoSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && TextScanner.isGoSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** {@code prefix + value}, or null for a null value, so null probes still reach the factory. */
  private static String cat(String prefix, String value, String suffix) {
    return value == null ? null : prefix + value + suffix;
  }

  private static List<String> commentLines(String value) {
    List<String> out = new ArrayList<>();
    for (String line : value.split("\n", -1)) {
      // the writer keeps banner lines such as '####' as they are, so '#'-led lines get no space
      out.add(line.isEmpty() ? "#" : line.startsWith("#") ? "#" + line : "# " + line);
    }
    return out;
  }

  static Map<String, Probe> probes() {
    Map<String, Probe> p = new LinkedHashMap<>();
    p.put("env value", (v, e) -> inStage(Env.of("K", v), e, word("ENV K=", v, e)));
    p.put("env key", (v, e) -> inStage(Env.of(v, "x"), e, equalsText("ENV " + v + "=x")));
    p.put("label value", (v, e) -> inStage(Label.of("k", v), e, word("LABEL k=", v, e)));
    p.put("label key", (v, e) -> inStage(Label.of(v, "x"), e, equalsText("LABEL " + v + "=x")));
    p.put("arg default", (v, e) -> inStage(Arg.of("A", v), e, word("ARG A=", v, e)));
    p.put("arg name", (v, e) -> inStage(Arg.of(v), e, equalsText("ARG " + v)));
    p.put("global arg default", (v, e) -> {
      Dockerfile df = Dockerfile.builder().escape(e).globalArg("G", v).stage(Stage.from("alpine:3.20").build()).build(Policy.none());
      return new Built(df, 2, 0, word("ARG G=", v, e));
    });
    p.put("workdir", (v, e) -> inStage(Workdir.of(v), e, l -> {
      assertThat(l.keyword()).isEqualTo("WORKDIR");
      assertThat(trimGo(l.arguments())).isEqualTo(v);
    }));
    p.put("copy source", (v, e) -> inStage(Copy.of(v, "/dst"), e, files("COPY", List.of(v, "/dst"))));
    p.put("copy destination", (v, e) -> inStage(Copy.of("src", v), e, files("COPY", List.of("src", v))));
    p.put("copy sources", (v, e) -> inStage(Copy.of(List.of("a", v), "/d/"), e, files("COPY", List.of("a", v, "/d/"))));
    p.put("copy exclude", (v, e) -> inStage(Copy.of("a", "/d").withExcludes(v), e, flagWord("--exclude=" + v, e)));
    p.put("add source", (v, e) -> inStage(Add.of(v, "/dst"), e, files("ADD", List.of(v, "/dst"))));
    p.put("add destination", (v, e) -> inStage(Add.of("https://x/y", v), e, files("ADD", List.of("https://x/y", v))));
    p.put("add checksum", (v, e) -> inStage(Add.of("https://x/y", "/y").withChecksum(v), e,
        flagWord("--checksum=" + v, e)));
    p.put("volume", (v, e) -> inStage(Volume.of("/a", v), e, json("VOLUME ", List.of("/a", v))));
    p.put("user", (v, e) -> inStage(User.of(v), e, equalsText("USER " + v)));
    p.put("chown", (v, e) -> inStage(Copy.of("a", "/a").withChown(UserSpec.parse(v)), e,
        flagWord("--chown=" + v, e)));
    p.put("chmod", (v, e) -> inStage(Copy.of("a", "/a").withChmod(FileMode.of(v)), e, flagWord("--chmod=" + v, e)));
    p.put("comment", (v, e) -> {
      Built built = inStage(Comment.of(v), e, equalsText("RUN echo after"));
      assertThat(built.dockerfile().toString()).contains("RUN echo before\n" + String.join("\n", commentLines(v)) + "\n");
      return built;
    });
    p.put("first comment", (v, e) -> {
      Dockerfile df = Dockerfile.builder().escape(e).comment(v).stage(Stage.from("alpine:3.20").build()).build(Policy.none());
      assertThat(df.toString()).contains("\n\n" + String.join("\n", commentLines(v)) + "\n\nFROM ");
      return new Built(df, 1, 0, equalsText("FROM alpine:3.20"));
    });
    p.put("shell line", (v, e) -> inStage(Run.shell(v), e, equalsText("RUN " + v)));
    p.put("shell lines", (v, e) -> inStage(Run.of(Command.allOf("true", v)), e, l -> {
      assertThat(l.text()).startsWith("RUN true ").endsWith("&& " + v);
    }));
    p.put("run exec", (v, e) -> inStage(Run.of(Command.exec("prog", v)), e, json("RUN ", List.of("prog", v))));
    p.put("cmd", (v, e) -> inStage(Cmd.of(v, "x"), e, json("CMD ", List.of(v, "x"))));
    p.put("entrypoint", (v, e) -> inStage(Entrypoint.of("x", v), e, json("ENTRYPOINT ", List.of("x", v))));
    p.put("shell", (v, e) -> inStage(Shell.of(v, "-c"), e, json("SHELL ", List.of(v, "-c"))));
    p.put("healthcheck", (v, e) -> inStage(Healthcheck.of("check", v), e, json("HEALTHCHECK CMD ", List.of("check", v))));
    p.put("shell exec", (v, e) -> inStage(Cmd.of(Command.shellExec(v)), e,
        json("CMD ", List.of("/bin/sh", "-c", "exec " + v))));
    p.put("run heredoc line", (v, e) -> inStage(Run.of(Command.heredoc(Heredoc.of("EOF", "echo start", v))), e,
        body(0, List.of("echo start", v))));
    p.put("copy heredoc line", (v, e) -> inStage(Copy.heredoc(Heredoc.of("EOF", v).literal(), "/f"), e,
        body(0, List.of(v))));
    p.put("heredoc delimiter", (v, e) -> inStage(Run.of(Command.heredoc(Heredoc.of(v, "x"))), e,
        body(0, List.of("x"))));
    p.put("heredoc command line", (v, e) -> inStage(Run.of(Command.heredocs(cat("", v, " <<EOF"), Heredoc.of("EOF", "x"))),
        e, l -> {
          assertThat(l.bodies()).hasSize(1);
          assertThat(l.bodies().get(0)).containsExactly("x");
        }));
    p.put("two heredocs", (v, e) -> inStage(Run.of(Command.heredocs("<<A cat && <<B cat",
        Heredoc.of("A", v), Heredoc.of("B", "b", v))), e, l -> {
          assertThat(l.bodies()).containsExactly(List.of(v), List.of("b", v));
        }));
    p.put("cache mount id", (v, e) -> inStage(Run.shell("x").withMount(CacheMount.of("/c").withId(v)), e,
        flagWord("--mount=type=cache,id=" + v + ",target=/c", e)));
    p.put("cache mount target", (v, e) -> inStage(Run.shell("x").withMount(CacheMount.of(cat("/", v, ""))), e,
        flagWord("--mount=type=cache,target=/" + v, e)));
    p.put("bind mount source", (v, e) -> inStage(Run.shell("x").withMount(BindMount.of("/b").withSource(v)), e,
        flagWord("--mount=type=bind,target=/b,source=" + v, e)));
    p.put("secret mount id", (v, e) -> inStage(Run.shell("x").withMount(SecretMount.of(v)), e,
        flagWord("--mount=type=secret,id=" + v, e)));
    p.put("secret mount env", (v, e) -> inStage(Run.shell("x").withMount(SecretMount.of("s").withEnv(v)), e,
        flagWord("--mount=type=secret,id=s,env=" + v, e)));
    p.put("ssh mount id", (v, e) -> inStage(Run.shell("x").withMount(SshMount.DEFAULT.withId(v)), e,
        flagWord("--mount=type=ssh,id=" + v, e)));
    p.put("tmpfs target", (v, e) -> inStage(Run.shell("x").withMount(TmpfsMount.of(cat("/", v, ""))), e,
        flagWord("--mount=type=tmpfs,target=/" + v, e)));
    p.put("raw", (v, e) -> inStage(Raw.of(cat("MAINTAINER ", v, "")), e, equalsText("MAINTAINER " + v)));
    // a Raw must read back as itself, so a shell-form CMD (which the typed model refuses) with the value in it
    p.put("raw shell-form CMD", (v, e) -> inStage(Raw.of(cat("CMD ", v, "")), e, equalsText("CMD " + v)));
    p.put("onbuild raw", (v, e) -> inStage(OnBuild.of(Raw.of(cat("LABEL ", v, ""))), e, equalsText("ONBUILD LABEL " + v)));
    p.put("image ref", (v, e) -> {
      Dockerfile df = Dockerfile.builder().escape(e).stage(Stage.from(v).build()).build(Policy.none());
      return new Built(df, 1, 0, equalsText("FROM " + v));
    });
    p.put("copy from image", (v, e) -> inStage(Copy.of("a", "/a").withFrom(ImageRef.parse(v)), e,
        flagWord("--from=" + v, e)));
    p.put("stage name", (v, e) -> {
      Dockerfile df = Dockerfile.builder().escape(e).stage(Stage.from("alpine:3.20").as(v).build()).build(Policy.none());
      return new Built(df, 1, 0, equalsText("FROM alpine:3.20 AS " + v));
    });
    p.put("copy from stage", (v, e) -> {
      Stage first = Stage.from("alpine:3.20").as(v).build();
      Stage second = Stage.from("scratch").copy(Copy.of("a", "/a").withFrom(new StageRef(v))).build();
      Dockerfile df = Dockerfile.builder().escape(e).stage(first).stage(second).build(Policy.none());
      return new Built(df, 3, 2, flagWord("--from=" + v, e));
    });
    p.put("platform", (v, e) -> {
      Dockerfile df = Dockerfile.builder().escape(e)
          .stage(Stage.from("alpine:3.20").platform(Platform.parse(v)).build()).build(Policy.none());
      return new Built(df, 1, 0, equalsText("FROM --platform=" + v + " alpine:3.20"));
    });
    p.put("syntax directive", (v, e) -> {
      Dockerfile df = Dockerfile.builder().syntax(v).escape(e).stage(Stage.from("alpine:3.20").build()).build(Policy.none());
      assertThat(df.toString()).startsWith("# syntax=" + v + "\n");
      return new Built(df, 1, 0, equalsText("FROM alpine:3.20"));
    });
    p.put("signal", (v, e) -> inStage(io.github.dockerdsl.instruction.StopSignal.of(Signal.of(v)), e,
        equalsText("STOPSIGNAL " + v)));
    p.put("port", (v, e) -> inStage(io.github.dockerdsl.instruction.Expose.of(Port.parse(v)), e, l -> {
      assertThat(l.keyword()).isEqualTo("EXPOSE");
      assertThat(Port.parse(l.arguments())).isEqualTo(Port.parse(v));
    }));
    p.put("package", (v, e) -> inStage(PackageInstall.apt("curl", v).toRun(), e, l -> {
      assertThat(TextScanner.words(l.text(), e)).contains(v);
    }));
    p.put("package pinned", (v, e) -> inStage(PackageInstall.apk("curl").withPinned("git", v).toRun(), e, l -> {
      assertThat(TextScanner.words(l.text(), e)).contains("git=" + v);
    }));
    return p;
  }

  static Stream<Arguments> probeNames() {
    return probes().keySet().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probeNames")
  void every_value_is_refused_or_rendered_intact(String name) {
    Probe probe = probes().get(name);
    long seed = BASE_SEED ^ name.hashCode();
    Random random = new Random(seed);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      long caseSeed = random.nextLong();
      Random r = new Random(caseSeed);
      String value = arbitrary(r);
      char escape = r.nextBoolean() ? '\\' : '`';
      try {
        if (check(probe, value, escape)) {
          accepted++;
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(String.format("probe '%s' failed for value '%s' %s with escape %s "
            + "(case seed %d; replay with -Dproperty.seed=%d)", name, Quoting.visible(value),
            value.codePoints().mapToObj(c -> String.format("U+%04X", c)).collect(java.util.stream.Collectors.toList()),
            escape, caseSeed, BASE_SEED), e);
      }
    }
    synchronized (ACCEPTED) {
      ACCEPTED.put(name, new int[] {accepted, CASES});
    }
  }

  /** Returns false when refused, true when rendered and checked; throws when the property fails. */
  private static boolean check(Probe probe, String value, char escape) {
    Built built;
    try {
      built = probe.build(value, escape);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n").doesNotEndWith(".");
      return false;
    }
    String text = built.dockerfile().toString();
    List<TextScanner.Logical> scanned = TextScanner.scan(text, escape);
    assertThat(scanned).as("instructions in%n%s", text).hasSize(built.instructions());
    built.check().accept(scanned.get(built.index()));
    assertThat(built.dockerfile().toString()).isEqualTo(text);
    return true;
  }

  @Test
  void null_values_are_npe_never_anything_else() {
    for (Map.Entry<String, Probe> e : probes().entrySet()) {
      try {
        e.getValue().build(null, '\\');
      } catch (NullPointerException expected) {
        continue;
      } catch (RuntimeException other) {
        throw new AssertionError("probe '" + e.getKey() + "' threw " + other + " for null", other);
      }
      throw new AssertionError("probe '" + e.getKey() + "' accepted null");
    }
  }

  @AfterAll
  static void every_probe_accepted_some_values() {
    for (Map.Entry<String, int[]> e : ACCEPTED.entrySet()) {
      assertThat(e.getValue()[0]).as("values accepted by probe '%s'", e.getKey()).isPositive();
    }
  }

  // --- image references ---------------------------------------------------------------------

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

  private static String component(Random r) {
    StringBuilder s = new StringBuilder();
    int parts = 1 + r.nextInt(3);
    for (int p = 0; p < parts; p++) {
      if (p > 0) {
        String[] seps = {".", "_", "__", "-", "--"};
        s.append(seps[r.nextInt(seps.length)]);
      }
      int n = 1 + r.nextInt(6);
      for (int i = 0; i < n; i++) {
        s.append(LOWER.charAt(r.nextInt(LOWER.length())));
      }
    }
    return s.toString();
  }

  static String validRef(Random r) {
    StringBuilder s = new StringBuilder();
    int registry = r.nextInt(4);
    if (registry == 1) {
      s.append(component(r).replace("_", "")).append(".io/");
    } else if (registry == 2) {
      s.append("registry.").append("example").append(r.nextInt(10)).append(".com:").append(1 + r.nextInt(65535))
          .append('/');
    } else if (registry == 3) {
      s.append("localhost:").append(1 + r.nextInt(65535)).append('/');
    }
    int depth = 1 + r.nextInt(3);
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        s.append('/');
      }
      // Without a registry, a first component with '.' would name a registry host, as in Docker.
      s.append(registry == 0 && i == 0 ? component(r).replace('.', '-') : component(r));
    }
    if (r.nextBoolean()) {
      String tagChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-";
      StringBuilder tag = new StringBuilder().append(tagChars.charAt(r.nextInt(63)));
      int n = r.nextInt(20);
      for (int i = 0; i < n; i++) {
        tag.append(tagChars.charAt(r.nextInt(tagChars.length())));
      }
      s.append(':').append(r.nextInt(5) == 0 ? "${VERSION}" : tag);
    }
    if (r.nextInt(3) == 0) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 64; i++) {
        hex.append("0123456789abcdef".charAt(r.nextInt(16)));
      }
      s.append('@').append(Digest.sha256(hex.toString()));
    }
    return s.toString();
  }

  @Test
  void image_refs_survive_parse_and_print() {
    Random seeds = new Random(BASE_SEED);
    for (int i = 0; i < CASES; i++) {
      long seed = seeds.nextLong();
      String text = validRef(new Random(seed));
      try {
        ImageRef ref = ImageRef.parse(text);
        assertThat(ref.toString()).isEqualTo(text);
        assertThat(ImageRef.parse(ref.toString())).isEqualTo(ref);
        assertThat(ImageRef.parse(ref.toString()).hashCode()).isEqualTo(ref.hashCode());
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("image ref '" + text + "' failed (case seed " + seed + ")", e);
      }
    }
  }

  // --- determinism --------------------------------------------------------------------------

  private static Dockerfile randomDockerfile(Random r) {
    Dockerfile.Builder b = Dockerfile.builder();
    if (r.nextBoolean()) {
      b.escape('`');
    }
    b.globalArg("V", "v" + r.nextInt(100));
    List<Stage> stages = new ArrayList<>();
    int count = 1 + r.nextInt(4);
    for (int s = 0; s < count; s++) {
      Stage.Builder stage = s > 0 && r.nextBoolean() ? Stage.from(stages.get(r.nextInt(s))).as("s" + s)
          : Stage.from(validRef(r)).as("s" + s);
      int n = r.nextInt(10);
      for (int i = 0; i < n; i++) {
        switch (r.nextInt(8)) {
          case 0: stage.run("echo " + component(r)); break;
          case 1: stage.env("E" + i, "value " + component(r)); break;
          case 2: stage.copy(component(r), "/" + component(r)); break;
          case 3: stage.run(Run.shell("make").withMount(CacheMount.of("/c" + i))); break;
          case 4: stage.label("l" + i, component(r)); break;
          case 5: stage.cmd(component(r), "a b"); break;
          case 6:
            if (s > 0) {
              stage.copyFrom(stages.get(r.nextInt(s)), "/out", "/in" + i);
            }
            break;
          default: stage.comment(component(r));
        }
      }
      stages.add(stage.build());
    }
    stages.forEach(b::stage);
    return b.build(Policy.none());
  }

  @Test
  void rendering_is_deterministic() {
    Random seeds = new Random(BASE_SEED);
    for (int i = 0; i < CASES; i++) {
      long seed = seeds.nextLong();
      Dockerfile first = randomDockerfile(new Random(seed));
      Dockerfile second = randomDockerfile(new Random(seed));
      assertThat(second).as("seed %d", seed).isEqualTo(first);
      assertThat(second.toString()).as("seed %d", seed).isEqualTo(first.toString());
      assertThat(DockerfileWriter.render(first)).as("seed %d", seed).isEqualTo(first.toString());
      assertThat(first.toString()).as("seed %d", seed).endsWith("\n").doesNotContain("\r").doesNotContain("\n\n\n");
      assertThat(TextScanner.scan(first.toString(), first.directives().escapeCharacter()))
          .as("seed %d", seed)
          .hasSize(1 + first.stages().size() + first.stages().stream().mapToInt(st -> count(st.instructions())).sum());
    }
  }
}
