package io.github.dockerdsl.codegen;

import com.palantir.javapoet.CodeBlock;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Network;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Security;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The Java code for RUN: its command, its mounts and flags, and {@link PackageInstall} where it fits exactly. */
final class RunCode {
  private final Function<SourceRef, CodeBlock> sourceRef;

  RunCode(Function<SourceRef, CodeBlock> sourceRef) {
    this.sourceRef = sourceRef;
  }

  /** What goes inside {@code .run(...)}: a line, a command, or a RUN value when there are flags. */
  CodeBlock argument(Run run) {
    Optional<CodeBlock> install = packageInstall(run);
    if (install.isPresent()) {
      return install.get();
    }
    if (run.mounts().isEmpty() && run.network().isEmpty() && run.security().isEmpty()) {
      if (run.command() instanceof Command.ShellForm shell && shell.lines().size() == 1) {
        return CodeBlock.of("$S", shell.lines().get(0));
      }
      return command(run.command());
    }
    return value(run);
  }

  /** The RUN as a value: {@code Run.shell("...").withMount(...)}. */
  CodeBlock value(Run run) {
    Optional<CodeBlock> install = packageInstall(run);
    if (install.isPresent()) {
      return install.get();
    }
    CodeBlock head = run.command() instanceof Command.ShellForm shell && shell.lines().size() == 1
        ? CodeBlock.of("$T.shell($S)", Run.class, shell.lines().get(0))
        : CodeBlock.of("$T.of($L)", Run.class, command(run.command()));
    List<CodeBlock> calls = new ArrayList<>();
    for (Mount m : run.mounts()) {
      calls.add(CodeBlock.of(".withMount($L)", mount(m)));
    }
    run.network().ifPresent(n -> calls.add(CodeBlock.of(".withNetwork($T.$L)", Network.class, n.name())));
    run.security().ifPresent(s -> calls.add(CodeBlock.of(".withSecurity($T.$L)", Security.class, s.name())));
    return Code.chain(head, calls);
  }

  /** {@code Command.allOf} for {@code &&} chains, {@code shellLines} for other multi-line scripts. */
  static CodeBlock command(Command command) {
    if (command instanceof Command.ShellForm shell) {
      List<String> lines = shell.lines();
      if (lines.size() == 1) {
        return CodeBlock.of("$T.shell($S)", Command.class, lines.get(0));
      }
      List<String> commands = andChain(lines);
      if (commands != null) {
        return CodeBlock.of("$T.allOf($L)", Command.class, Code.args(Code.strings(commands), true));
      }
      return CodeBlock.of("$T.shellLines($T.of($L))", Command.class, List.class, Code.args(Code.strings(lines), true));
    }
    if (command instanceof Command.ExecForm exec) {
      return CodeBlock.of("$T.exec($L)", Command.class, Code.args(Code.strings(exec.argv())));
    }
    Command.HeredocForm form = (Command.HeredocForm) command;
    List<CodeBlock> docs = new ArrayList<>();
    for (Heredoc doc : form.heredocs()) {
      docs.add(heredoc(doc));
    }
    if (form.heredocs().size() == 1 && form.commandLine().equals(form.heredocs().get(0).marker())) {
      return CodeBlock.of("$T.heredoc($L)", Command.class, docs.get(0));
    }
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", form.commandLine()));
    args.addAll(docs);
    return CodeBlock.of("$T.heredocs($L)", Command.class, Code.args(args, true));
  }

  /**
   * The commands of {@code a \ && b \ && c}, which {@code Command.allOf} writes back exactly; null when
   * a line after the first does not start with {@code "&& "} and a command.
   */
  private static List<String> andChain(List<String> lines) {
    List<String> commands = new ArrayList<>();
    commands.add(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      if (!line.startsWith("&& ") || line.length() == 3 || Character.isWhitespace(line.charAt(3))) {
        return null;
      }
      commands.add(line.substring(3));
    }
    return commands;
  }

  /** {@code Heredoc.of("EOF", "line", ...)}, with {@code .literal()} and {@code .strippingTabs()} as written. */
  static CodeBlock heredoc(Heredoc doc) {
    CodeBlock.Builder args = CodeBlock.builder().add("$S", doc.delimiter());
    if (!doc.lines().isEmpty()) {
      // the delimiter stays on the first line; the document follows, one line each, as it reads in the file
      args.add(",$>$>");
      for (int i = 0; i < doc.lines().size(); i++) {
        args.add(i == 0 ? "\n$S" : ",\n$S", doc.lines().get(i));
      }
      args.add("$<$<");
    }
    List<CodeBlock> calls = new ArrayList<>();
    if (!doc.expand()) {
      calls.add(CodeBlock.of(".literal()"));
    }
    if (doc.stripTabs()) {
      calls.add(CodeBlock.of(".strippingTabs()"));
    }
    CodeBlock head = CodeBlock.of("$T.of($L)", Heredoc.class, args.build());
    if (calls.isEmpty()) {
      return head;
    }
    CodeBlock.Builder b = CodeBlock.builder().add(head);
    calls.forEach(b::add);
    return b.build();
  }

  /**
   * {@code PackageInstall.apt(...).toRun()} when that renders exactly this RUN: same lines, same
   * mounts, no other flags. Anything else a hand-written install does stays as it was written.
   */
  private static Optional<CodeBlock> packageInstall(Run run) {
    if (!(run.command() instanceof Command.ShellForm shell) || run.network().isPresent()
        || run.security().isPresent()) {
      return Optional.empty();
    }
    for (PackageInstall.Manager manager : PackageInstall.Manager.values()) {
      for (boolean cache : new boolean[] {false, true}) {
        List<String> packages = packagesOf(shell.lines(), manager, cache);
        if (packages == null || packages.isEmpty()) {
          continue;
        }
        PackageInstall install;
        try {
          install = PackageInstall.of(manager, packages);
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (cache) {
          install = install.withCacheMounts();
        }
        if (install.toRun().equals(run)) {
          String factory = manager.name().toLowerCase(java.util.Locale.ROOT);
          CodeBlock head = CodeBlock.of("$T.$L($L)", PackageInstall.class, factory, Code.args(Code.strings(packages)));
          return Optional.of(CodeBlock.of("$L$L.toRun()", head, cache ? ".withCacheMounts()" : ""));
        }
      }
    }
    return Optional.empty();
  }

  /** The packages of the install line of {@code manager}, or null when no line is that install. */
  private static List<String> packagesOf(List<String> lines, PackageInstall.Manager manager, boolean cache) {
    String command = switch (manager) {
      case APT -> "&& apt-get install -y --no-install-recommends";
      case APK -> cache ? "apk add --update-cache" : "apk add --no-cache";
      case DNF, MICRODNF -> manager.name().toLowerCase(java.util.Locale.ROOT)
          + (cache ? " install -y --setopt=install_weak_deps=0 --setopt=keepcache=1 --nodocs"
              : " install -y --setopt=install_weak_deps=0 --nodocs");
    };
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(command + " ")) {
        return List.of(line.substring(command.length() + 1));
      }
      if (line.equals(command)) {
        List<String> packages = new ArrayList<>();
        for (String p : lines.subList(i + 1, lines.size())) {
          if (!p.startsWith("    ")) {
            break;
          }
          packages.add(p.substring(4));
        }
        return packages;
      }
    }
    return null;
  }

  /** A mount through its factory and copy methods; the canonical constructor only for what they cannot say. */
  private CodeBlock mount(Mount mount) {
    if (mount instanceof BindMount bind) {
      List<CodeBlock> calls = new ArrayList<>();
      bind.source().ifPresent(s -> calls.add(CodeBlock.of(".withSource($S)", s)));
      bind.from().ifPresent(f -> calls.add(CodeBlock.of(".withFrom($L)", sourceRef.apply(f))));
      if (bind.readWrite()) {
        calls.add(CodeBlock.of(".withReadWrite()"));
      }
      return inline(CodeBlock.of("$T.of($S)", BindMount.class, bind.target()), calls);
    }
    if (mount instanceof CacheMount cache) {
      if (cache.uid().isPresent() != cache.gid().isPresent()) {
        return CodeBlock.of("new $T($S, $L, $L, $L, $L, $L, $L, $L, $L)", CacheMount.class, cache.target(),
            Code.optional(cache.id(), v -> CodeBlock.of("$S", v)),
            Code.optional(cache.sharing(), v -> CodeBlock.of("$T.$L", Sharing.class, v.name())),
            Code.optional(cache.from(), sourceRef), Code.optional(cache.source(), v -> CodeBlock.of("$S", v)),
            cache.readOnly(), Code.optional(cache.mode(), InstructionCode::fileMode),
            Code.optional(cache.uid(), v -> CodeBlock.of("$L", v)), Code.optional(cache.gid(), v -> CodeBlock.of("$L", v)));
      }
      List<CodeBlock> calls = new ArrayList<>();
      cache.id().ifPresent(s -> calls.add(CodeBlock.of(".withId($S)", s)));
      cache.sharing().ifPresent(s -> calls.add(CodeBlock.of(".withSharing($T.$L)", Sharing.class, s.name())));
      cache.from().ifPresent(f -> calls.add(CodeBlock.of(".withFrom($L)", sourceRef.apply(f))));
      cache.source().ifPresent(s -> calls.add(CodeBlock.of(".withSource($S)", s)));
      if (cache.readOnly()) {
        calls.add(CodeBlock.of(".withReadOnly()"));
      }
      cache.mode().ifPresent(m -> calls.add(CodeBlock.of(".withMode($L)", InstructionCode.fileMode(m))));
      cache.uid().ifPresent(u -> calls.add(CodeBlock.of(".withOwner($L, $L)", u, cache.gid().get())));
      return inline(CodeBlock.of("$T.of($S)", CacheMount.class, cache.target()), calls);
    }
    if (mount instanceof TmpfsMount tmpfs) {
      return inline(CodeBlock.of("$T.of($S)", TmpfsMount.class, tmpfs.target()),
          tmpfs.sizeBytes().map(s -> List.of(CodeBlock.of(".withSize($L)", Code.longLiteral(s)))).orElse(List.of()));
    }
    if (mount instanceof SecretMount secret) {
      if (secret.id().isEmpty() || secret.uid().isPresent() != secret.gid().isPresent()) {
        return CodeBlock.of("new $T($L, $L, $L, $L, $L, $L, $L)", SecretMount.class,
            Code.optional(secret.id(), v -> CodeBlock.of("$S", v)), Code.optional(secret.target(), v -> CodeBlock.of("$S", v)),
            Code.optional(secret.env(), v -> CodeBlock.of("$S", v)), secret.required(),
            Code.optional(secret.mode(), InstructionCode::fileMode), Code.optional(secret.uid(), v -> CodeBlock.of("$L", v)),
            Code.optional(secret.gid(), v -> CodeBlock.of("$L", v)));
      }
      List<CodeBlock> calls = new ArrayList<>();
      secret.target().ifPresent(t -> calls.add(CodeBlock.of(".withTarget($S)", t)));
      secret.env().ifPresent(e -> calls.add(CodeBlock.of(".withEnv($S)", e)));
      if (secret.required()) {
        calls.add(CodeBlock.of(".withRequired()"));
      }
      secret.mode().ifPresent(m -> calls.add(CodeBlock.of(".withMode($L)", InstructionCode.fileMode(m))));
      secret.uid().ifPresent(u -> calls.add(CodeBlock.of(".withOwner($L, $L)", u, secret.gid().get())));
      return inline(CodeBlock.of("$T.of($S)", SecretMount.class, secret.id().get()), calls);
    }
    SshMount ssh = (SshMount) mount;
    if (ssh.mode().isPresent() || ssh.uid().isPresent() != ssh.gid().isPresent()) {
      return CodeBlock.of("new $T($L, $L, $L, $L, $L, $L)", SshMount.class,
          Code.optional(ssh.id(), v -> CodeBlock.of("$S", v)), Code.optional(ssh.target(), v -> CodeBlock.of("$S", v)),
          ssh.required(), Code.optional(ssh.mode(), InstructionCode::fileMode),
          Code.optional(ssh.uid(), v -> CodeBlock.of("$L", v)), Code.optional(ssh.gid(), v -> CodeBlock.of("$L", v)));
    }
    List<CodeBlock> calls = new ArrayList<>();
    ssh.id().ifPresent(s -> calls.add(CodeBlock.of(".withId($S)", s)));
    ssh.target().ifPresent(t -> calls.add(CodeBlock.of(".withTarget($S)", t)));
    if (ssh.required()) {
      calls.add(CodeBlock.of(".withRequired()"));
    }
    ssh.uid().ifPresent(u -> calls.add(CodeBlock.of(".withOwner($L, $L)", u, ssh.gid().get())));
    return inline(CodeBlock.of("$T.DEFAULT", SshMount.class), calls);
  }

  /** A mount's copy calls on one line, as in {@code CacheMount.of("/x").withId("go")}: a mount is one value. */
  private static CodeBlock inline(CodeBlock head, List<CodeBlock> calls) {
    CodeBlock.Builder b = CodeBlock.builder().add(head);
    calls.forEach(b::add);
    return b.build();
  }
}
