package io.github.dockerdsl.presets;

import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.PackageInstall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Options every preset shares: the things every team changes without writing a hook. Image metadata
 * (every OCI label), the runtime user's ids, the Dockerfile frontend level, the base image of a role,
 * extra OS packages for the build and runtime stages (installed in the preset's own install layer),
 * extra files copied into the runtime image, and ENV of the runtime image.
 *
 * <pre>{@code
 * CommonOptions.DEFAULTS.withTitle("shop").withVersion("1.4.2").withSource("https://github.com/acme/shop")
 *     .withBaseImage(ImageRole.RUNTIME, "registry.acme.internal/node:20-bookworm-slim")
 *     .withRuntimePackages("curl").withRuntimeFile(RuntimeFile.of("config/app.yaml", "/etc/shop/app.yaml"))
 *     .withEnv("LOG_FORMAT", "json");
 * }</pre>
 *
 * @param labels the {@code org.opencontainers.image.*} labels, written in {@link OciLabel} order
 * @param uid the runtime user's numeric id
 * @param gid the runtime group's numeric id
 * @param targetSyntax the newest frontend the output may need; features beyond it are not used
 * @param syntaxDirective whether to write {@code # syntax=} (off for builders that cannot pull a frontend)
 * @param baseImages the base image of a role instead of the preset's choice; the
 *     {@link PresetHooks#baseImage} hook still sees (and may replace) it
 * @param buildPackages OS packages for every stage of the {@link ImageRole#BUILD} role, in the package
 *     manager's syntax ({@code name} or {@code name=version})
 * @param runtimePackages OS packages for the runtime stage, in the package manager's syntax
 * @param packageCacheMounts whether package installs keep the manager's caches in cache mounts instead of
 *     cleaning up in the same RUN
 * @param runtimeFiles files copied from the build context into the runtime image after the application
 * @param env variables set in the runtime image after the application, in order
 */
public record CommonOptions(Map<OciLabel, String> labels, int uid, int gid, SyntaxVersion targetSyntax,
    boolean syntaxDirective, Map<ImageRole, ImageRef> baseImages, List<String> buildPackages,
    List<String> runtimePackages, boolean packageCacheMounts, List<RuntimeFile> runtimeFiles, List<KeyValue> env) {
  /** Defaults: no labels, uid and gid 10001, the newest known syntax with a syntax directive, nothing added. */
  public static final CommonOptions DEFAULTS = new CommonOptions(Map.of(), 10001, 10001, SyntaxVersion.LATEST, true,
      Map.of(), List.of(), List.of(), false, List.of(), List.of());

  /** Checks every option and copies the collections. */
  public CommonOptions {
    Objects.requireNonNull(labels, "labels == null");
    Map<OciLabel, String> ordered = new EnumMap<>(OciLabel.class);
    labels.forEach((label, value) -> ordered.put(Objects.requireNonNull(label, "label == null"), label.check(value)));
    labels = Collections.unmodifiableMap(ordered);
    Objects.requireNonNull(targetSyntax, "targetSyntax == null");
    if (uid < 1 || gid < 1) {
      throw new IllegalArgumentException(String.format(
          "runtime user '%d:%d' is root or negative; use a non-root id such as 10001", uid, gid));
    }
    Objects.requireNonNull(baseImages, "baseImages == null");
    Map<ImageRole, ImageRef> images = new EnumMap<>(ImageRole.class);
    baseImages.forEach((role, image) -> images.put(Objects.requireNonNull(role, "role == null"),
        Objects.requireNonNull(image, "base image of " + role + " == null")));
    baseImages = Collections.unmodifiableMap(images);
    buildPackages = checkPackages(buildPackages, "build");
    runtimePackages = checkPackages(runtimePackages, "runtime");
    runtimeFiles = List.copyOf(Objects.requireNonNull(runtimeFiles, "runtimeFiles == null"));
    env = List.copyOf(Objects.requireNonNull(env, "env == null"));
    if (!env.isEmpty()) {
      new Env(env); // names and duplicates, with ENV's own messages
    }
  }

  /**
   * The options of earlier versions: five labels, the user and the frontend level.
   *
   * @deprecated use {@link #DEFAULTS} and the {@code with...} setters, which reach every option
   */
  @Deprecated
  public CommonOptions(Optional<String> title, Optional<String> description, Optional<String> source,
      Optional<String> licenses, Optional<String> vendor, int uid, int gid, SyntaxVersion targetSyntax,
      boolean syntaxDirective) {
    this(labelsOf(title, description, source, licenses, vendor), uid, gid, targetSyntax, syntaxDirective,
        Map.of(), List.of(), List.of(), false, List.of(), List.of());
  }

  private static Map<OciLabel, String> labelsOf(Optional<String> title, Optional<String> description,
      Optional<String> source, Optional<String> licenses, Optional<String> vendor) {
    Map<OciLabel, String> labels = new EnumMap<>(OciLabel.class);
    Objects.requireNonNull(title, "title == null").ifPresent(v -> labels.put(OciLabel.TITLE, v));
    Objects.requireNonNull(description, "description == null").ifPresent(v -> labels.put(OciLabel.DESCRIPTION, v));
    Objects.requireNonNull(source, "source == null").ifPresent(v -> labels.put(OciLabel.SOURCE, v));
    Objects.requireNonNull(licenses, "licenses == null").ifPresent(v -> labels.put(OciLabel.LICENSES, v));
    Objects.requireNonNull(vendor, "vendor == null").ifPresent(v -> labels.put(OciLabel.VENDOR, v));
    return labels;
  }

  private static List<String> checkPackages(List<String> packages, String role) {
    List<String> copy = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(packages, role + "Packages == null")));
    try {
      new PackageInstall(PackageInstall.Manager.APT, copy, false);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(role + " packages " + copy + ": " + e.getMessage(), e);
    }
    return copy;
  }

  /** The value of one OCI label, when set. */
  public Optional<String> label(OciLabel label) {
    return Optional.ofNullable(labels.get(Objects.requireNonNull(label, "label == null")));
  }

  /** {@code org.opencontainers.image.title}, when set. */
  public Optional<String> title() {
    return label(OciLabel.TITLE);
  }

  /** {@code org.opencontainers.image.description}, when set. */
  public Optional<String> description() {
    return label(OciLabel.DESCRIPTION);
  }

  /** {@code org.opencontainers.image.source}, when set. */
  public Optional<String> source() {
    return label(OciLabel.SOURCE);
  }

  /** {@code org.opencontainers.image.licenses}, when set. */
  public Optional<String> licenses() {
    return label(OciLabel.LICENSES);
  }

  /** {@code org.opencontainers.image.vendor}, when set. */
  public Optional<String> vendor() {
    return label(OciLabel.VENDOR);
  }

  /** The base image the options choose for a role, when they choose one. */
  public Optional<ImageRef> baseImage(ImageRole role) {
    return Optional.ofNullable(baseImages.get(Objects.requireNonNull(role, "role == null")));
  }

  /** The packages the options add to the stages of a role. */
  public List<String> packages(ImageRole role) {
    return Objects.requireNonNull(role, "role == null") == ImageRole.BUILD ? buildPackages : runtimePackages;
  }

  /** A copy with one OCI label set (replacing its earlier value). */
  public CommonOptions withLabel(OciLabel label, String value) {
    Objects.requireNonNull(label, "label == null");
    return with(d -> d.labels.put(label, value));
  }

  /** A copy with {@code org.opencontainers.image.title}. */
  public CommonOptions withTitle(String value) {
    return withLabel(OciLabel.TITLE, value);
  }

  /** A copy with {@code org.opencontainers.image.description}. */
  public CommonOptions withDescription(String value) {
    return withLabel(OciLabel.DESCRIPTION, value);
  }

  /** A copy with {@code org.opencontainers.image.version}, such as {@code 1.4.2}. */
  public CommonOptions withVersion(String value) {
    return withLabel(OciLabel.VERSION, value);
  }

  /** A copy with {@code org.opencontainers.image.revision}, such as the git commit. */
  public CommonOptions withRevision(String value) {
    return withLabel(OciLabel.REVISION, value);
  }

  /** A copy with {@code org.opencontainers.image.created}, an RFC 3339 date-time such as {@code 2024-05-01T12:00:00Z}. */
  public CommonOptions withCreated(String value) {
    return withLabel(OciLabel.CREATED, value);
  }

  /** A copy with {@code org.opencontainers.image.source}, the repository URL. */
  public CommonOptions withSource(String value) {
    return withLabel(OciLabel.SOURCE, value);
  }

  /** A copy with {@code org.opencontainers.image.documentation}, a URL. */
  public CommonOptions withDocumentation(String value) {
    return withLabel(OciLabel.DOCUMENTATION, value);
  }

  /** A copy with {@code org.opencontainers.image.url}, where to find more about the image. */
  public CommonOptions withUrl(String value) {
    return withLabel(OciLabel.URL, value);
  }

  /** A copy with {@code org.opencontainers.image.licenses}, an SPDX expression such as {@code Apache-2.0}. */
  public CommonOptions withLicenses(String value) {
    return withLabel(OciLabel.LICENSES, value);
  }

  /** A copy with {@code org.opencontainers.image.vendor}. */
  public CommonOptions withVendor(String value) {
    return withLabel(OciLabel.VENDOR, value);
  }

  /** A copy with {@code org.opencontainers.image.authors}, contact details. */
  public CommonOptions withAuthors(String value) {
    return withLabel(OciLabel.AUTHORS, value);
  }

  /** A copy with {@code org.opencontainers.image.ref.name}, such as the tag. */
  public CommonOptions withRefName(String value) {
    return withLabel(OciLabel.REF_NAME, value);
  }

  /** A copy with {@code org.opencontainers.image.base.name}, the reference of the base image. */
  public CommonOptions withBaseName(String value) {
    return withLabel(OciLabel.BASE_NAME, value);
  }

  /** A copy with {@code org.opencontainers.image.base.digest}, the digest of the base image. */
  public CommonOptions withBaseDigest(String value) {
    return withLabel(OciLabel.BASE_DIGEST, value);
  }

  /**
   * A copy with OCI title and description.
   *
   * @deprecated the pair reads as two titles; use {@link #withTitle(String)} and {@link #withDescription(String)}
   */
  @Deprecated
  public CommonOptions withTitle(String value, String descriptionValue) {
    return withTitle(value).withDescription(descriptionValue);
  }

  /**
   * A copy with licence and vendor.
   *
   * @deprecated the pair reads as two licences; use {@link #withLicenses(String)} and {@link #withVendor(String)}
   */
  @Deprecated
  public CommonOptions withLicenses(String value, String vendorValue) {
    return withLicenses(value).withVendor(vendorValue);
  }

  /** A copy with the runtime user's ids. */
  public CommonOptions withUser(int newUid, int newGid) {
    return with(d -> {
      d.uid = newUid;
      d.gid = newGid;
    });
  }

  /**
   * A copy targeting a frontend level, e.g. {@link SyntaxVersion#ENGINE_20_10} with no syntax
   * directive for Docker Engine 20.10's built-in builder.
   */
  public CommonOptions withTarget(SyntaxVersion version, boolean writeSyntaxDirective) {
    return with(d -> {
      d.targetSyntax = version;
      d.syntaxDirective = writeSyntaxDirective;
    });
  }

  /**
   * A copy with the base image of a role, such as {@code registry.acme.internal/node:20-bookworm-slim},
   * instead of the preset's; it must be of the same family (the preset still installs packages and
   * creates users the way the variant's images need).
   */
  public CommonOptions withBaseImage(ImageRole role, String image) {
    Objects.requireNonNull(role, "role == null");
    ImageRef ref = ImageRef.parse(Objects.requireNonNull(image, "image == null"));
    return with(d -> d.baseImages.put(role, ref));
  }

  /** A copy that also installs these OS packages in every build stage, in the preset's install layer. */
  public CommonOptions withBuildPackages(String... packages) {
    return with(d -> d.buildPackages.addAll(Arrays.asList(packages)));
  }

  /** A copy that also installs these OS packages in the runtime stage, in the preset's install layer. */
  public CommonOptions withRuntimePackages(String... packages) {
    return with(d -> d.runtimePackages.addAll(Arrays.asList(packages)));
  }

  /**
   * A copy whose package installs keep the package manager's caches in cache mounts shared between
   * builds (faster rebuilds) instead of cleaning up in the same RUN; the image holds no cache either way.
   */
  public CommonOptions withPackageCacheMounts() {
    return with(d -> d.packageCacheMounts = true);
  }

  /** A copy that also copies this file into the runtime image, after the application. */
  public CommonOptions withRuntimeFile(RuntimeFile file) {
    Objects.requireNonNull(file, "file == null");
    return with(d -> d.runtimeFiles.add(file));
  }

  /** A copy that also sets this variable in the runtime image, after the preset's own ENV (so it overrides it). */
  public CommonOptions withEnv(String key, String value) {
    KeyValue kv = KeyValue.of(key, value);
    return with(d -> d.env.add(kv));
  }

  /** The OCI labels these options define, in {@link OciLabel} order. */
  public List<KeyValue> ociLabels() {
    List<KeyValue> out = new ArrayList<>();
    labels.forEach((label, value) -> out.add(KeyValue.of(label.key(), value)));
    return out;
  }

  private CommonOptions with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new CommonOptions(d.labels, d.uid, d.gid, d.targetSyntax, d.syntaxDirective, d.baseImages,
        d.buildPackages, d.runtimePackages, d.packageCacheMounts, d.runtimeFiles, d.env);
  }

  /** The mutable copy a {@code with...} setter changes; the record's constructor checks the result. */
  private static final class Draft {
    private final Map<OciLabel, String> labels;
    private int uid;
    private int gid;
    private SyntaxVersion targetSyntax;
    private boolean syntaxDirective;
    private final Map<ImageRole, ImageRef> baseImages;
    private final List<String> buildPackages;
    private final List<String> runtimePackages;
    private boolean packageCacheMounts;
    private final List<RuntimeFile> runtimeFiles;
    private final List<KeyValue> env;

    private Draft(CommonOptions o) {
      labels = new EnumMap<>(OciLabel.class);
      labels.putAll(o.labels);
      uid = o.uid;
      gid = o.gid;
      targetSyntax = o.targetSyntax;
      syntaxDirective = o.syntaxDirective;
      baseImages = new EnumMap<>(ImageRole.class);
      baseImages.putAll(o.baseImages);
      buildPackages = new ArrayList<>(o.buildPackages);
      runtimePackages = new ArrayList<>(o.runtimePackages);
      packageCacheMounts = o.packageCacheMounts;
      runtimeFiles = new ArrayList<>(o.runtimeFiles);
      env = new ArrayList<>(o.env);
    }
  }
}
