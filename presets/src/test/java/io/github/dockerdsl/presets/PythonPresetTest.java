package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.presets.PythonOptions.DependencyTool;
import io.github.dockerdsl.presets.PythonOptions.Server;
import io.github.dockerdsl.presets.PythonOptions.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PythonPresetTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");
  private static final Options IGNORE = new Options().forFile().withExtension(".dockerignore");
  private static final CommonOptions ENGINE_20_10 = CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false);

  @Test
  void defaults() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().build()).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void defaults_dockerignore() {
    Approvals.verify(PythonPreset.of(PythonOptions.builder().build()).toDockerIgnore().toString(), IGNORE);
  }

  @Test
  void pip_module_server_for_engine_20_10() {
    PythonOptions options = PythonOptions.builder().server(Server.MODULE).module("app")
        .common(ENGINE_20_10.withTitle("hello").withDescription("The sample service").withSource("https://github.com/acme/hello"))
        .build();
    Dockerfile df = PythonPreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.ENGINE_20_10);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void pip_private_index_with_compilers_for_engine_20_10() {
    PythonOptions options = PythonOptions.builder().pip("requirements.txt", "requirements-prod.txt").compilers(true)
        .privateIndex().server(Server.GUNICORN).module("shop.wsgi").appObject("application").common(ENGINE_20_10)
        .build();
    Dockerfile df = PythonPreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.ENGINE_20_10);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void pip_private_index_with_secret_env() {
    PythonOptions options = PythonOptions.builder().pip("requirements/base.txt", "requirements/prod.txt")
        .privateIndex().build();
    Dockerfile df = PythonPreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void poetry_gunicorn() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().poetry().server(Server.GUNICORN).privateIndex().build())
        .toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void uv_private_index() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().uv().privateIndex().port(8080).healthcheckPath("/healthz")
        .build()).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void alpine_with_compilers() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().pythonVersion("3.12").variant(Variant.ALPINE)
        .compilers(true).build()).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void distroless_uv_with_compilers() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().variant(Variant.DISTROLESS).uv().compilers(true).build())
        .toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void distroless_module_server() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().variant(Variant.DISTROLESS).server(Server.MODULE)
        .module("worker").build()).toDockerfile();
    assertThat(df.findings()).isEmpty();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  static Stream<PythonOptions> every_combination() {
    List<PythonOptions> all = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      for (DependencyTool tool : DependencyTool.values()) {
        for (Server server : Server.values()) {
          for (CommonOptions common : List.of(CommonOptions.DEFAULTS, ENGINE_20_10)) {
            for (boolean flag : new boolean[] {false, true}) {
              PythonOptions.Builder b = PythonOptions.builder().variant(variant).server(server).compilers(flag)
                  .common(common);
              if (tool == DependencyTool.POETRY) {
                b.poetry();
              } else if (tool == DependencyTool.UV) {
                b.uv();
              } else {
                b.pip("requirements.txt", "requirements/prod.txt");
              }
              if (flag) {
                b.privateIndex();
              }
              all.add(b.build());
            }
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("every_combination")
  void every_combination_passes_the_strict_policy_within_its_target(PythonOptions options) {
    Dockerfile df = PythonPreset.of(options).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(options.common().targetSyntax().isAtLeast(df.requiredSyntax()))
        .as("required %s, target %s", df.requiredSyntax(), options.common().targetSyntax()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("every_combination")
  void dockerignore_never_ignores_a_copied_file(PythonOptions options) {
    PythonPreset preset = PythonPreset.of(options);
    DockerIgnore ignore = preset.toDockerIgnore();
    for (Stage stage : preset.toDockerfile().stages()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Copy && ((Copy) i).from().isEmpty()) {
          for (String source : ((Copy) i).sources()) {
            assertThat(ignore.isIgnored(source)).as(source).isFalse();
          }
        }
      }
    }
    assertThat(ignore.isIgnored("app/main.py")).isFalse();
  }

  @Test
  void refuses_an_ignore_hook_that_hides_a_manifest() {
    Customization hideRequirements = Customization.builder().hooks(new PresetHooks() {
      @Override
      public DockerIgnore dockerIgnore(DockerIgnore proposed) {
        return proposed.toBuilder().exclude("*.txt").build();
      }
    }).build();
    assertThatThrownBy(() -> PythonPreset.of(PythonOptions.builder().build()).with(hideRequirements).toDockerIgnore())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(".dockerignore excludes 'requirements.txt', which stage 'build' copies "
            + "(COPY requirements.txt ./); remove the pattern or add an exception");
  }

  @Test
  void rejects_a_bad_python_version() {
    assertThatThrownBy(() -> PythonOptions.builder().pythonVersion("3").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("python version '3' is not a Python 3 version; use e.g. 3.11 or 3.11.9");
  }

  @Test
  void rejects_another_python_on_distroless() {
    assertThatThrownBy(() -> PythonOptions.builder().pythonVersion("3.12").variant(Variant.DISTROLESS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("python version '3.12' is not available on distroless; "
            + "gcr.io/distroless/python3-debian12 has Python 3.11");
  }

  @Test
  void rejects_no_requirements_files() {
    assertThatThrownBy(() -> PythonOptions.builder().pip().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requirements files '[]' are empty; name at least one, e.g. requirements.txt");
  }

  @Test
  void rejects_a_requirements_file_outside_the_context() {
    assertThatThrownBy(() -> PythonOptions.builder().pip("../requirements.txt").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requirements file '../requirements.txt' is not a relative path; use e.g. requirements.txt");
  }

  @Test
  void rejects_a_bad_tool_version() {
    assertThatThrownBy(() -> PythonOptions.builder().poetry().toolVersion("latest").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tool version 'latest' is not a version; use e.g. 1.8.5");
  }

  @Test
  void rejects_a_bad_module() {
    assertThatThrownBy(() -> PythonOptions.builder().module("app/main.py").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("module 'app/main.py' is not a Python module name; use e.g. app.main");
  }

  @Test
  void rejects_a_bad_app_object() {
    assertThatThrownBy(() -> PythonOptions.builder().appObject("app; rm").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("app object 'app; rm' is not a Python name; use e.g. app, or create_app() for a factory");
  }

  @Test
  void rejects_a_bad_port() {
    assertThatThrownBy(() -> PythonOptions.builder().port(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port '0' is out of range; ports are 1 to 65535");
  }

  @Test
  void rejects_a_bad_healthcheck_path() {
    assertThatThrownBy(() -> PythonOptions.builder().healthcheckPath("health").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthcheck path 'health' is not a URL path; use e.g. /health");
  }

  @Test
  void names_the_secret_each_tool_reads() {
    assertThat(PythonOptions.builder().build().secretId()).isEqualTo("pip_index_url");
    assertThat(PythonOptions.builder().poetry().build().secretId()).isEqualTo("poetry_auth");
    assertThat(PythonOptions.builder().uv().build().secretId()).isEqualTo("netrc");
  }

  @Test
  void pins_a_default_version_for_each_tool() {
    assertThat(PythonOptions.builder().poetry().build().toolVersion()).isEqualTo("1.8.5");
    assertThat(PythonOptions.builder().uv().build().toolVersion()).isEqualTo("0.5.11");
  }

  @Test
  void uv_package_installed_after_its_dependencies() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().uv().installProject().module("shop_api.main")
        .common(CommonOptions.DEFAULTS.withTarget(io.github.dockerdsl.SyntaxVersion.ENGINE_20_10, false)).build())
        .toDockerfile();
    assertThat(df.findings()).isEmpty();
    String text = df.toString();
    assertThat(text.indexOf("uv sync --frozen --no-dev --no-install-project"))
        .isLessThan(text.indexOf("COPY . ."));
    assertThat(text.indexOf("COPY . .")).isLessThan(text.indexOf("uv sync --frozen --no-dev --no-editable"));
    Approvals.verify(text, DOCKERFILE);
  }

  @Test
  void pdm_exports_hashes_for_pip() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().pdm().installProject().server(Server.GUNICORN)
        .module("blog.wsgi").appObject("application").build()).toDockerfile();
    assertThat(df.findings()).isEmpty();
    assertThat(df.toString()).contains("COPY pyproject.toml pdm.lock ./")
        .contains("/opt/tools/bin/pip install --disable-pip-version-check pdm==2.22.3")
        .contains("pdm export --prod --format requirements -o /tmp/requirements.txt")
        .contains("pip install --no-deps .");
  }

  @Test
  void distroless_uses_the_health_probe() {
    Dockerfile df = PythonPreset.of(PythonOptions.builder().variant(Variant.DISTROLESS).build()).toDockerfile();
    assertThat(df.toString()).contains("CMD [\"/usr/local/bin/healthprobe\", \"http://127.0.0.1:8000/health\"]")
        .doesNotContain("urllib");
  }
}
