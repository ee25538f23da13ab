package io.github.dockerdsl.rule.catalog;

import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.findings;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.messages;
import static io.github.dockerdsl.rule.catalog.ShellRuleTesting.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackageCacheCleanupTest {
  private static final io.github.dockerdsl.rule.Rule RULE = Rules.PACKAGE_CACHE_CLEANUP;

  @Test
  void apt_install_without_removing_the_lists_is_an_error() {
    assertThat(findings(RULE, "apt-get update && apt-get install -y --no-install-recommends curl"))
        .singleElement().satisfies(v -> {
          assertThat(v.rule().code()).isEqualTo("DF005");
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.location().stageIndex()).isEqualTo(0);
          assertThat(v.location().instructionIndex()).isEqualTo(1);
          assertThat(v.message()).isEqualTo("'apt-get install' leaves the package lists in /var/lib/apt/lists in the "
              + "image layer");
          assertThat(v.fix()).isEqualTo("end the same RUN with '&& rm -rf /var/lib/apt/lists/*', or mount caches on "
              + "/var/cache/apt and /var/lib/apt: .withMount(CacheMount.of(\"/var/lib/apt\").withSharing(Sharing.LOCKED))");
        });
  }

  @Test
  void removing_the_lists_before_the_install_does_not_count() {
    assertThat(messages(findings(RULE, "rm -rf /var/lib/apt/lists/* && apt install -y curl")))
        .containsExactly("'apt install' leaves the package lists in /var/lib/apt/lists in the image layer");
  }

  @Test
  void apk_add_without_no_cache_is_an_error() {
    assertThat(messages(findings(RULE, "apk add --update curl")))
        .containsExactly("'apk add' without --no-cache leaves the package index in /var/cache/apk in the image layer");
  }

  @Test
  void dnf_yum_and_zypper_without_clean_are_errors() {
    assertThat(messages(findings(RULE, "yum install -y git")))
        .containsExactly("'yum install' without 'yum clean all' leaves the package cache in /var/cache in the image "
            + "layer");
    assertThat(messages(findings(RULE, "zypper -n install git")))
        .containsExactly("'zypper install' without 'zypper clean' leaves the package cache in /var/cache/zypp in the "
            + "image layer");
  }

  @Test
  void reports_once_per_manager_per_run() {
    assertThat(findings(RULE, "apt-get update && apt-get install -y x && apk add y")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
      "apt-get update && apt-get install -y curl; rm -rf /var/lib/apt/lists",
      "apk add --no-cache curl",
      "apk add --update curl && rm -rf /var/cache/apk/*",
      "dnf install -y --setopt=install_weak_deps=False x && dnf clean all",
      "microdnf install -y x && microdnf clean all",
      "yum install -y x && rm -rf /var/cache/yum",
      "zypper -n install x && zypper clean --all",
      "zypper -n in x && zypper cc -a",
      "apt-get clean",
      "echo apt-get install curl",
      "apk info"})
  void clean_installs_pass(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }

  @Test
  void canonical_cache_mounts_pass() {
    Run apt = Run.of(Command.allOf("rm -f /etc/apt/apt.conf.d/docker-clean", "apt-get update",
            "apt-get install -y --no-install-recommends curl"))
        .withMount(CacheMount.of("/var/cache/apt").withSharing(Sharing.LOCKED))
        .withMount(CacheMount.of("/var/lib/apt").withSharing(Sharing.LOCKED));
    Run apk = Run.shell("apk add --update-cache curl").withMount(CacheMount.of("/var/cache/apk/"));
    Run dnf = Run.shell("dnf install -y --setopt=keepcache=1 x").withMount(CacheMount.of("/var/cache/dnf"));
    Run microdnf = Run.shell("microdnf install -y x").withMount(CacheMount.of("/var/cache/yum"));
    for (Run run : new Run[] {apt, apk, dnf, microdnf}) {
      assertThat(findings(RULE, run)).as(run.toString()).isEmpty();
    }
  }

  @Test
  void a_cache_mount_on_the_archives_only_still_leaves_the_lists() {
    Run run = Run.shell("apt-get update && apt-get install -y x").withMount(CacheMount.of("/var/cache/apt"));
    assertThat(findings(RULE, run)).hasSize(1);
  }

  @Test
  void builder_stages_that_nothing_builds_from_are_not_checked() {
    Stage build = Stage.from("debian:12").as("build").run("apt-get update && apt-get install -y gcc").build();
    Stage base = Stage.from("debian:12").as("base").run("apt-get update && apt-get install -y libc6").build();
    Stage runtime = Stage.from(base).as("runtime").copyFrom(build, "/out", "/app").build();
    assertThat(findings(RULE, build, base, runtime)).singleElement()
        .satisfies(v -> assertThat(v.location().stageName()).contains("base"));
  }

  @Test
  void heredoc_scripts_and_onbuild_triggers_are_checked() {
    assertThat(findings(RULE, Command.heredoc(Heredoc.of("EOF", "apt-get update", "apt-get install -y x"))))
        .hasSize(1);
    assertThat(findings(RULE, Command.heredoc(Heredoc.of("EOF", "apt-get update", "apt-get install -y x",
        "rm -rf /var/lib/apt/lists/*")))).isEmpty();
    assertThat(findings(RULE, stage().onBuild(Run.shell("apk add curl")).build())).hasSize(1);
  }

  @Test
  void exec_form_shell_scripts_are_checked() {
    assertThat(findings(RULE, Command.exec("/bin/sh", "-c", "apk add curl"))).hasSize(1);
    assertThat(findings(RULE, Command.exec("apk", "add", "--no-cache", "curl"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dnf -y upgrade-minimal", "dnf -y rei bash", "dnf -y mc",
      "dnf install -y make && microdnf clean all", "microdnf install -y make && dnf clean all"})
  void dnf_aliases_and_the_wrong_tools_clean_are_errors(String script) {
    assertThat(findings(RULE, script)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dnf -y upgrade-minimal && dnf clean all", "yum install -y make && dnf clean all",
      "microdnf install -y make && microdnf clean all"})
  void the_same_tools_clean_passes(String script) {
    assertThat(findings(RULE, script)).isEmpty();
  }
}
