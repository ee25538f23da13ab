package io.github.dockerdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** Keeps docs/getting-started.md in step with the example source and its output. */
class GettingStartedExampleTest {
  private static final Path PAGE = Path.of("../docs/getting-started.md");
  private static final Path SOURCE = Path.of("src/main/java/io/github/dockerdsl/examples/GettingStartedExample.java");

  @Test
  void verbs_output_is_approved() {
    Approvals.verify(GettingStartedExample.verbs().toString(), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void packages_output_is_approved() {
    Approvals.verify(GettingStartedExample.packages().toString(), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void page_shows_each_snippet_and_its_output() throws IOException {
    String page = Files.readString(PAGE);
    String source = Files.readString(SOURCE);
    for (String name : new String[] {"verbs", "packages"}) {
      String snippet = between(source, "// getting-started-" + name + "-start\n", "  // getting-started-" + name + "-end");
      assertThat(page).as(name + " source").contains(snippet.stripTrailing().stripIndent().strip());
    }
    assertThat(page).as("verbs output").contains(GettingStartedExample.verbs().toString());
    assertThat(page).as("packages output").contains(GettingStartedExample.packages().toString());
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
