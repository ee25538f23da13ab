package io.github.dockerdsl.instruction;

import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * COPY: files from the context, a stage, an image or inline documents.
 *
 * @param sources paths or globs, relative to the context or to {@code from}
 * @param heredocs inline files ({@code COPY <<EOF dest}), written after the sources
 * @param destination the target path; a directory ends with '/'
 * @param from where to read; the build context when empty
 * @param chown the owner of the copied files
 * @param chmod the mode of the copied files
 * @param link {@code --link}: an independent layer that survives base changes (syntax 1.4)
 * @param parents {@code --parents}: keep the source's parent directories (syntax 1.20)
 * @param excludes {@code --exclude} globs (syntax 1.19)
 */
public record Copy(List<String> sources, List<Heredoc> heredocs, String destination, Optional<SourceRef> from,
    Optional<UserSpec> chown, Optional<FileMode> chmod, boolean link, boolean parents, List<String> excludes)
    implements Instruction {
  /** Checks paths and that multiple sources go to a directory. */
  public Copy {
    sources = Paths.checkAll(sources, "COPY source");
    heredocs = Checks.immutableList(heredocs, "heredocs");
    Heredoc.checkFileMarkers(heredocs, "COPY");
    if (Objects.requireNonNull(from, "from == null").isPresent()) { // no lambda on a lint's path
      Checks.checkFromImage(from.get(), "COPY --from");
    }
    Objects.requireNonNull(chown, "chown == null");
    Objects.requireNonNull(chmod, "chmod == null");
    excludes = Paths.checkPatterns(excludes);
    Checks.checkArgument(!sources.isEmpty() || !heredocs.isEmpty(),
        "COPY to '%s' has no sources; name at least one file", destination);
    Checks.checkArgument(heredocs.isEmpty() || from.isEmpty(),
        "COPY of an inline document cannot also read --from '%s'; use two COPY instructions",
        from.isPresent() ? from.get().reference() : "");
    Paths.checkDestination(destination, sources.size() + heredocs.size(), "COPY");
  }

  /** Copies one path from the build context. */
  public static Copy of(String source, String destination) {
    return of(List.of(source), destination);
  }

  /** Copies several paths from the build context into a directory. */
  public static Copy of(List<String> sources, String destination) {
    return new Copy(sources, List.of(), destination, Optional.empty(), Optional.empty(), Optional.empty(), false,
        false, List.of());
  }

  /** Writes an inline document to {@code destination} (syntax 1.4). */
  public static Copy heredoc(Heredoc document, String destination) {
    return new Copy(List.of(), List.of(document), destination, Optional.empty(), Optional.empty(), Optional.empty(),
        false, false, List.of());
  }

  /**
   * A copy reading from a stage, image or named context.
   *
   * @throws IllegalArgumentException for an image that is a bare name ({@link
   *     io.github.dockerdsl.image.ImageRef#isBareName()}), which BuildKit reads as a stage or context
   */
  public Copy withFrom(SourceRef ref) {
    return new Copy(sources, heredocs, destination, Optional.of(ref), chown, chmod, link, parents, excludes);
  }

  /** A copy whose files belong to {@code owner}. */
  public Copy withChown(UserSpec owner) {
    return new Copy(sources, heredocs, destination, from, Optional.of(owner), chmod, link, parents, excludes);
  }

  /** A copy whose files get {@code mode}. */
  public Copy withChmod(FileMode mode) {
    return new Copy(sources, heredocs, destination, from, chown, Optional.of(mode), link, parents, excludes);
  }

  /** A copy with {@code --link}. */
  public Copy withLink() {
    return new Copy(sources, heredocs, destination, from, chown, chmod, true, parents, excludes);
  }

  /** A copy with {@code --parents}. */
  public Copy withParents() {
    return new Copy(sources, heredocs, destination, from, chown, chmod, link, true, excludes);
  }

  /** A copy that also excludes these globs. */
  public Copy withExcludes(String... patterns) {
    List<String> all = new ArrayList<>(excludes);
    all.addAll(Arrays.asList(patterns));
    return new Copy(sources, heredocs, destination, from, chown, chmod, link, parents, all);
  }

  @Override
  public String keyword() {
    return "COPY";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitCopy(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
