package io.github.dockerdsl.presets;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The pre-defined annotation keys of the OCI image spec ({@code org.opencontainers.image.*}), each
 * set with its own {@code CommonOptions.with...} setter and written in this order, so tools that read
 * the image (registries, scanners, {@code docker inspect}) find where it came from.
 */
public enum OciLabel {
  /** Human-readable title of the image. */
  TITLE("title", Format.TEXT),
  /** Human-readable description of the software in the image. */
  DESCRIPTION("description", Format.TEXT),
  /** Version of the packaged software, such as {@code 1.4.2}. */
  VERSION("version", Format.TEXT),
  /** Source control revision the image was built from, such as a git commit hash. */
  REVISION("revision", Format.TEXT),
  /** When the image was built, as an RFC 3339 date-time such as {@code 2024-05-01T12:00:00Z}. */
  CREATED("created", Format.RFC3339),
  /** URL of the source code the image was built from. */
  SOURCE("source", Format.URL),
  /** URL of the documentation of the image. */
  DOCUMENTATION("documentation", Format.URL),
  /** URL to find more information on the image. */
  URL("url", Format.URL),
  /** Licence(s) of the software in the image, as an SPDX expression such as {@code Apache-2.0}. */
  LICENSES("licenses", Format.TEXT),
  /** Name of the distributing entity, organisation or individual. */
  VENDOR("vendor", Format.TEXT),
  /** Contact details of the people or organisation responsible for the image (free text). */
  AUTHORS("authors", Format.TEXT),
  /** Name of the reference for a target, such as a tag. */
  REF_NAME("ref.name", Format.TEXT),
  /** Reference of the image this one is based on, such as {@code docker.io/library/node:20-bookworm-slim}. */
  BASE_NAME("base.name", Format.TEXT),
  /** Digest of the image this one is based on, such as {@code sha256:...}. */
  BASE_DIGEST("base.digest", Format.TEXT);

  /** What a value must look like. */
  private enum Format { TEXT, URL, RFC3339 }

  private final String suffix;
  private final Format format;

  OciLabel(String suffix, Format format) {
    this.suffix = suffix;
    this.format = format;
  }

  /** The full label key, such as {@code org.opencontainers.image.title}. */
  public String key() {
    return "org.opencontainers.image." + suffix;
  }

  /**
   * Checks a value for this label: not blank, on one line, and an absolute URL or an RFC 3339
   * date-time where the spec asks for one.
   *
   * @throws IllegalArgumentException naming the label, quoting the value and saying the fix
   */
  String check(String value) {
    String name = "OCI label " + suffix;
    PresetSupport.checkArgument(value != null && !value.isBlank() && value.chars().noneMatch(Character::isISOControl),
        "%s '%s' is empty or has control characters; give a one-line value", name, value);
    switch (format) {
      case URL -> PresetSupport.checkArgument(isAbsoluteUrl(value),
          "%s '%s' is not an absolute URL; use e.g. https://github.com/acme/app", name, value);
      case RFC3339 -> PresetSupport.checkArgument(isDateTime(value),
          "%s '%s' is not an RFC 3339 date-time; use e.g. 2024-05-01T12:00:00Z", name, value);
      case TEXT -> { }
    }
    return value;
  }

  private static boolean isAbsoluteUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute() && uri.getHost() != null
          && !uri.getScheme().toLowerCase(Locale.ROOT).equals("file");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isDateTime(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
