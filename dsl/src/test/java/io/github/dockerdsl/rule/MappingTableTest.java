package io.github.dockerdsl.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the table in docs/linter.md of how hadolint's and BuildKit's rules map to ours in step with
 * {@link Rule#seeAlso()}, and holds the counts the issue asks for.
 */
class MappingTableTest {
  private static final Path LINTER_MD = Path.of("..", "docs", "linter.md");
  private static final Pattern ROW = Pattern.compile("^\\| ((?:DL\\d{4})|(?:[A-Z][A-Za-z]+)) \\| (.*) \\|$");
  private static final Pattern LINK = Pattern.compile("\\[(DF\\d{3})]");

  private static Map<String, String> table(String header) throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    boolean in = false;
    for (String line : Files.readAllLines(LINTER_MD, StandardCharsets.UTF_8)) {
      if (line.equals("| " + header + " | ours |")) {
        in = true;
      } else if (in && line.isBlank()) {
        break;
      } else if (in) {
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          rows.put(m.group(1), m.group(2));
        }
      }
    }
    return rows;
  }

  private static List<Rule> catalogue() {
    List<Rule> all = new ArrayList<>(Rules.all());
    all.addAll(Rules.optIn());
    return all;
  }

  private static List<String> linked(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(cell);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void every_hadolint_and_buildkit_rule_has_a_row() throws IOException {
    assertThat(table("hadolint")).hasSize(71);
    assertThat(table("BuildKit")).hasSize(22);
  }

  @Test
  void rows_and_siblings_agree() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>(table("hadolint"));
    rows.putAll(table("BuildKit"));
    for (Rule rule : catalogue()) {
      List<String> ids = new ArrayList<>(rule.seeAlso().hadolint());
      ids.addAll(rule.seeAlso().buildkit());
      for (String id : ids) {
        assertThat(rows).as("row of %s, a sibling of %s", id, rule.id()).containsKey(id);
        assertThat(linked(rows.get(id))).as("row of %s", id).contains(rule.id().code());
      }
    }
    for (Map.Entry<String, String> row : rows.entrySet()) {
      for (String code : linked(row.getValue())) {
        Rule rule = catalogue().stream().filter(r -> r.id().code().equals(code)).findFirst().orElseThrow();
        assertThat(rule.seeAlso().all()).as("siblings of %s", code).contains(row.getKey());
      }
    }
  }

  @Test
  void we_map_at_least_55_hadolint_rules_and_20_buildkit_checks() throws IOException {
    assertThat(table("hadolint").values().stream().filter(MappingTableTest::mapped).count()).isGreaterThanOrEqualTo(55);
    assertThat(table("BuildKit").values().stream().filter(MappingTableTest::mapped).count()).isGreaterThanOrEqualTo(20);
  }

  private static boolean mapped(String cell) {
    return !linked(cell).isEmpty() || cell.startsWith("parser:");
  }
}
