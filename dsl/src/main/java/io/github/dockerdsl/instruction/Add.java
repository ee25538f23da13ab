package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ADD: for what COPY cannot do: remote URLs, git repositories and local archives to unpack.
 *
 * @param sources URLs, git references or local paths
 * @param heredocs inline documents ({@code ADD <<EOF /dest}, syntax 1.4), added like COPY's
 * @param destination the target path
 * @param checksum {@code sha256:<hex>} of a URL, or a commit hash of a git source (syntax 1.6)
 * @param keepGitDir {@code --keep-git-dir}: keep the {@code .git} directory of a git source
 * @param unpack {@code --unpack}: force or refuse unpacking of archives (syntax 1.17); automatic when empty
 * @param chown the owner of the added files
 * @param chmod the mode of the added files
 * @param link {@code --link}
 * @param excludes {@code --exclude} globs (syntax 1.19)
 */
public record Add(List<String> sources, List<Heredoc> heredocs, String destination, Optional<String> checksum, boolean keepGitDir,
    Optional<Boolean> unpack, Optional<UserSpec> chown, Optional<FileMode> chmod, boolean link,
    List<String> excludes) implements Instruction {
  /** Checks paths and the checksum's form. */
  public Add {
    sources = Paths.checkAll(sources, "ADD source");
    heredocs = Checks.immutableList(heredocs, "heredocs");
    Heredoc.checkFileMarkers(heredocs, "ADD");
    Checks.checkArgument(!sources.isEmpty() || !heredocs.isEmpty(),
        "ADD to '%s' has no sources; name at least one", destination);
    Paths.checkDestination(destination, sources.size() + heredocs.size(), "ADD");
    if (Objects.requireNonNull(checksum, "checksum == null").isPresent()) { // no lambda on a lint's path
      String c = checksum.get();
      Checks.checkArgument(Regex.CHECKSUM.matcher(c).matches(),
          "ADD checksum '%s' is not valid; use sha256:<64 hex> for URLs or a commit hash for git",
          Quoting.visible(c));
    }
    Objects.requireNonNull(unpack, "unpack == null");
    Objects.requireNonNull(chown, "chown == null");
    Objects.requireNonNull(chmod, "chmod == null");
    excludes = Paths.checkPatterns(excludes);
  }

  /** An ADD of sources only, the form every ADD had before inline documents. */
  public Add(List<String> sources, String destination, Optional<String> checksum, boolean keepGitDir,
      Optional<Boolean> unpack, Optional<UserSpec> chown, Optional<FileMode> chmod, boolean link,
      List<String> excludes) {
    this(sources, List.of(), destination, checksum, keepGitDir, unpack, chown, chmod, link, excludes);
  }

  /** Writes an inline document to {@code destination}, as BuildKit's ADD accepts (syntax 1.4). */
  public static Add heredoc(Heredoc document, String destination) {
    return new Add(List.of(), List.of(document), destination, Optional.empty(), false, Optional.empty(),
        Optional.empty(), Optional.empty(), false, List.of());
  }

  /** Adds one source. */
  public static Add of(String source, String destination) {
    return new Add(List.of(source), destination, Optional.empty(), false, Optional.empty(), Optional.empty(),
        Optional.empty(), false, List.of());
  }

  /** A copy verified against a checksum. */
  public Add withChecksum(String value) {
    return new Add(sources, heredocs, destination, Optional.of(value), keepGitDir, unpack, chown, chmod, link, excludes);
  }

  /** A copy that keeps the {@code .git} directory. */
  public Add withKeepGitDir() {
    return new Add(sources, heredocs, destination, checksum, true, unpack, chown, chmod, link, excludes);
  }

  /** A copy that forces ({@code true}) or prevents ({@code false}) unpacking. */
  public Add withUnpack(boolean value) {
    return new Add(sources, heredocs, destination, checksum, keepGitDir, Optional.of(value), chown, chmod, link, excludes);
  }

  /** A copy whose files belong to {@code owner}. */
  public Add withChown(UserSpec owner) {
    return new Add(sources, heredocs, destination, checksum, keepGitDir, unpack, Optional.of(owner), chmod, link, excludes);
  }

  /** A copy whose files get {@code mode}. */
  public Add withChmod(FileMode mode) {
    return new Add(sources, heredocs, destination, checksum, keepGitDir, unpack, chown, Optional.of(mode), link, excludes);
  }

  /** A copy with {@code --link}. */
  public Add withLink() {
    return new Add(sources, heredocs, destination, checksum, keepGitDir, unpack, chown, chmod, true, excludes);
  }

  /** A copy that also excludes these globs. */
  public Add withExcludes(String... patterns) {
    List<String> all = new ArrayList<>(excludes);
    all.addAll(Arrays.asList(patterns));
    return new Add(sources, heredocs, destination, checksum, keepGitDir, unpack, chown, chmod, link, all);
  }

  /** True when a source is an http(s) URL. */
  public boolean isRemote() {
    for (String s : sources) { // loops, not streams: rules ask this of every ADD
      if (s.startsWith("http://") || s.startsWith("https://")) {
        return true;
      }
    }
    return false;
  }

  /** True when a source is a git repository. */
  public boolean isGit() {
    for (String s : sources) {
      if (s.startsWith("git@") || s.endsWith(".git") || s.contains(".git#") || s.startsWith("git://")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String keyword() {
    return "ADD";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitAdd(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }

  /** Compiled on first use, not when the class loads: a one-file lint that never needs them compiles none. */
  private static final class Regex {
    static final java.util.regex.Pattern CHECKSUM = Pattern.compile("sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|[0-9a-f]{7,64}");
  }
}
