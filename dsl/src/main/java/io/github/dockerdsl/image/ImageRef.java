package io.github.dockerdsl.image;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated image reference {@code [registry/]repository[:tag][@digest]}. Parsing validates at
 * once, so an {@code ImageRef} that exists is always well formed.
 *
 * <p>Build-arg references such as {@code node:${NODE_VERSION}} are accepted in any part and kept
 * verbatim; such a reference is never {@linkplain #isPinned() pinned}.
 */
public final class ImageRef implements BaseImage, SourceRef {

  private final Optional<String> registry;
  private final String repository;
  private final Optional<String> tag;
  private final Optional<Digest> digest;
  /** The text, made once: rules ask for it (and {@link #hasVariables}) many times per lint. */
  private final String text;

  private ImageRef(Optional<String> registry, String repository, Optional<String> tag, Optional<Digest> digest) {
    this.registry = registry;
    this.repository = repository;
    this.tag = tag;
    this.digest = digest;
    // no Optional.map(lambda) here or below: each lambda's first use costs a one-file lint its bootstrap
    this.text = nameWithRegistry() + (tag.isPresent() ? ":" + tag.get() : "") + digestSuffix();
  }

  /**
   * Parses a reference such as {@code node:20-bookworm-slim}, {@code ghcr.io/acme/app:1.2@sha256:...}
   * or {@code localhost:5000/team/app}.
   *
   * @throws IllegalArgumentException naming the part that is wrong, if the text is not a valid reference
   */
  public static ImageRef parse(String text) {
    Objects.requireNonNull(text, "text == null");
    String masked = mask(text);
    if (masked.contains("$")) {
      throw invalid(text, "has a '$' that is not a whole variable reference",
          "write $NAME, ${NAME} or ${NAME:-default} with a default of letters, digits, '.', '_' and '-'");
    }
    if (masked.isEmpty()) {
      throw invalid(text, "is empty", "name an image such as 'debian:bookworm-slim'");
    }
    if (!masked.equals(masked.strip()) || Checks.hasWhitespace(masked)) {
      throw invalid(text, "contains whitespace", "references have no spaces");
    }
    String rest = text;
    Optional<Digest> digest = Optional.empty();
    int at = masked.indexOf('@');
    if (at >= 0) {
      String digestText = text.substring(at + 1);
      try {
        digest = Optional.of(Digest.parse(digestText));
      } catch (IllegalArgumentException e) {
        throw invalid(text, "has an invalid digest '" + Quoting.visible(digestText) + "'",
            "digests look like sha256:<64 lower-case hex digits>");
      }
      rest = text.substring(0, at);
      masked = masked.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int lastSlash = masked.lastIndexOf('/');
    int colon = masked.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
      String tagText = rest.substring(colon + 1);
      if (!isTag(mask(tagText))) {
        throw invalid(text, "has an invalid tag '" + Quoting.visible(tagText) + "'",
            "tags match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
      }
      tag = Optional.of(tagText);
      rest = rest.substring(0, colon);
      masked = masked.substring(0, colon);
    }
    Optional<String> registry = Optional.empty();
    int slash = masked.indexOf('/');
    if (slash >= 0) {
      String first = masked.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")
          || !first.equals(first.toLowerCase(java.util.Locale.ROOT))) {
        if (!isHost(first)) {
          throw invalid(text, "has an invalid registry '" + Quoting.visible(rest.substring(0, slash)) + "'",
              "registries look like host[:port], e.g. 'registry.example.com:5000'");
        }
        registry = Optional.of(rest.substring(0, slash));
        rest = rest.substring(slash + 1);
        masked = masked.substring(slash + 1);
      }
    }
    if (masked.isEmpty()) {
      throw invalid(text, "has no repository name", "name an image such as 'debian:bookworm-slim'");
    }
    for (String component : masked.split("/", -1)) {
      if (!isComponent(component)) {
        String hint = component.equals(component.toLowerCase(java.util.Locale.ROOT))
            ? "path components are lower-case letters and digits separated by '.', '_', '__' or '-'"
            : "repository names must be lower case";
        throw invalid(text, "has an invalid repository path component '" + component + "'", hint);
      }
    }
    if (rest.length() + (registry.isPresent() ? registry.get().length() + 1 : 0) > 255) {
      throw invalid(text, "is longer than 255 characters", "shorten the repository name");
    }
    return new ImageRef(registry, rest, tag, digest);
  }

  /**
   * The path component grammar {@code [a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*} as a loop (the regular
   * expression is {@code NameLoopsTest}'s reference): runs of {@code [a-z0-9]} separated by one '.', one '_', "__" or
   * any number of '-' (every repository path component of every FROM).
   */
  static boolean isComponent(String s) {
    int i = alnumRun(s, 0);
    if (i == 0) {
      return false;
    }
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '_') {
        i += i + 1 < s.length() && s.charAt(i + 1) == '_' ? 2 : 1;
      } else if (c == '-') {
        while (i < s.length() && s.charAt(i) == '-') {
          i++;
        }
      } else {
        return false;
      }
      int end = alnumRun(s, i);
      if (end == i) {
        return false;
      }
      i = end;
    }
    return true;
  }

  private static int alnumRun(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) >= 'a' && s.charAt(i) <= 'z' || s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
      i++;
    }
    return i;
  }

  /** The tag grammar {@code [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}} as a loop, for the tag of every FROM. */
  static boolean isTag(String s) {
    if (s.isEmpty() || s.length() > 128 || !isTagStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isTagStart(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isTagStart(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
  }

  private static IllegalArgumentException invalid(String text, String problem, String hint) {
    return new IllegalArgumentException(
        String.format("image reference '%s' %s; %s", Quoting.visible(text), problem, hint));
  }

  /** Replaces each variable reference with a neutral placeholder of the same length, for validation. */
  private static String mask(String text) {
    if (text.indexOf('$') < 0) {
      // every variable reference starts with '$': nothing to mask (most references)
      return text;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at)) {
      int end = variableEnd(text, at);
      if (end < 0) {
        at++;
        continue;
      }
      out.append(text, last, at);
      out.append("v".repeat(end - at));
      last = end;
      at = end;
    }
    return out.append(text.substring(last)).toString();
  }

  /** The registry host and optional port, when one is named. */
  public Optional<String> registry() {
    return registry;
  }

  /** The repository path without registry, such as {@code node} or {@code acme/app}. */
  public String repository() {
    return repository;
  }

  /** The tag, when one is given. */
  public Optional<String> tag() {
    return tag;
  }

  /** The digest, when one is given. */
  public Optional<Digest> digest() {
    return digest;
  }

  /** A copy with the given tag. */
  public ImageRef withTag(String newTag) {
    return parse(nameWithRegistry() + ":" + newTag + digestSuffix());
  }

  /** A copy without a tag. */
  public ImageRef withoutTag() {
    return new ImageRef(registry, repository, Optional.empty(), digest);
  }

  /** A copy pinned to the given digest, keeping the tag for readers. */
  public ImageRef withDigest(Digest newDigest) {
    return new ImageRef(registry, repository, tag, Optional.of(Objects.requireNonNull(newDigest, "newDigest == null")));
  }

  /** A copy without a digest. */
  public ImageRef withoutDigest() {
    return new ImageRef(registry, repository, tag, Optional.empty());
  }

  /** A copy on another registry, or on Docker Hub when {@code newRegistry} is empty. */
  public ImageRef withRegistry(Optional<String> newRegistry) {
    Objects.requireNonNull(newRegistry, "newRegistry == null");
    return parse((newRegistry.isPresent() ? newRegistry.get() + "/" : "") + repository
        + (tag.isPresent() ? ":" + tag.get() : "") + digestSuffix());
  }

  /** {@code registry/repository} or just the repository. */
  public String nameWithRegistry() {
    return registry.isPresent() ? registry.get() + "/" + repository : repository;
  }

  private String digestSuffix() {
    return digest.isPresent() ? "@" + digest.get() : "";
  }

  /** True when the reference holds a build-arg reference such as {@code ${NODE_VERSION}}. */
  public boolean hasVariables() {
    for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
      if (variableEnd(text, at) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the reference is a bare name ({@code curl}): no registry, path, tag, digest or variable.
   * Such a name in {@code COPY --from} or a mount's {@code from=} is read by BuildKit as a stage or a
   * named build context first, so it cannot stand for an image there; in FROM it names an earlier stage
   * of the same name before an image.
   */
  public boolean isBareName() {
    return registry.isEmpty() && tag.isEmpty() && digest.isEmpty() && !repository.contains("/") && !hasVariables();
  }

  /** True when a digest is given, or a tag other than {@code latest} without variables. */
  public boolean isPinned() {
    if (digest.isPresent()) {
      return true;
    }
    return tag.isPresent() && !tag.get().equals("latest") && !hasVariables();
  }

  @Override
  public String reference() {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImageRef)) {
      return false;
    }
    ImageRef other = (ImageRef) o;
    return registry.equals(other.registry) && repository.equals(other.repository)
        && tag.equals(other.tag) && digest.equals(other.digest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registry, repository, tag, digest);
  }

  @Override
  public String toString() {
    return text;
  }

  /**
   * The end of the variable reference starting at {@code text[at]} (a '$'), or -1: the grammar
   * {@code \$(\{[A-Za-z_][A-Za-z0-9_]*(:?[-+][A-Za-z0-9_.-]*)?}|[A-Za-z_][A-Za-z0-9_]*)}, read by hand so
   * that a lint compiles no regex ({@code ImageRefScannerTest} compares the two).
   */
  static int variableEnd(String text, int at) {
    int i = at + 1;
    if (i < text.length() && text.charAt(i) == '{') {
      int name = Ascii.nameEnd(text, i + 1);
      if (name < 0) {
        return -1;
      }
      i = name;
      int modifier = i < text.length() && text.charAt(i) == ':' ? i + 1 : i;
      if (modifier < text.length() && (text.charAt(modifier) == '-' || text.charAt(modifier) == '+')) {
        i = modifier + 1;
        while (i < text.length() && (Ascii.isAlphanumeric(text.charAt(i)) || "_.-".indexOf(text.charAt(i)) >= 0)) {
          i++;
        }
      }
      return i < text.length() && text.charAt(i) == '}' ? i + 1 : -1;
    }
    return Ascii.nameEnd(text, i);
  }

  /**
   * A registry host with an optional port, the grammar
   * {@code (?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+])(?::[0-9]{1,5})?}
   * read by hand ({@code ImageRefScannerTest} compares the two).
   */
  static boolean isHost(String host) {
    int end;
    if (host.startsWith("[")) {
      end = host.indexOf(']');
      if (end < 2) {
        return false;
      }
      for (int i = 1; i < end; i++) {
        char c = host.charAt(i);
        if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':')) {
          return false;
        }
      }
      end++;
    } else {
      int colon = host.indexOf(':');
      end = colon < 0 ? host.length() : colon;
      int label = 0;
      for (int i = 0; i <= end; i++) {
        if (i == end || host.charAt(i) == '.') {
          if (i == label || host.charAt(label) == '-' || host.charAt(i - 1) == '-') {
            return false;
          }
          label = i + 1;
        } else if (!Ascii.isAlphanumeric(host.charAt(i)) && host.charAt(i) != '-') {
          return false;
        }
      }
    }
    if (end == host.length()) {
      return true;
    }
    int digits = host.length() - end - 1;
    if (host.charAt(end) != ':' || digits < 1 || digits > 5) {
      return false;
    }
    for (int i = end + 1; i < host.length(); i++) {
      if (host.charAt(i) < '0' || host.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

}
