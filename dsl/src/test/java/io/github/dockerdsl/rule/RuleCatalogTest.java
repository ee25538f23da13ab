package io.github.dockerdsl.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue is complete and documented: every rule has a page, and the index lists them all. */
class RuleCatalogTest {
  private static final Path DOCS = Path.of("../docs/rules");

  @Test
  void every_rule_has_a_unique_code_and_name_and_a_summary() {
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Rule rule : Rules.all()) {
      assertThat(codes.add(rule.id().code())).as("duplicate code %s", rule.id()).isTrue();
      assertThat(names.add(rule.id().name())).as("duplicate name %s", rule.id()).isTrue();
      assertThat(rule.summary()).as(rule.id().toString()).isNotBlank().doesNotEndWith(".");
      assertThat(Rules.constantName(rule)).matches("[A-Z][A-Z0-9_]*");
    }
    assertThat(Rules.all()).hasSizeGreaterThanOrEqualTo(30);
  }

  /** {@code Rules} lists its constants by hand (no reflection at start-up): the list must be every one, by code. */
  @Test
  void all_is_every_rule_constant_in_code_order() throws IllegalAccessException {
    List<Rule> constants = new ArrayList<>();
    for (Field f : Rules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Rule.class) {
        constants.add((Rule) f.get(null));
      }
    }
    constants.sort(Comparator.comparing(r -> r.id().code()));
    assertThat(Rules.all()).containsExactlyElementsOf(constants);
    assertThat(Rules.constantName(Rules.WELL_FORMED_WAIVERS)).isEqualTo("WELL_FORMED_WAIVERS");
    assertThat(Rules.byCode("DF036")).containsSame(Rules.WORKDIR_NOT_CD);
    assertThat(Rules.byCode("DF999")).isEmpty();
  }

  @Test
  void sibling_ids_are_well_formed() {
    for (Rule rule : Rules.all()) {
      SeeAlso s = rule.seeAlso();
      assertThat(s.hadolint()).as(rule.id().toString()).allMatch(id -> id.matches("DL[0-9]{4}"));
      assertThat(s.buildkit()).as(rule.id().toString()).allMatch(id -> id.matches("[A-Z][A-Za-z]+"));
      assertThat(s.trivy()).as(rule.id().toString()).allMatch(id -> id.matches("DS-[0-9]{4}"));
      assertThat(s.checkov()).as(rule.id().toString()).allMatch(id -> id.matches("CKV2?_DOCKER_[0-9]+"));
    }
  }

  @Test
  void every_rule_has_a_docs_page_titled_with_its_id() throws IOException {
    for (Rule rule : catalogue()) {
      Path page = DOCS.resolve(rule.id().code() + ".md");
      assertThat(page).as("docs page of %s", rule.id()).exists();
      assertThat(Files.readAllLines(page, StandardCharsets.UTF_8).get(0))
          .isEqualTo("# " + rule.id().code() + " " + rule.id().name());
    }
  }

  @Test
  void the_index_lists_every_rule() throws IOException {
    String expected = index();
    Path readme = DOCS.resolve("README.md");
    if (Boolean.getBoolean("dockerdsl.regenerate")) {
      Files.writeString(readme, expected, StandardCharsets.UTF_8);
    }
    assertThat(readme).as("docs/rules/README.md is out of date; run the build with -Ddockerdsl.regenerate=true")
        .exists();
    assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  /** The index page, generated from the catalogue so it cannot drift. */
  static String index() {
    StringBuilder out = new StringBuilder();
    out.append("# Rule catalogue\n\n")
        .append("Every rule dockerdsl checks, when a Dockerfile is built (`Dockerfile.builder()...build()`) and when\n")
        .append("an existing file is linted. ERROR findings stop `build()` unless suppressed with a reason;\n")
        .append("WARNING and INFO findings are listed on `Dockerfile.findings()`. The same list is printed by\n")
        .append("`dockerdsl rules` and is available in code as `Rules.all()`. This page is generated from the\n")
        .append("catalogue by `RuleCatalogTest`. Rules marked opt-in are company policy and report nothing until\n")
        .append("configured and added to a policy (`Rules.optIn()`, `Policy.strict().withRule(...)`).\n\n")
        .append("| rule | severity | what it wants | hadolint | BuildKit | Trivy | Checkov |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Rule rule : catalogue()) {
      SeeAlso s = rule.seeAlso();
      boolean optIn = !Rules.all().contains(rule);
      out.append("| [").append(rule.id().code()).append(' ').append(rule.id().name()).append("](")
          .append(rule.id().code()).append(".md) | ").append(rule.defaultSeverity()).append(optIn ? " (opt-in)" : "")
          .append(" | ")
          .append(rule.summary().replace("|", "\\|")).append(" | ").append(join(s.hadolint())).append(" | ")
          .append(join(s.buildkit())).append(" | ").append(join(s.trivy())).append(" | ")
          .append(join(s.checkov())).append(" |\n");
    }
    return out.toString();
  }

  /** The built-in rules and, after them, the opt-in company-policy rules. */
  private static List<Rule> catalogue() {
    List<Rule> all = new java.util.ArrayList<>(Rules.all());
    all.addAll(Rules.optIn());
    return all;
  }

  private static String join(List<String> ids) {
    return ids.isEmpty() ? "" : String.join(", ", ids);
  }
}
