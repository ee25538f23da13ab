package io.github.dockerdsl.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.rule.Policy;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** The presets' shared ignore sections and their "nothing copied is ignored" check, for hand-built Dockerfiles. */
class DockerIgnoreBuildingBlocksTest {
  private static final DockerIgnore HAND_BUILT = DockerIgnore.builder()
      .include(DockerIgnore.universal())
      .section("Ruby").exclude("vendor/bundle", "tmp", "log")
      .build();

  private static Dockerfile copying(String... sources) {
    Stage.Builder stage = Stage.from("ruby:3.3-slim").workdir("/app");
    for (String s : sources) {
      stage.copy(s, "./");
    }
    return Dockerfile.builder().stage(stage.user("10001:10001").cmd("ruby", "app.rb").build()).build(Policy.none());
  }

  @Test
  void a_hand_built_file_starts_from_the_universal_sections() {
    Approvals.verify(HAND_BUILT.toString(), new Options().forFile().withExtension(".dockerignore"));
  }

  @Test
  void check_passes_and_returns_the_file_when_every_copied_path_is_sent() {
    Dockerfile df = copying("Gemfile", "Gemfile.lock", "app.rb", ".", "config/*.yml");
    assertThat(HAND_BUILT.checkNotIgnored(df)).isSameAs(HAND_BUILT);
  }

  @Test
  void check_refuses_a_copied_path_the_file_excludes() {
    assertThatThrownBy(() -> HAND_BUILT.checkNotIgnored(copying("Gemfile", "./log/")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(".dockerignore excludes './log/', which stage FROM ruby:3.3-slim copies (COPY ./log/ ./); "
            + "remove the pattern or add an exception");
  }

  @Test
  void check_covers_local_add_and_skips_urls_and_other_stages() {
    Stage build = Stage.from("ruby:3.3-slim").as("build").workdir("/app").run("bundle install").build();
    Stage runtime = Stage.from("ruby:3.3-slim").workdir("/app")
        .copyFrom(build, "/app/tmp", "./tmp")
        .add(Add.of("https://example.com/tmp", "/opt/tmp"))
        .user("10001:10001").cmd("ruby", "app.rb").build();
    Dockerfile ok = Dockerfile.builder().stage(build).stage(runtime).build(Policy.none());
    assertThat(HAND_BUILT.checkNotIgnored(ok)).isSameAs(HAND_BUILT);

    Dockerfile addsIgnored = Dockerfile.builder().stage(Stage.from("ruby:3.3-slim").workdir("/app")
        .add(Add.of("tmp", "./tmp")).user("10001:10001").cmd("ruby", "app.rb").build()).build(Policy.none());
    assertThatThrownBy(() -> HAND_BUILT.checkNotIgnored(addsIgnored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(".dockerignore excludes 'tmp', which stage FROM ruby:3.3-slim copies (ADD tmp ./tmp)");
  }

  @Test
  void an_exception_lets_the_path_through() {
    DockerIgnore allowing = HAND_BUILT.toBuilder().allow("log/README").build();
    assertThat(allowing.checkNotIgnored(copying("log/README"))).isSameAs(allowing);
  }
}
