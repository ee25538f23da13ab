package io.github.dockerdsl.ignore;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.GeneratedFiles;
import io.github.dockerdsl.render.WriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code .dockerignore} file as a model: ordered sections of patterns, each with an optional
 * comment. It can answer whether a path is sent to the builder, so a preset can prove it never
 * ignores a file its own Dockerfile copies.
 */
public final class DockerIgnore {
  private final List<Section> sections;

  private DockerIgnore(List<Section> sections) {
    this.sections = List.copyOf(sections);
  }

  /** Starts an empty file. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sections every project wants out of its build context, whatever its language: version control,
   * secrets, editor and OS files, logs, and the Docker files themselves. Every preset starts from these;
   * a hand-built file gets the same with {@code DockerIgnore.builder().include(DockerIgnore.universal())}.
   */
  public static DockerIgnore universal() {
    return builder()
        .section("Version control").exclude(".git", ".gitignore", ".gitattributes", ".hg", ".svn")
        .section("Secrets: pass them with --secret, never in the context")
        .exclude(".env", ".env.*", "**/*.pem", "**/*.key", "**/id_rsa*", "**/id_ed25519*", ".npmrc", ".pypirc",
            ".netrc", ".aws", ".ssh", ".docker")
        .section("Editors and operating systems").exclude(".idea", ".vscode", "*.iml", "**/*.swp", "**/.DS_Store")
        .section("Logs").exclude("**/*.log", "logs")
        .section("Docker files").exclude("Dockerfile*", ".dockerignore", "docker-compose*.yml", "compose*.yaml")
        .build();
  }

  /**
   * Reads a {@code .dockerignore} file as Docker does: one pattern a line, {@code #} lines and blank
   * lines skipped, {@code !} for exceptions, surrounding whitespace and a leading {@code /} removed.
   *
   * @throws IllegalArgumentException naming the line when a pattern does not compile (Docker refuses it too)
   */
  public static DockerIgnore parse(String text) {
    Objects.requireNonNull(text, "text == null");
    Builder b = builder();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean exception = line.startsWith("!");
      String pattern = (exception ? line.substring(1) : line).strip();
      while (pattern.startsWith("/") && pattern.length() > 1) {
        pattern = pattern.substring(1);
      }
      if (pattern.isEmpty() || pattern.equals("/")) {
        continue;
      }
      try {
        if (exception) {
          b.allow(pattern);
        } else {
          b.exclude(pattern);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(String.format(".dockerignore line %d: %s", i + 1, e.getMessage()), e);
      }
    }
    return b.build();
  }

  /** The sections in order. */
  public List<Section> sections() {
    return sections;
  }

  /** Every pattern in order. */
  public List<IgnorePattern> patterns() {
    List<IgnorePattern> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.patterns());
    }
    return all;
  }

  /** True when {@code path} (relative to the context) is excluded: the last matching pattern decides. */
  public boolean isIgnored(String path) {
    Objects.requireNonNull(path, "path == null");
    boolean ignored = false;
    for (IgnorePattern p : patterns()) {
      if (p.matches(path)) {
        ignored = !p.exception();
      }
    }
    return ignored;
  }

  /**
   * Refuses this file when it hides a path that {@code dockerfile} copies from the build context
   * (COPY without {@code --from}, and ADD of a local path), which would fail the build with "not found"
   * only once it runs; the presets check their own pair this way. Globs, variables, URLs and the
   * context root ({@code .}) are not judged.
   *
   * @return this file, so the check can sit where the file is returned
   * @throws IllegalStateException naming the path, the stage and the instruction
   */
  public DockerIgnore checkNotIgnored(Dockerfile dockerfile) {
    Checks.requireNonNull(dockerfile, "dockerfile");
    for (Stage stage : dockerfile.stages()) {
      for (Instruction i : stage.instructions()) {
        List<String> sources = i instanceof Copy copy && copy.from().isEmpty() ? copy.sources()
            : i instanceof Add add ? add.sources() : List.of();
        for (String source : sources) {
          Optional<String> path = contextPath(source);
          if (path.isPresent() && isIgnored(path.get())) {
            throw new IllegalStateException(String.format(
                ".dockerignore excludes '%s', which %s copies (%s); remove the pattern or add an exception",
                source, stage.describe(), i));
          }
        }
      }
    }
    return this;
  }

  /** A COPY or ADD source as a path in the context; empty for what cannot be judged. */
  private static Optional<String> contextPath(String source) {
    if (source.contains("://") || source.startsWith("git@") || source.contains("$")
        || source.contains("*") || source.contains("?") || source.contains("[")) {
      return Optional.empty();
    }
    String p = source;
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("./") ? 2 : 1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() || p.equals(".") ? Optional.empty() : Optional.of(p);
  }

  /** A builder holding this file's sections, for variants. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sections.addAll(sections);
    return b;
  }

  /**
   * Writes the file to {@code path} with the library's generated-by header, as
   * {@link io.github.dockerdsl.Dockerfile#writeTo(Path)} does: atomically, keeping the file's mode,
   * leaving identical content untouched, and never over a hand-written file.
   *
   * @throws GeneratedFiles.HandWrittenFileException if {@code path} exists without a generated-by header
   */
  public GeneratedFiles.Outcome writeTo(Path path) {
    return writeTo(path, WriteOptions.DEFAULTS);
  }

  /** Writes the file with {@code options}' header, overwriting a hand-written file only when {@code options.force()}. */
  public GeneratedFiles.Outcome writeTo(Path path, WriteOptions options) {
    Checks.requireNonNull(path, "path");
    Checks.requireNonNull(options, "options");
    return GeneratedFiles.write(path, GeneratedFiles.withHeader(this, options.header()).toString(), options);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DockerIgnore && ((DockerIgnore) o).sections.equals(sections);
  }

  @Override
  public int hashCode() {
    return sections.hashCode();
  }

  /** The file's text: sections separated by blank lines, each comment line starting with {@code #}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sections.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      Section s = sections.get(i);
      s.comment().ifPresent(c -> out.append("# ").append(c).append('\n'));
      for (IgnorePattern p : s.patterns()) {
        out.append(p).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * A group of patterns under a comment, such as "Version control".
   *
   * @param comment a one-line heading
   * @param patterns the patterns, in order
   */
  public record Section(Optional<String> comment, List<IgnorePattern> patterns) {
    /** Checks the comment and copies the patterns. */
    public Section {
      Objects.requireNonNull(comment, "comment == null").ifPresent(c ->
          Checks.checkNoControlCharacters(c, ".dockerignore comment", "write the comment on one line"));
      patterns = Checks.immutableList(patterns, "patterns");
    }
  }

  /** Collects sections; {@link #section} starts a new one. */
  public static final class Builder {
    private final List<Section> sections = new ArrayList<>();
    private Optional<String> comment = Optional.empty();
    private final List<IgnorePattern> current = new ArrayList<>();

    private Builder() {}

    /** Starts a section under a heading comment. */
    public Builder section(String heading) {
      flush();
      comment = Optional.of(Checks.requireNonNull(heading, "heading"));
      return this;
    }

    /** Excludes paths matching each pattern. */
    public Builder exclude(String... patterns) {
      for (String p : patterns) {
        current.add(IgnorePattern.exclude(p));
      }
      return this;
    }

    /** Re-includes paths matching each pattern. */
    public Builder allow(String... patterns) {
      for (String p : patterns) {
        current.add(IgnorePattern.allow(p));
      }
      return this;
    }

    /** Appends every section of another file, e.g. a company's standard entries. */
    public Builder include(DockerIgnore other) {
      flush();
      sections.addAll(other.sections);
      return this;
    }

    private void flush() {
      if (!current.isEmpty() || comment.isPresent()) {
        sections.add(new Section(comment, current));
      }
      comment = Optional.empty();
      current.clear();
    }

    /** The file. */
    public DockerIgnore build() {
      flush();
      return new DockerIgnore(sections);
    }
  }
}
