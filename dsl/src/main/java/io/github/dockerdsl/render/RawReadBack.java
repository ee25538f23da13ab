package io.github.dockerdsl.render;

import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import java.util.List;

/**
 * A {@link Raw} is text the typed model does not cover, so reading the rendered file back must give
 * the same {@code Raw}: text our parser reads as a typed instruction ({@code USER root}) belongs in
 * the typed API, and text it refuses ({@code STOPSIGNAL --flag}, {@code ONBUILD a.txt}) is not a
 * Dockerfile instruction. The parser itself decides, so the two can never disagree.
 */
final class RawReadBack {
  /**
   * Set while a raw line is being read back: the parser renders the {@code Raw} it reads, which
   * comes back here with the same text, and that inner check would only repeat this one.
   */
  private static final ThreadLocal<Boolean> READING = new ThreadLocal<>(); // null for false: no lambda at start

  private RawReadBack() {}

  /** Refuses {@code raw} unless our parser reads it back as itself (inside ONBUILD when {@code trigger}). */
  static void check(Raw raw, boolean trigger, char escape) {
    if (Boolean.TRUE.equals(READING.get())) {
      return;
    }
    String line = (trigger ? "ONBUILD " : "") + raw.text();
    String file = (escape == '\\' ? "" : "# escape=" + escape + "\n\n") + "FROM scratch\n" + line + "\n";
    List<Instruction> read;
    READING.set(true);
    try {
      read = DockerfileParser.parse(file).dockerfile().stages().get(0).instructions();
    } catch (DockerfileSyntaxException e) {
      throw new IllegalArgumentException(String.format(
          "raw instruction '%s' would not read back: our parser refuses it (%s); correct it, or write it with "
              + "the typed API",
          Quoting.visible(line), e.problem()), e);
    } finally {
      READING.set(false);
    }
    Instruction expected = trigger ? OnBuild.of(raw) : raw;
    if (read.size() == 1 && read.get(0).equals(expected)) {
      return;
    }
    Instruction back = read.get(0) instanceof OnBuild onBuild && trigger ? onBuild.trigger() : read.get(0);
    if (read.size() == 1 && back instanceof Raw other) {
      throw new IllegalArgumentException(String.format(
          "raw instruction '%s' is read back as '%s'; write it that way", Quoting.visible(raw.text()),
          Quoting.visible(other.text())));
    }
    String as = read.size() == 1 ? "a typed " + back.keyword() + " instruction" : read.size() + " instructions";
    throw new IllegalArgumentException(String.format(
        "raw instruction '%s' is read back as %s, so it would not stay raw; write it with the typed API "
            + "(%s) instead of Raw", Quoting.visible(line), as, read.size() == 1 ? back.getClass().getSimpleName()
            : "StageBody"));
  }
}
