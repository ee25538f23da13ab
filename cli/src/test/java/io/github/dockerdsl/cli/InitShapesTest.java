package io.github.dockerdsl.cli;

import static io.github.dockerdsl.cli.InitDetectionTest.FLAG_LINES;
import static io.github.dockerdsl.cli.InitDetectionTest.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.cli.CliTest.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * {@code init} on the project shapes of real Node, Python and Go projects: entries with node flags,
 * Yarn Berry, pnpm workspaces, package layouts, Django, vendored Go modules. Every guess that could be
 * wrong is an error naming the flag to pass; the sample apps' whole output is approved.
 */
class InitShapesTest {
  private static final Path APPS = Path.of("../examples/apps");

  private static Result init(Path project, String... flags) {
    List<String> args = new ArrayList<>(List.of("init", "--dry-run"));
    args.addAll(List.of(flags));
    args.add(project.toString());
    return CliTest.run(args.toArray(String[]::new));
  }

  private static List<String> detected(String fixture, String... flags) {
    Result r = init(PROJECTS.resolve(fixture), flags);
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    return r.err().lines().filter(l -> !FLAG_LINES.matcher(l).matches()).toList();
  }

  private static String refused(String fixture, String... flags) {
    Result r = init(PROJECTS.resolve(fixture), flags);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    return r.err();
  }

  // ---------------------------------------------------------------- node

  @Test
  void node_bin_is_the_entry_when_start_is_not_plain_node() {
    assertThat(detected("node-bin")).contains("detected entry bin/tool.js: package.json bin (scripts.start "
        + "'NODE_ENV=production node bin/tool.js' is not 'node [flags] FILE')");
  }

  @Test
  void node_start_script_through_a_pipe_falls_back_to_main() {
    assertThat(detected("node-shell-start")).contains("detected entry lib/main.js: package.json main (scripts.start "
        + "'node lib/main.js | pino-pretty' is not 'node [flags] FILE')");
  }

  @Test
  void node_start_script_flags_stay_in_the_exec_form_cmd() {
    assertThat(NodeDetector.startScript("node --enable-source-maps -r ./tracing.js --max-old-space-size 512 dist/main.js"))
        .hasValueSatisfying(e -> {
          assertThat(e.file()).isEqualTo("dist/main.js");
          assertThat(e.nodeFlags()).containsExactly("--enable-source-maps", "--require=./tracing.js",
              "--max-old-space-size=512");
        });
    assertThat(NodeDetector.startScript("node dist/a.js && node dist/b.js")).isEmpty();
    assertThat(NodeDetector.startScript("nodemon src/index.js")).isEmpty();
  }

  @Test
  void node_without_an_entry_asks_for_the_entry_flag() {
    assertThat(refused("node-no-entry")).isEqualTo("dockerdsl: package.json names no entry: scripts.start is "
        + "'ts-node src/index.ts', not 'node [flags] FILE', and there is no main, bin or index.js; pass --entry FILE, "
        + "nothing was written\n");
  }

  @Test
  void node_entry_flag_wins() {
    assertThat(detected("node-no-entry", "--entry", "server.js")).contains("detected entry server.js: --entry");
    assertThat(refused("node-no-entry", "--entry", "missing.js")).isEqualTo("dockerdsl: entry missing.js does not "
        + "exist and there is no build script to make it; pass --entry FILE, nothing was written\n");
  }

  @Test
  void node_entry_outside_the_build_output_is_refused() {
    assertThat(refused("node-entry-outside-build")).isEqualTo("dockerdsl: entry server.js is outside the build "
        + "output 'dist/', which is all the runtime image gets of the sources; pass --entry with a file in dist/, "
        + "nothing was written\n");
  }

  @Test
  void node_yarn_berry_plug_n_play_is_refused_with_the_fix() {
    assertThat(refused("node-yarn-pnp")).isEqualTo("dockerdsl: Yarn Berry with nodeLinker 'pnp' (Plug'n'Play) is "
        + "not supported: the runtime image needs node_modules; add 'nodeLinker: node-modules' to .yarnrc.yml, "
        + "nothing was written\n");
  }

  @Test
  void node_yarn_berry_without_a_release_uses_corepack() {
    Result r = init(PROJECTS.resolve("node-yarn-corepack"));
    assertThat(r.err()).contains("detected yarn berry: package.json packageManager 'yarn@4.5.3+sha512.abc'; corepack "
        + "fetches the version packageManager names (no yarnPath in .yarnrc.yml), nodeLinker node-modules");
    assertThat(r.out()).contains("RUN corepack enable", "yarn workspaces focus --all --production")
        .doesNotContain("--frozen-lockfile");
  }

  @Test
  void node_pnpm_workspace_with_several_services_asks_for_the_module_flag() {
    assertThat(refused("node-pnpm-ws-ambiguous")).isEqualTo("dockerdsl: pnpm workspace has several packages with a "
        + "start script (@m/a, @m/b); pass --module with the one to build (@m/a, @m/b), nothing was written\n");
    assertThat(detected("node-pnpm-ws-ambiguous", "--module", "@m/b"))
        .contains("detected workspace package @m/b (apps/b): --module", "detected entry b.js: apps/b/package.json "
            + "scripts.start ('node b.js')");
    assertThat(refused("node-pnpm-ws-ambiguous", "--module", "@m/c")).isEqualTo("dockerdsl: --module '@m/c' is not a "
        + "package of the pnpm workspace; use one of @m/a, @m/b, nothing was written\n");
  }

  // ---------------------------------------------------------------- python

  @Test
  void python_src_layout_without_a_build_system_is_refused() {
    assertThat(refused("python-src-no-build")).isEqualTo("dockerdsl: src/api is a src layout, which runs only when "
        + "the project is installed, but pyproject.toml has no [build-system] table; add one (e.g. hatchling), "
        + "nothing was written\n");
  }

  @Test
  void python_pdm_starlette_package_in_the_src_layout() {
    assertThat(detected("python-pdm")).containsExactly(
        "detected python project: pyproject.toml",
        "detected pdm: pdm.lock",
        "detected python 3.12: pyproject.toml project.requires-python ('>=3.12'), its lowest version",
        "detected server uvicorn: starlette in the dependencies",
        "detected app ledger.asgi:asgi_app: src/ledger/asgi.py (asgi_app = Starlette(...))",
        "detected project installed into the virtualenv after its dependencies: pyproject.toml [build-system]");
    assertThat(init(PROJECTS.resolve("python-pdm")).out()).contains("pdm export --prod", "pip install --no-deps .",
        "CMD [\"uvicorn\", \"ledger.asgi:asgi_app\"");
  }

  @Test
  void python_package_named_after_the_project_with_dashes_as_underscores() {
    assertThat(detected("python-pkg-layout")).contains(
        "detected app billing_service.http:api: billing_service/http.py (api = FastAPI(...))",
        "detected project installed into the virtualenv after its dependencies: pyproject.toml [tool.poetry] "
            + "(a package)");
    assertThat(init(PROJECTS.resolve("python-pkg-layout")).out())
        .contains("poetry install --only main --no-root", "poetry install --only main --no-interaction");
  }

  @Test
  void python_production_requirements_file_is_chosen_over_the_dev_one() {
    assertThat(detected("python-requirements-prod")).contains("detected pip: requirements-prod.txt (the one of "
        + "requirements-dev.txt, requirements-prod.txt that is not for development or tests)",
        "detected app wsgi:app: wsgi.py (app = Flask(...))");
  }

  @Test
  void python_flask_factory_is_served_by_gunicorn() {
    assertThat(detected("python-flask-factory")).contains(
        "detected app app:create_app(): app/__init__.py (def create_app(), a Flask app factory)");
    assertThat(init(PROJECTS.resolve("python-flask-factory")).out()).contains("\"app:create_app()\"");
  }

  @Test
  void python_two_apps_ask_for_the_module_flag() {
    assertThat(refused("python-two-apps")).isEqualTo("dockerdsl: several fastapi apps found (main:app, admin:admin); "
        + "pass --module with the one to serve, nothing was written\n");
    assertThat(detected("python-two-apps", "--module", "admin:admin")).contains("detected app admin:admin: --module");
    assertThat(init(PROJECTS.resolve("python-two-apps"), "--module", "admin:admin").out())
        .contains("CMD [\"uvicorn\", \"admin:admin\"");
  }

  // ---------------------------------------------------------------- the sample apps, whole output

  private static void approveSample(String app, String... flags) {
    Result r = init(APPS.resolve(app), flags);
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    Approvals.verify("$ dockerdsl init --dry-run " + String.join(" ", flags) + (flags.length > 0 ? " " : "")
        + "examples/apps/" + app + "\n" + r.err() + r.out(), new Options().forFile().withExtension(".txt"));
  }

  @Test
  void sample_node_express_ts() {
    approveSample("node-express-ts");
  }

  @Test
  void sample_node_pnpm_workspace() {
    approveSample("node-pnpm-workspace");
  }

  @Test
  void sample_node_yarn_berry() {
    approveSample("node-yarn-berry");
  }

  @Test
  void sample_python_fastapi() {
    approveSample("python-fastapi");
  }

  @Test
  void sample_python_django() {
    approveSample("python-django");
  }

  @Test
  void sample_go_vendored() {
    assertThat(init(APPS.resolve("go-vendored")).err()).isEqualTo("dockerdsl: go.mod has several main packages "
        + "(./cmd/api, ./cmd/worker); pass --main-package with the one to build, such as --main-package ./cmd/api, "
        + "nothing was written\n");
    approveSample("go-vendored", "--main-package", "./cmd/api");
  }

  @Test
  void preset_pages_show_each_samples_output() throws java.io.IOException {
    String[][] samples = {{"node-express-ts", "node"}, {"node-pnpm-workspace", "node"}, {"node-yarn-berry", "node"},
        {"python-fastapi", "python"}, {"python-django", "python"}, {"go-vendored", "go", "--main-package", "./cmd/api"}};
    for (String[] sample : samples) {
      String page = java.nio.file.Files.readString(Path.of("../docs/presets/" + sample[1] + ".md"));
      Result r = init(APPS.resolve(sample[0]), java.util.Arrays.copyOfRange(sample, 2, sample.length));
      String dockerfile = r.out().substring(0, r.out().indexOf("# ---- .dockerignore ----"));
      assertThat(page).as("docs/presets/%s.md shows the init output of %s", sample[1], sample[0])
          .contains(r.err()).contains("```dockerfile\n" + dockerfile + "```\n");
    }
  }
}
