package io.github.dockerdsl.render.oracle;

import io.github.dockerdsl.CheckDirective;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
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
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every string-accepting entry point of {@code dsl}, each as a function from one string (and the
 * escape character) to a whole Dockerfile: {@code S = Stage.from("alpine:3.20")} with the value
 * in place, followed by a USER so that an instruction swallowed or merged shows.
 */
final class EntryPoints {
  private EntryPoints() {}

  /** Builds a Dockerfile around one value; throws IllegalArgumentException when the value is refused. */
  interface EntryPoint {
    Dockerfile build(String value, char escape);
  }

  private static Dockerfile file(char escape, Stage... stages) {
    Dockerfile.Builder b = Dockerfile.builder();
    if (escape != '\\') {
      b.escape(escape);
    }
    for (Stage s : stages) {
      b.stage(s);
    }
    return b.build(Policy.none());
  }

  private static Dockerfile stage(char escape, Consumer<Stage.Builder> body) {
    Stage.Builder s = Stage.from("alpine:3.20");
    body.accept(s);
    return file(escape, s.user("10001").build());
  }

  private static Dockerfile with(char escape, Instruction i) {
    return stage(escape, s -> s.instruction(i));
  }

  private static Dockerfile header(char escape, Consumer<Dockerfile.Builder> head) {
    Dockerfile.Builder b = Dockerfile.builder();
    if (escape != '\\') {
      b.escape(escape);
    }
    head.accept(b);
    return b.stage(Stage.from("alpine:3.20").user("10001").build()).build(Policy.none());
  }

  private static Run heredocRun() {
    return Run.of(Command.heredoc(Heredoc.of("EOF", "echo hi")));
  }

  private static Copy heredocCopy() {
    return Copy.heredoc(Heredoc.of("EOF", "USER root"), "/x");
  }

  static Map<String, EntryPoint> all() {
    Map<String, EntryPoint> p = new LinkedHashMap<>();
    // images, stages, platforms, directives
    p.put("Stage.from(String)", (v, e) -> file(e, Stage.from(v).user("10001").build()));
    p.put("Stage.from(ImageRef)", (v, e) -> file(e, Stage.from(ImageRef.parse(v)).user("10001").build()));
    p.put("Stage.from(ImageRef) after stage 'build'", (v, e) -> file(e, Stage.from("alpine:3.20").as("build").build(),
        Stage.from(ImageRef.parse(v)).user("10001").build()));
    p.put("Stage.as", (v, e) -> file(e, Stage.from("alpine:3.20").as(v).user("10001").build()));
    p.put("ImageRef.withTag", (v, e) -> file(e, Stage.from(ImageRef.parse("alpine").withTag(v)).build()));
    p.put("ImageRef.withRegistry", (v, e) -> file(e,
        Stage.from(ImageRef.parse("acme/app:1").withRegistry(Optional.of(v))).build()));
    p.put("Stage.platform", (v, e) -> file(e, Stage.from("alpine:3.20").platform(Platform.parse(v)).build()));
    p.put("Dockerfile.syntax", (v, e) -> header(e, b -> b.syntax(v)));
    p.put("CheckDirective skip", (v, e) -> header(e, b -> b.check(new CheckDirective(List.of(v), Optional.empty()))));
    p.put("Dockerfile.comment", (v, e) -> header(e, b -> b.comment(v)));
    p.put("Dockerfile.comment twice", (v, e) -> header(e, b -> b.comment("!x").comment(v)));
    p.put("Dockerfile.suppress reason", (v, e) -> header(e, b -> b.suppress(Rules.NON_ROOT_FINAL_USER, v)));
    p.put("Dockerfile.globalArg name", (v, e) -> header(e, b -> b.globalArg(v)));
    p.put("Dockerfile.globalArg default", (v, e) -> header(e, b -> b.globalArg("G", v)));
    p.put("Stage.comment", (v, e) -> stage(e, s -> s.run("echo a").comment(v)));
    p.put("Stage.comment twice", (v, e) -> stage(e, s -> s.run("echo a").comment("!x").comment(v)));
    p.put("Stage.suppress reason", (v, e) -> stage(e, s -> s.run("echo a").suppress(Rules.NON_ROOT_FINAL_USER, v)));
    p.put("Stage.suppressStage reason", (v, e) -> stage(e, s -> s.suppressStage(Rules.NON_ROOT_FINAL_USER, v)));
    // variables and metadata
    p.put("arg name", (v, e) -> stage(e, s -> s.arg(v)));
    p.put("arg default", (v, e) -> stage(e, s -> s.arg("A", v)));
    p.put("env key", (v, e) -> stage(e, s -> s.env(v, "x")));
    p.put("env value", (v, e) -> stage(e, s -> s.env("K", v)));
    p.put("Env.and value", (v, e) -> with(e, Env.of("A", "1").and("B", v)));
    p.put("label key", (v, e) -> stage(e, s -> s.label(v, "x")));
    p.put("label value", (v, e) -> stage(e, s -> s.label("k", v)));
    p.put("Label.and value", (v, e) -> with(e, Label.of("a", "1").and("b", v)));
    p.put("workdir", (v, e) -> stage(e, s -> s.workdir(v)));
    p.put("user", (v, e) -> stage(e, s -> s.user(v)));
    p.put("UserSpec.of group", (v, e) -> stage(e, s -> s.user(UserSpec.of("app", v))));
    p.put("volume", (v, e) -> stage(e, s -> s.volume("/a", v)));
    p.put("stopSignal", (v, e) -> stage(e, s -> s.stopSignal(Signal.of(v))));
    p.put("expose Port.parse", (v, e) -> stage(e, s -> s.expose(Port.parse(v))));
    // exec-form instructions
    p.put("cmd", (v, e) -> stage(e, s -> s.cmd(v, "x")));
    p.put("entrypoint", (v, e) -> stage(e, s -> s.entrypoint("x", v)));
    p.put("shell", (v, e) -> stage(e, s -> s.shell(v, "-c")));
    p.put("healthcheck", (v, e) -> stage(e, s -> s.healthcheck(Healthcheck.of("check", v))));
    p.put("Command.shellExec", (v, e) -> with(e, io.github.dockerdsl.instruction.Cmd.of(Command.shellExec(v))));
    // COPY and ADD
    p.put("copy source", (v, e) -> stage(e, s -> s.copy(v, "/dst")));
    p.put("copy destination", (v, e) -> stage(e, s -> s.copy("src", v)));
    p.put("Copy.of sources", (v, e) -> with(e, Copy.of(List.of(v, "b"), "/d/")));
    p.put("Copy.of second source", (v, e) -> with(e, Copy.of(List.of("a", v), "/d/")));
    p.put("copyFrom source", (v, e) -> {
      Stage build = Stage.from("alpine:3.20").as("build").build();
      return file(e, build, Stage.from("alpine:3.20").copyFrom(build, v, "/x/").user("10001").build());
    });
    p.put("copyFrom destination", (v, e) -> {
      Stage build = Stage.from("alpine:3.20").as("build").build();
      return file(e, build, Stage.from("alpine:3.20").copyFrom(build, "/out", v).user("10001").build());
    });
    p.put("Copy.withFrom(ImageRef)", (v, e) -> with(e, Copy.of("/etc/passwd", "/x").withFrom(ImageRef.parse(v))));
    p.put("Copy.withFrom(StageRef)", (v, e) -> file(e, Stage.from("alpine:3.20").as(v).build(),
        Stage.from("alpine:3.20").copy(Copy.of("a", "/a").withFrom(new StageRef(v))).user("10001").build()));
    p.put("Copy.withFrom(NamedContext)", (v, e) -> with(e, Copy.of("a", "/a").withFrom(NamedContext.of(v))));
    p.put("Copy.withExcludes", (v, e) -> with(e, Copy.of("a", "/d").withExcludes(v)));
    p.put("Copy.withChown", (v, e) -> with(e, Copy.of("a", "/d").withChown(UserSpec.parse(v))));
    p.put("Copy.withChmod", (v, e) -> with(e, Copy.of("a", "/d").withChmod(FileMode.of(v))));
    p.put("Copy.heredoc destination", (v, e) -> with(e, Copy.heredoc(Heredoc.of("EOF", "USER root"), v)));
    p.put("Copy.heredoc line", (v, e) -> with(e, Copy.heredoc(Heredoc.of("EOF", v), "/f")));
    p.put("Copy.heredoc literal line", (v, e) -> with(e, Copy.heredoc(Heredoc.of("EOF", v).literal(), "/f")));
    p.put("Copy.heredoc exclude", (v, e) -> with(e, heredocCopy().withExcludes(v)));
    p.put("Copy.heredoc chown", (v, e) -> with(e, heredocCopy().withChown(UserSpec.parse(v))));
    p.put("Heredoc delimiter (COPY)", (v, e) -> with(e, Copy.heredoc(Heredoc.of(v, "USER root"), "/f")));
    p.put("Add.heredoc destination", (v, e) -> with(e, Add.heredoc(Heredoc.of("EOF", "USER root"), v)));
    p.put("Add.heredoc line", (v, e) -> with(e, Add.heredoc(Heredoc.of("EOF", v), "/f")));
    p.put("Add.heredoc chown", (v, e) -> with(e, Add.heredoc(Heredoc.of("EOF", "USER root"), "/f")
        .withChown(UserSpec.parse(v))));
    p.put("Heredoc delimiter (ADD)", (v, e) -> with(e, Add.heredoc(Heredoc.of(v, "USER root"), "/f")));
    p.put("Add.of source", (v, e) -> with(e, Add.of(v, "/dst")));
    p.put("Add.of destination", (v, e) -> with(e, Add.of("a.tgz", v)));
    p.put("Add.withChecksum", (v, e) -> with(e, Add.of("https://x/y", "/y").withChecksum(v)));
    p.put("Add.withExcludes", (v, e) -> with(e, Add.of("a.tgz", "/d/").withExcludes(v)));
    p.put("Add.withChown", (v, e) -> with(e, Add.of("a.tgz", "/d/").withChown(UserSpec.parse(v))));
    p.put("Add.withChmod", (v, e) -> with(e, Add.of("a.tgz", "/d/").withChmod(FileMode.of(v))));
    // RUN
    p.put("run(String)", (v, e) -> stage(e, s -> s.run(v)));
    p.put("Command.shellLines last", (v, e) -> with(e, Run.of(Command.shellLines(List.of("make", v)))));
    p.put("Command.shellLines first", (v, e) -> with(e, Run.of(Command.shellLines(List.of(v, "&& make")))));
    p.put("Command.allOf first", (v, e) -> with(e, Run.of(Command.allOf(v, "make"))));
    p.put("Command.allOf rest", (v, e) -> with(e, Run.of(Command.allOf("make", v))));
    p.put("Command.exec", (v, e) -> with(e, Run.of(Command.exec("prog", v))));
    p.put("Command.heredoc line", (v, e) -> with(e, Run.of(Command.heredoc(Heredoc.of("EOF", "echo a", v)))));
    p.put("Heredoc.strippingTabs line", (v, e) -> with(e,
        Run.of(Command.heredoc(Heredoc.of("EOF", v).strippingTabs()))));
    p.put("Heredoc delimiter (RUN)", (v, e) -> with(e, Run.of(Command.heredoc(Heredoc.of(v, "USER root")))));
    p.put("Command.heredocs line before", (v, e) -> with(e,
        Run.of(Command.heredocs(v + " <<EOF", Heredoc.of("EOF", "USER root")))));
    p.put("Command.heredocs line after", (v, e) -> with(e,
        Run.of(Command.heredocs("cat <<EOF " + v, Heredoc.of("EOF", "USER root")))));
    p.put("Command.heredocs two documents", (v, e) -> with(e, Run.of(Command.heredocs("<<A cat && <<B cat",
        Heredoc.of("A", v), Heredoc.of("B", "b", v)))));
    p.put("run with network", (v, e) -> with(e,
        Run.shell(v).withNetwork(io.github.dockerdsl.instruction.Network.NONE)));
    p.put("run with cache mount", (v, e) -> with(e, Run.shell(v).withMount(CacheMount.of("/c"))));
    // mounts
    p.put("CacheMount.of target", (v, e) -> with(e, Run.shell("x").withMount(CacheMount.of(v))));
    p.put("CacheMount target on heredoc RUN", (v, e) -> with(e, heredocRun().withMount(CacheMount.of(v))));
    p.put("CacheMount.withId", (v, e) -> with(e, Run.shell("x").withMount(CacheMount.of("/c").withId(v))));
    p.put("CacheMount.withSource", (v, e) -> with(e, Run.shell("x").withMount(CacheMount.of("/c").withSource(v))));
    p.put("CacheMount.withFrom(ImageRef)", (v, e) -> with(e,
        Run.shell("x").withMount(CacheMount.of("/c").withFrom(ImageRef.parse(v)))));
    p.put("CacheMount.withMode", (v, e) -> with(e, Run.shell("x").withMount(CacheMount.of("/c").withMode(FileMode.of(v)))));
    p.put("BindMount.of target", (v, e) -> with(e, Run.shell("x").withMount(BindMount.of(v))));
    p.put("BindMount.withSource", (v, e) -> with(e, Run.shell("x").withMount(BindMount.of("/b").withSource(v))));
    p.put("BindMount.withFrom(NamedContext)", (v, e) -> with(e,
        Run.shell("x").withMount(BindMount.of("/b").withFrom(NamedContext.of(v)))));
    p.put("SecretMount.of id", (v, e) -> with(e, Run.shell("x").withMount(SecretMount.of(v))));
    p.put("SecretMount.withTarget", (v, e) -> with(e, Run.shell("x").withMount(SecretMount.of("s").withTarget(v))));
    p.put("SecretMount.withEnv", (v, e) -> with(e, Run.shell("x").withMount(SecretMount.of("s").withEnv(v))));
    p.put("SecretMount.withMode", (v, e) -> with(e,
        Run.shell("x").withMount(SecretMount.of("s").withMode(FileMode.of(v)))));
    p.put("SshMount.withId", (v, e) -> with(e, Run.shell("x").withMount(SshMount.DEFAULT.withId(v))));
    p.put("SshMount.withTarget", (v, e) -> with(e, Run.shell("x").withMount(SshMount.DEFAULT.withTarget(v))));
    p.put("TmpfsMount.of target", (v, e) -> with(e, Run.shell("x").withMount(TmpfsMount.of(v))));
    // raw, ONBUILD
    p.put("Raw.of whole", (v, e) -> with(e, Raw.of(v)));
    p.put("Raw.of MAINTAINER", (v, e) -> with(e, Raw.of("MAINTAINER " + v)));
    p.put("Stage.raw", (v, e) -> stage(e, s -> s.raw("STOPSIGNAL " + v)));
    p.put("onBuild raw", (v, e) -> stage(e, s -> s.onBuild(Raw.of("USER " + v))));
    p.put("onBuild Raw.of whole", (v, e) -> stage(e, s -> s.onBuild(Raw.of(v))));
    p.put("onBuild run", (v, e) -> stage(e, s -> s.onBuild(Run.shell(v))));
    p.put("onBuild copy", (v, e) -> stage(e, s -> s.onBuild(Copy.of(v, "/x"))));
    p.put("onBuild workdir", (v, e) -> stage(e, s -> s.onBuild(Workdir.of(v))));
    p.put("onBuild stopSignal", (v, e) -> stage(e, s -> s.onBuild(StopSignal.of(Signal.of(v)))));
    p.put("onBuild expose", (v, e) -> stage(e, s -> s.onBuild(Expose.of(Port.parse(v)))));
    p.put("onBuild arg", (v, e) -> stage(e, s -> s.onBuild(Arg.of("A", v))));
    // package installs
    p.put("PackageInstall.apt", (v, e) -> with(e, PackageInstall.apt("curl", v).toRun()));
    p.put("PackageInstall.apk cached", (v, e) -> with(e, PackageInstall.apk(v).withCacheMounts().toRun()));
    p.put("PackageInstall.withPinned", (v, e) -> with(e, PackageInstall.apk("curl").withPinned("git", v).toRun()));
    p.put("PackageInstall.dnf", (v, e) -> with(e, PackageInstall.dnf(v, "git").toRun()));
    return p;
  }
}
