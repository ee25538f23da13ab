package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.rule.Reports;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Violation;
import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** Pins the full report of one violation of each secrets, files, stages and variables rule. */
class FileAndStageRuleMessagesTest {
  private static void verify(Rule rule, Dockerfile.Builder builder) {
    List<Violation> violations = Findings.violations(rule, builder);
    assertThat(violations).isNotEmpty();
    Approvals.verify(Reports.describe(violations.get(0))
        .replaceAll("\\(FileAndStageRuleMessagesTest\\.java:\\d+\\)", "(FileAndStageRuleMessagesTest.java:<line>)"));
  }

  private static Dockerfile.Builder one(Stage.Builder stage) {
    return Dockerfile.builder().stage(stage.build());
  }

  @Test
  void df003_secrets_in_arg_or_env() {
    verify(Rules.SECRETS_IN_ARG_OR_ENV, one(Stage.from("node:20").as("runtime").env("DB_PASSWORD", "hunter2")));
  }

  @Test
  void df003_secret_value() {
    verify(Rules.SECRETS_IN_ARG_OR_ENV,
        one(Stage.from("node:20").arg("REGISTRY_URL", "https://ci:s3cr3t@npm.example.com/")));
  }

  @Test
  void df006_copy_not_add() {
    verify(Rules.COPY_NOT_ADD, one(Stage.from("node:20").add(Add.of("server.js", "/app/server.js"))));
  }

  @Test
  void df007_absolute_workdir() {
    verify(Rules.ABSOLUTE_WORKDIR, one(Stage.from("node:20").workdir("app")));
  }

  @Test
  void df008_remote_add_checksum() {
    verify(Rules.REMOTE_ADD_CHECKSUM, one(Stage.from("node:20").add(Add.of("https://example.com/tool.tgz", "/opt/"))));
  }

  @Test
  void df009_no_secret_files_copied() {
    verify(Rules.NO_SECRET_FILES_COPIED, one(Stage.from("node:20").workdir("/app").copy(".npmrc", "./")));
  }

  @Test
  void df010_relative_copy_needs_workdir() {
    verify(Rules.RELATIVE_COPY_NEEDS_WORKDIR, one(Stage.from("node:20").as("build").copy("package.json", "./")));
  }

  @Test
  void df014_undefined_variable() {
    verify(Rules.UNDEFINED_VARIABLE, Dockerfile.builder().globalArg("APP_DIR", "/srv/app")
        .stage(Stage.from("node:20").as("runtime").workdir("${APP_DIR}").build()));
  }

  @Test
  void df015_healthcheck_in_service_image() {
    verify(Rules.HEALTHCHECK_IN_SERVICE_IMAGE, one(Stage.from("node:20").as("runtime").expose(8080)));
  }

  @Test
  void df016_unused_stage() {
    verify(Rules.UNUSED_STAGE, Dockerfile.builder().stage(Stage.from("node:20").as("test").build())
        .stage(Stage.from("node:20").as("runtime").build()));
  }

  @Test
  void df017_copy_whole_stage() {
    Stage build = Stage.from("golang:1.22").as("build").build();
    verify(Rules.COPY_WHOLE_STAGE, Dockerfile.builder().stage(build)
        .stage(Stage.from("scratch").copyFrom(build, "/", "/").build()));
  }

  @Test
  void df018_numeric_user_on_minimal_base() {
    verify(Rules.NUMERIC_USER_ON_MINIMAL_BASE, one(Stage.from("scratch").as("runtime").user("app")));
  }

  @Test
  void df019_maintainer_deprecated() {
    verify(Rules.MAINTAINER_DEPRECATED, one(Stage.from("node:20").raw("MAINTAINER jane@example.com")));
  }

  @Test
  void df020_single_cmd_entrypoint_healthcheck() {
    verify(Rules.SINGLE_CMD_ENTRYPOINT_HEALTHCHECK, one(Stage.from("node:20").cmd("npm", "start").cmd("node", "server.js")));
  }

  @Test
  void df021_expose_valid_ports() {
    verify(Rules.EXPOSE_VALID_PORTS, one(Stage.from("node:20").raw("EXPOSE 8080:80")));
  }

  @Test
  void df029_secret_file_outside_run_secrets() {
    verify(Rules.SECRET_FILE_OUTSIDE_RUN_SECRETS, one(Stage.from("node:20").env("DB_PASSWORD_FILE", "/app/db.txt")));
  }
}
