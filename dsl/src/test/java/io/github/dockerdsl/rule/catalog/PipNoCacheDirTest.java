package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.messages;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipNoCacheDirTest {
  private static final Rule RULE = Rules.PIP_NO_CACHE_DIR;

  @Test
  void pip_install_without_no_cache_dir_is_an_error() {
    assertThat(findings(RULE, "pip install -r requirements.txt")).singleElement().satisfies(v -> {
      assertThat(v.rule().code()).isEqualTo("DF032");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.location().instructionIndex()).isEqualTo(1);
      assertThat(v.message()).isEqualTo("'pip install' without --no-cache-dir keeps the downloaded packages in "
          + "~/.cache/pip in the image layer");
      assertThat(v.fix()).isEqualTo("write 'pip install --no-cache-dir ...', set ENV PIP_NO_CACHE_DIR=1, or mount a "
          + "cache: .withMount(CacheMount.of(\"/root/.cache/pip\"))");
    });
  }

  @Test
  void python_m_pip_and_versioned_pips_count() {
    assertThat(messages(findings(RULE, "python3 -m pip install --upgrade pip")))
        .containsExactly("'python3 -m pip install' without --no-cache-dir keeps the downloaded packages in "
            + "~/.cache/pip in the image layer");
    assertThat(findings(RULE, "/usr/local/bin/pip3.12 install flask")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "pip install --no-cache-dir flask", "pip --no-cache-dir install flask", "PIP_NO_CACHE_DIR=1 pip install flask",
      "export PIP_NO_CACHE_DIR=1 && pip install flask", "env PIP_NO_CACHE_DIR=off pip install flask",
      "pip download flask", "pip freeze", "pipx install black"})
  void cache_free_installs_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @Test
  void env_arg_and_cache_mounts_pass() {
    assertThat(findings(RULE, stage().env("PIP_NO_CACHE_DIR", "1").run("pip install flask").build())).isEmpty();
    assertThat(findings(RULE, stage().arg("PIP_NO_CACHE_DIR", "1").run("pip install flask").build())).isEmpty();
    Stage base = Stage.from("python:3.12").as("base").env("PIP_NO_CACHE_DIR", "1").build();
    assertThat(findings(RULE, base, Stage.from(base).run("pip install flask").build())).isEmpty();
    assertThat(findings(RULE, Run.shell("pip install flask").withMount(CacheMount.of("/root/.cache/pip")))).isEmpty();
    assertThat(findings(RULE, Run.shell("pip install flask").withMount(CacheMount.of("/home/app/.cache/pip"))))
        .isEmpty();
    assertThat(findings(RULE, Run.shell("pip install --cache-dir=/pipcache flask")
        .withMount(CacheMount.of("/pipcache")))).isEmpty();
  }

  @Test
  void builder_stages_whose_files_are_copied_selectively_are_not_checked() {
    Stage build = Stage.from("python:3.12").as("build").run("pip install --user -r requirements.txt").build();
    Stage runtime = Stage.from("python:3.12-slim").copyFrom(build, "/root/.local", "/root/.local").build();
    assertThat(findings(RULE, build, runtime)).isEmpty();
  }
}
