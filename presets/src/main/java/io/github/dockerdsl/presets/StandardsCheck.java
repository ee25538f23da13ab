package io.github.dockerdsl.presets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;

/** What {@link CompanyStandards#available} checks of the providers it found: valid, distinct names. */
final class StandardsCheck {
  private StandardsCheck() {}

  /** The providers sorted by name; a provider that fails to load, a bad name or a clash is refused. */
  static List<CompanyStandards> check(Iterable<CompanyStandards> loader) {
    Map<String, CompanyStandards> byName = new LinkedHashMap<>();
    List<CompanyStandards> all = new ArrayList<>();
    try {
      for (CompanyStandards standards : loader) {
        all.add(standards);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalArgumentException("company standards cannot be loaded: " + e.getMessage(), e);
    }
    for (CompanyStandards standards : all) {
      String name = standards.name();
      if (name == null || !CompanyStandards.NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(String.format(
            "company standards %s are named '%s'; a name is lower-case letters, digits and '-', such as acme",
            standards.getClass().getName(), name));
      }
      CompanyStandards previous = byName.putIfAbsent(name, standards);
      // the same class seen twice (class path and module path) is one provider, not a clash
      if (previous != null && !previous.getClass().getName().equals(standards.getClass().getName())) {
        throw new IllegalArgumentException(String.format(
            "two company standards are named '%s': %s and %s; remove one jar from the path",
            name, previous.getClass().getName(), standards.getClass().getName()));
      }
    }
    List<CompanyStandards> sorted = new ArrayList<>(byName.values());
    sorted.sort(Comparator.comparing(CompanyStandards::name));
    return List.copyOf(sorted);
  }
}
