package io.github.dockerdsl.presets;

import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.instruction.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Options every preset shares: image metadata for the OCI labels, the runtime user's ids, and the
 * Dockerfile frontend level to target.
 *
 * @param title {@code org.opencontainers.image.title}
 * @param description {@code org.opencontainers.image.description}
 * @param source {@code org.opencontainers.image.source}, the repository URL
 * @param licenses {@code org.opencontainers.image.licenses}, an SPDX expression
 * @param vendor {@code org.opencontainers.image.vendor}
 * @param uid the runtime user's numeric id
 * @param gid the runtime group's numeric id
 * @param targetSyntax the newest frontend the output may need; features beyond it are not used
 * @param syntaxDirective whether to write {@code # syntax=} (off for builders that cannot pull a frontend)
 */
public record CommonOptions(Optional<String> title, Optional<String> description, Optional<String> source,
    Optional<String> licenses, Optional<String> vendor, int uid, int gid, SyntaxVersion targetSyntax,
    boolean syntaxDirective) {
  /** Defaults: uid and gid 10001, the newest known syntax, with a syntax directive. */
  public static final CommonOptions DEFAULTS = new CommonOptions(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), 10001, 10001, SyntaxVersion.LATEST, true);

  /** Checks the ids. */
  public CommonOptions {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(licenses, "licenses == null");
    Objects.requireNonNull(vendor, "vendor == null");
    Objects.requireNonNull(targetSyntax, "targetSyntax == null");
    if (uid < 1 || gid < 1) {
      throw new IllegalArgumentException(String.format(
          "runtime user '%d:%d' is root or negative; use a non-root id such as 10001", uid, gid));
    }
  }

  /** A copy with OCI title and description. */
  public CommonOptions withTitle(String value, String descriptionValue) {
    return new CommonOptions(Optional.of(value), Optional.of(descriptionValue), source, licenses, vendor, uid, gid,
        targetSyntax, syntaxDirective);
  }

  /** A copy with the source repository URL. */
  public CommonOptions withSource(String value) {
    return new CommonOptions(title, description, Optional.of(value), licenses, vendor, uid, gid, targetSyntax,
        syntaxDirective);
  }

  /** A copy with licence and vendor. */
  public CommonOptions withLicenses(String value, String vendorValue) {
    return new CommonOptions(title, description, source, Optional.of(value), Optional.of(vendorValue), uid, gid,
        targetSyntax, syntaxDirective);
  }

  /** A copy with the runtime user's ids. */
  public CommonOptions withUser(int newUid, int newGid) {
    return new CommonOptions(title, description, source, licenses, vendor, newUid, newGid, targetSyntax,
        syntaxDirective);
  }

  /**
   * A copy targeting a frontend level, e.g. {@link SyntaxVersion#ENGINE_20_10} with no syntax
   * directive for Docker Engine 20.10's built-in builder.
   */
  public CommonOptions withTarget(SyntaxVersion version, boolean writeSyntaxDirective) {
    return new CommonOptions(title, description, source, licenses, vendor, uid, gid, version, writeSyntaxDirective);
  }

  /** The OCI labels these options define, in a fixed order. */
  public List<KeyValue> ociLabels() {
    List<KeyValue> labels = new ArrayList<>();
    title.ifPresent(v -> labels.add(KeyValue.of("org.opencontainers.image.title", v)));
    description.ifPresent(v -> labels.add(KeyValue.of("org.opencontainers.image.description", v)));
    source.ifPresent(v -> labels.add(KeyValue.of("org.opencontainers.image.source", v)));
    licenses.ifPresent(v -> labels.add(KeyValue.of("org.opencontainers.image.licenses", v)));
    vendor.ifPresent(v -> labels.add(KeyValue.of("org.opencontainers.image.vendor", v)));
    return labels;
  }
}
