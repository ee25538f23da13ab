package io.github.dockerdsl.parse;

/** A fact about how an instruction was written that the model normalises away but a linter reports. */
public enum SourceFlag {
  /** {@code ENV key value} or {@code LABEL key value}: the legacy whitespace form instead of {@code key=value}. */
  LEGACY_KEY_VALUE,
  /** An empty line inside a line continuation, which BuildKit deprecates. */
  EMPTY_CONTINUATION_LINE,
  /** A comment line inside a line continuation; the parser moves it above the instruction. */
  COMMENT_IN_CONTINUATION,
  /** Shell form of CMD, ENTRYPOINT or HEALTHCHECK CMD, which the model holds as a {@code Raw} instruction. */
  SHELL_FORM,
  /** The deprecated MAINTAINER instruction, held as a {@code Raw} instruction. */
  MAINTAINER,
  /** Arguments that start with '[' but are not a valid JSON array of strings, so BuildKit reads them as shell form. */
  INVALID_JSON_ARRAY,
  /** The instruction became a {@code Raw} instruction because the model cannot represent it. */
  RAW,
  /** One of several names declared by a single {@code ARG a b}, which the model splits into one ARG each. */
  SPLIT_ARG
}
