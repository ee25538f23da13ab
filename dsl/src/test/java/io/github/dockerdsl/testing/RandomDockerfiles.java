package io.github.dockerdsl.testing;

import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.Network;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Protocol;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Security;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of random valid Dockerfile models, in the shapes the parser produces. Public for
 * the round-trip tests of other modules, which use it through the dsl test-jar (a package of its own,
 * because a test-jar package that the dsl module also holds is hidden from modular test code).
 */
public final class RandomDockerfiles {
  private static final String WORD = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String VALUE = "ab c$_/.:-=\"'\\`#é{}xyz01";
  private static final String TEXT = "abc xyz -_/.:=\"'\\`$&|;(){}[]é0123456789";

  private final Random random;
  private char escape;
  private final List<String> stageNames = new ArrayList<>();

  /** A generator whose models depend only on {@code seed}. */
  public RandomDockerfiles(long seed) {
    this.random = new Random(seed);
  }

  /** The next random model, built without policy checks. */
  public Dockerfile next() {
    stageNames.clear();
    Dockerfile.Builder b = Dockerfile.builder();
    escape = random.nextInt(4) == 0 ? '`' : '\\';
    if (escape == '`' || random.nextInt(5) == 0) {
      b.escape(escape);
    }
    if (random.nextBoolean()) {
      b.syntax("docker/dockerfile:1");
    }
    boolean lastWasComment = true;
    for (int i = random.nextInt(4); i > 0; i--) {
      if (!lastWasComment && random.nextInt(3) == 0) {
        b.comment(commentText());
        lastWasComment = true;
      } else {
        b.globalArg(arg());
        lastWasComment = false;
      }
    }
    int stages = 1 + random.nextInt(4);
    for (int s = 0; s < stages; s++) {
      Stage.Builder stage = Stage.from(base());
      if (random.nextInt(4) == 0) {
        stage.platform(random.nextBoolean() ? Platform.BUILDPLATFORM : Platform.parse("linux/arm64"));
      }
      String name = null;
      if (random.nextBoolean()) {
        name = "stage" + s + (random.nextBoolean() ? "-x" : "");
        stage.as(name);
      }
      boolean previousComment = false;
      for (int i = random.nextInt(8); i > 0; i--) {
        Instruction instruction = instruction();
        if (instruction instanceof Comment && previousComment) {
          continue;
        }
        previousComment = instruction instanceof Comment;
        stage.instruction(instruction);
      }
      b.stage(stage.build());
      if (name != null) {
        stageNames.add(name);
      }
    }
    return b.build(Policy.none());
  }

  private io.github.dockerdsl.image.BaseImage base() {
    int r = random.nextInt(6);
    if (r == 0) {
      return Scratch.SCRATCH;
    }
    if (r == 1 && !stageNames.isEmpty()) {
      return new StageRef(pick(stageNames));
    }
    return image();
  }

  private ImageRef image() {
    String[] images = {"alpine:3.20", "node:${NODE}-slim", "ghcr.io/acme/app:1.2", "debian:bookworm@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "localhost:5000/team/tool:latest"};
    return ImageRef.parse(images[random.nextInt(images.length)]);
  }

  private Instruction instruction() {
    switch (random.nextInt(19)) {
      case 0: case 1: return run();
      case 2: return copy();
      case 3: return add();
      case 4: return new Env(pairs(true));
      case 5: return new Label(pairs(false));
      case 6: return arg();
      case 7: return Workdir.of(random.nextBoolean() ? "/" + word() : "${HOME}/" + word());
      case 8: return new User(random.nextBoolean() ? UserSpec.ids(random.nextInt(70000), random.nextInt(70000))
          : UserSpec.of(word().replaceAll("^[0-9]+", "u")));
      case 9: return expose();
      case 10: return new Volume(strings(1 + random.nextInt(3), true));
      case 11: return new Cmd(strings(random.nextInt(4), false));
      case 12: return new Entrypoint(strings(random.nextInt(4), false));
      case 13: return healthcheck();
      case 14: return new Shell(strings(1 + random.nextInt(3), false));
      case 15: return StopSignal.of(random.nextBoolean() ? Signal.SIGQUIT : Signal.of("9"));
      case 16: return OnBuild.of(random.nextBoolean() ? run() : random.nextBoolean() ? copy() : new Env(pairs(true)));
      case 17: return Comment.of(commentText());
      default: return Raw.of(random.nextBoolean() ? "MAINTAINER " + word() + " <a@b.c>" : "CMD echo " + word());
    }
  }

  private Run run() {
    Command command;
    int form = random.nextInt(4);
    if (form == 0) {
      command = Command.exec(strings(1 + random.nextInt(3), false));
    } else if (form == 1) {
      List<String> docLines = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        docLines.add(text(random.nextInt(20)));
      }
      Heredoc doc = new Heredoc("EOF", docLines, random.nextBoolean(), random.nextBoolean());
      command = random.nextBoolean() ? Command.heredoc(doc) : Command.heredocs("python3 " + doc.marker() + " -u", doc);
    } else {
      List<String> lines = new ArrayList<>();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        lines.add((lines.isEmpty() ? "" : "&& ") + shellText());
      }
      command = Command.shellLines(lines);
    }
    Run run = Run.of(command);
    Set<String> targets = new HashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      Mount m = mount(i);
      if (m.targetPath().map(targets::add).orElse(true)) {
        run = run.withMount(m);
      }
    }
    if (random.nextInt(4) == 0) {
      run = run.withNetwork(Network.values()[random.nextInt(3)]);
    }
    if (random.nextInt(6) == 0) {
      run = run.withSecurity(random.nextBoolean() ? Security.SANDBOX : Security.INSECURE);
    }
    return run;
  }

  private Mount mount(int i) {
    switch (random.nextInt(5)) {
      case 0:
        BindMount bind = BindMount.of(random.nextBoolean() ? "/src" + i : "rel" + i);
        if (random.nextBoolean()) {
          bind = bind.withSource(word());
        }
        if (random.nextBoolean()) {
          bind = bind.withFrom(sourceRef());
        }
        return random.nextBoolean() ? bind.withReadWrite() : bind;
      case 1:
        CacheMount cache = CacheMount.of("/cache/" + i);
        if (random.nextBoolean()) {
          cache = cache.withId(word()).withSharing(Sharing.values()[random.nextInt(3)]);
        }
        if (random.nextBoolean()) {
          cache = cache.withOwner(random.nextInt(2000), random.nextInt(2000)).withMode(FileMode.of("0755"));
        }
        return random.nextBoolean() ? cache.withReadOnly() : cache;
      case 2:
        TmpfsMount tmpfs = TmpfsMount.of("/tmp" + i);
        return random.nextBoolean() ? tmpfs.withSize(1 + random.nextInt(1 << 20)) : tmpfs;
      case 3:
        SecretMount secret = SecretMount.of("s" + i + word());
        if (random.nextBoolean()) {
          secret = secret.withEnv("SECRET_" + i);
        }
        if (random.nextBoolean()) {
          secret = secret.withTarget("/run/s" + i).withRequired();
        }
        return secret;
      default:
        SshMount ssh = random.nextBoolean() ? SshMount.DEFAULT : SshMount.DEFAULT.withId("key" + i);
        return random.nextBoolean() ? ssh.withRequired().withTarget("/ssh" + i) : ssh;
    }
  }

  private SourceRef sourceRef() {
    if (!stageNames.isEmpty() && random.nextBoolean()) {
      return new StageRef(pick(stageNames));
    }
    return random.nextBoolean() ? image() : NamedContext.of("ctx" + word());
  }

  private Copy copy() {
    if (random.nextInt(5) == 0) {
      Copy copy = Copy.heredoc(new Heredoc("DOC", List.of(text(10), text(5)), false, random.nextBoolean()),
          "/etc/" + word());
      return random.nextBoolean() ? copy.withChmod(FileMode.of("0644")) : copy;
    }
    List<String> sources = strings(1 + random.nextInt(3), true);
    Copy copy = Copy.of(sources, sources.size() > 1 ? "/dst/" : "/dst/" + word());
    if (random.nextBoolean()) {
      copy = copy.withFrom(sourceRef());
    }
    if (random.nextInt(3) == 0) {
      copy = copy.withChown(UserSpec.ids(1000, 1000)).withChmod(FileMode.of(random.nextBoolean() ? "755" : "u+x"));
    }
    if (random.nextInt(3) == 0) {
      copy = copy.withLink().withParents().withExcludes("*.md", word());
    }
    return copy;
  }

  private Add add() {
    Add add = Add.of(random.nextBoolean() ? "https://example.com/" + word() + ".tgz" : word(), "/opt/");
    if (random.nextInt(3) == 0) {
      add = add.withChecksum("sha256:" + "ab".repeat(32)).withUnpack(random.nextBoolean());
    }
    if (random.nextInt(3) == 0) {
      add = add.withKeepGitDir().withLink().withChown(UserSpec.of("app")).withExcludes("*.tmp");
    }
    return add;
  }

  private List<KeyValue> pairs(boolean variables) {
    List<KeyValue> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String key = variables ? "K_" + word().toUpperCase(java.util.Locale.ROOT) : "org." + word();
      if (keys.add(key)) {
        out.add(KeyValue.of(key, value()));
      }
    }
    return out;
  }

  private Arg arg() {
    String name = "A_" + word();
    return random.nextBoolean() ? Arg.of(name) : Arg.of(name, value());
  }

  private Expose expose() {
    List<Port> ports = new ArrayList<>();
    Set<Port> seen = new HashSet<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      Port p = new Port(1 + random.nextInt(65535), random.nextBoolean() ? Protocol.TCP : Protocol.UDP);
      if (seen.add(p)) {
        ports.add(p);
      }
    }
    return new Expose(ports);
  }

  private Healthcheck healthcheck() {
    if (random.nextInt(4) == 0) {
      return Healthcheck.none();
    }
    Healthcheck h = new Healthcheck(strings(1 + random.nextInt(3), false), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
    if (random.nextBoolean()) {
      h = h.withInterval(Duration.ofMillis(1 + random.nextInt(10_000_000))).withRetries(1 + random.nextInt(9));
    }
    if (random.nextBoolean()) {
      h = h.withTimeout(Duration.ofSeconds(1 + random.nextInt(600))).withStartPeriod(Duration.ofMillis(500))
          .withStartInterval(Duration.ofMinutes(2));
    }
    return h;
  }

  private List<String> strings(int count, boolean paths) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(paths ? path() : text(random.nextInt(12)));
    }
    return out;
  }

  private String path() {
    // a backslash in a path is BuildKit's escape character unless the file switched to backtick
    String p = random.nextInt(4) == 0 ? word() + " " + word()
        : random.nextInt(4) == 0 && escape == '`' ? "C:\\" + word() : word();
    return random.nextBoolean() ? p : "./" + p;
  }

  private String commentText() {
    String t = random.nextInt(6) == 0 ? "" : random.nextInt(6) == 0 ? "####" : word() + " " + word();
    return random.nextBoolean() ? t : t + "\n" + word();
  }

  private String shellText() {
    String s;
    do {
      s = text(1 + random.nextInt(30)).strip().replace("<", "");
    } while (s.isEmpty() || s.startsWith("#") || s.startsWith("[") || s.startsWith("--")
        || s.charAt(s.length() - 1) == escape || s.charAt(s.length() - 1) == '\\');
    return s;
  }

  /** A value BuildKit can expand: a malformed '${' would fail the build, so the writer refuses it. */
  private String value() {
    while (true) {
      StringBuilder out = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        out.append(VALUE.charAt(random.nextInt(VALUE.length())));
      }
      try {
        io.github.dockerdsl.internal.BuildKitLexer.processWord(
            io.github.dockerdsl.internal.Quoting.word(out.toString(), escape), escape);
        return out.toString();
      } catch (io.github.dockerdsl.internal.BuildKitLexer.LexException e) {
        // draw again
      }
    }
  }

  private String text(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(TEXT.charAt(random.nextInt(TEXT.length())));
    }
    return out.toString();
  }

  private String word() {
    StringBuilder out = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      out.append(WORD.charAt(random.nextInt(WORD.length())));
    }
    return out.toString();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
