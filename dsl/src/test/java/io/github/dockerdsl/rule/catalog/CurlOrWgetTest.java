package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;

class CurlOrWgetTest {
  private static final Rule RULE = Rules.CURL_OR_WGET;

  @Test
  void both_in_one_run_is_a_warning() {
    assertThat(findings(RULE, "apt-get install -y --no-install-recommends curl=7.88.1-10 wget")).singleElement()
        .satisfies(v -> {
          assertThat(v.rule().code()).isEqualTo("DF037");
          assertThat(v.severity()).isEqualTo(Severity.WARNING);
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("this RUN installs both curl and wget; one download tool is enough");
          assertThat(v.fix()).isEqualTo(CurlOrWget.FIX);
        });
  }

  @Test
  void both_across_stages_is_reported_where_the_second_is_installed() {
    Stage build = Stage.from("alpine:3.20").as("build").run("apk add --no-cache wget").build();
    Stage runtime = stage().run("dnf install -y curl").build();
    assertThat(findings(RULE, build, runtime)).singleElement().satisfies(v -> {
      assertThat(v.location().stageIndex()).isEqualTo(1);
      assertThat(v.location().instructionIndex()).isEqualTo(1);
      assertThat(v.message()).isEqualTo("this RUN installs curl and stage 'build', instruction 1 installs wget; "
          + "one download tool is enough");
    });
  }

  @Test
  void one_tool_or_mere_use_passes() {
    assertThat(findings(RULE, "apt-get install -y curl libcurl4 && wget -q x")).isEmpty();
    assertThat(findings(RULE, "apk add --no-cache wget && pip install curl")).isEmpty();
  }
}
