package io.github.dockerdsl.instruction;

/**
 * One Dockerfile instruction inside a stage. Each keyword has its own record; FROM is not one of
 * them, because it starts a stage ({@code Stage.from}).
 */
public sealed interface Instruction
    permits Run, Copy, Add, Env, Arg, Label, Workdir, User, Expose, Volume, Cmd, Entrypoint, Healthcheck, Shell,
    StopSignal, OnBuild, Comment, Raw {

  /** The upper-case keyword, such as {@code RUN}; {@code #} for comments. */
  String keyword();

  /** Calls the visitor method for this instruction's type; adding a type breaks every visitor until it is handled. */
  <R> R accept(Visitor<R> visitor);

  /** One method per instruction type, for exhaustive processing without pattern matching. */
  interface Visitor<R> {
    /** Visits RUN. */
    R visitRun(Run run);
    /** Visits COPY. */
    R visitCopy(Copy copy);
    /** Visits ADD. */
    R visitAdd(Add add);
    /** Visits ENV. */
    R visitEnv(Env env);
    /** Visits ARG. */
    R visitArg(Arg arg);
    /** Visits LABEL. */
    R visitLabel(Label label);
    /** Visits WORKDIR. */
    R visitWorkdir(Workdir workdir);
    /** Visits USER. */
    R visitUser(User user);
    /** Visits EXPOSE. */
    R visitExpose(Expose expose);
    /** Visits VOLUME. */
    R visitVolume(Volume volume);
    /** Visits CMD. */
    R visitCmd(Cmd cmd);
    /** Visits ENTRYPOINT. */
    R visitEntrypoint(Entrypoint entrypoint);
    /** Visits HEALTHCHECK. */
    R visitHealthcheck(Healthcheck healthcheck);
    /** Visits SHELL. */
    R visitShell(Shell shell);
    /** Visits STOPSIGNAL. */
    R visitStopSignal(StopSignal stopSignal);
    /** Visits ONBUILD. */
    R visitOnBuild(OnBuild onBuild);
    /** Visits a comment. */
    R visitComment(Comment comment);
    /** Visits a raw instruction. */
    R visitRaw(Raw raw);
  }
}
