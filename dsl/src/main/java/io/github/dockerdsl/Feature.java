package io.github.dockerdsl;

/** A Dockerfile feature that needs a minimum frontend version; the model reports which ones it uses. */
public enum Feature {
  /** {@code RUN --mount} of any type. */
  RUN_MOUNT(1, 2, "RUN --mount"),
  /** {@code COPY/ADD --chmod} with an octal mode. */
  CHMOD(1, 2, "--chmod"),
  /** {@code RUN --network}. */
  RUN_NETWORK(1, 3, "RUN --network"),
  /** Here-documents in RUN or COPY. */
  HEREDOC(1, 4, "heredocs"),
  /** {@code COPY/ADD --link}. */
  LINK(1, 4, "--link"),
  /** {@code COPY --from} or {@code --mount from=} a named build context. */
  NAMED_CONTEXT(1, 4, "named build contexts"),
  /** {@code ADD --checksum}. */
  ADD_CHECKSUM(1, 6, "ADD --checksum"),
  /** {@code HEALTHCHECK --start-interval} (also needs Docker Engine 25). */
  HEALTHCHECK_START_INTERVAL(1, 6, "HEALTHCHECK --start-interval"),
  /** The {@code # check=} parser directive. */
  CHECK_DIRECTIVE(1, 8, "# check= directive"),
  /** {@code RUN --mount=type=secret,env=}. */
  SECRET_ENV(1, 10, "secret mount env="),
  /** {@code --chmod} with a symbolic mode. */
  CHMOD_SYMBOLIC(1, 14, "symbolic --chmod"),
  /** {@code ADD --unpack}. */
  ADD_UNPACK(1, 17, "ADD --unpack"),
  /** {@code COPY/ADD --exclude}. */
  EXCLUDE(1, 19, "--exclude"),
  /** {@code COPY --parents}. */
  COPY_PARENTS(1, 20, "COPY --parents"),
  /** {@code RUN --security}. */
  RUN_SECURITY(1, 20, "RUN --security");

  private final SyntaxVersion minimum;
  private final String description;

  Feature(int major, int minor, String description) {
    this.minimum = new SyntaxVersion(major, minor);
    this.description = description;
  }

  /** The oldest frontend that supports the feature. */
  public SyntaxVersion minimum() {
    return minimum;
  }

  /** How the feature is written, for messages. */
  public String description() {
    return description;
  }
}
