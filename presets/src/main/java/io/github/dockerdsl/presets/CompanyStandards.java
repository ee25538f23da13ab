package io.github.dockerdsl.presets;

import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A company's container standards packaged as a jar that tools find by name, so that
 * {@code dockerdsl init --standards acme}, {@code dockerdsl lint}, the Maven plugin and Java code apply
 * the same customization and the same rules (docs/company-standards-jar.md).
 *
 * <p>An implementation has a public no-argument constructor and is listed for {@link ServiceLoader}
 * both in {@code META-INF/services/io.github.dockerdsl.presets.CompanyStandards} (class path) and with
 * {@code provides io.github.dockerdsl.presets.CompanyStandards with ...} in its {@code module-info}
 * (module path).
 */
public interface CompanyStandards {
  /** What a name may look like: it is typed on command lines and in POMs. */
  Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The name users select the standards by, such as {@code acme}: lower-case letters, digits and '-'. */
  String name();

  /** One line saying what the standards change, shown when tools list the standards they found. */
  String summary();

  /** The hooks and transforms applied to every preset, and optionally the policy it must pass. */
  Customization customization();

  /** The company's own rules, run both when a preset builds and when {@code lint} reads a Dockerfile. */
  default List<Rule> rules() {
    return List.of();
  }

  /**
   * The one policy that builds and lint both check against: the customization's policy (the strict
   * policy when it has none) plus every rule of {@link #rules()} it does not run yet.
   */
  default Policy policy() {
    Policy policy = customization().policy().orElseGet(Policy::strict);
    for (Rule rule : rules()) {
      if (policy.rule(rule.id()).isEmpty()) {
        policy = policy.withRule(rule);
      }
    }
    return policy;
  }

  /** What {@code preset.with(...)} takes: the customization, checked against {@link #policy()}. */
  default Customization asCustomization() {
    return customization().andThen(Customization.builder().policy(policy()).build());
  }

  /**
   * The standards that {@code loader} can see, sorted by name: in jars listed in
   * {@code META-INF/services} and, for a loader of named modules, in modules that provide them.
   *
   * @throws IllegalArgumentException when a provider cannot be created, has an invalid name, or two
   *     providers share a name
   */
  static List<CompanyStandards> available(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader == null");
    return StandardsCheck.check(ServiceLoader.load(CompanyStandards.class, loader));
  }

  /** As {@link #available(ClassLoader)}, for the standards in the modules of {@code layer} and its parents. */
  static List<CompanyStandards> available(ModuleLayer layer) {
    Objects.requireNonNull(layer, "layer == null");
    return StandardsCheck.check(ServiceLoader.load(layer, CompanyStandards.class));
  }

  /**
   * The standards called {@code name} among {@code found}.
   *
   * @throws IllegalArgumentException quoting the name and listing the standards found when none has it
   */
  static CompanyStandards named(String name, List<CompanyStandards> found) {
    Objects.requireNonNull(name, "name == null");
    for (CompanyStandards standards : found) {
      if (standards.name().equals(name)) {
        return standards;
      }
    }
    String listed = found.isEmpty() ? "none"
        : found.stream().map(s -> s.name() + " (" + s.summary() + ")").collect(Collectors.joining(", "));
    throw new IllegalArgumentException(String.format(
        "standards '%s' not found; found: %s. Put the jar of the standards on the path; it names its class in "
            + "META-INF/services/%s", name, listed, CompanyStandards.class.getName()));
  }
}
