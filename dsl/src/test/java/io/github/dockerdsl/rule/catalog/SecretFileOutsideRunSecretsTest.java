package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretFileOutsideRunSecretsTest {
  private static List<String> envFindings(String name, String value) {
    return Findings.of(Rules.SECRET_FILE_OUTSIDE_RUN_SECRETS, Stage.from("node:20").env(name, value));
  }

  @Test
  void rule_metadata() {
    assertThat(Rules.SECRET_FILE_OUTSIDE_RUN_SECRETS.id().toString()).isEqualTo("DF029 SecretFileOutsideRunSecrets");
    assertThat(Rules.SECRET_FILE_OUTSIDE_RUN_SECRETS.defaultSeverity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void secret_file_pointing_elsewhere_is_a_warning() {
    assertThat(envFindings("DB_PASSWORD_FILE", "/app/config/db.txt")).containsExactly(
        "0/0 ENV 'DB_PASSWORD_FILE' names a secret file (its name holds the word 'password') but points at "
            + "'/app/config/db.txt', outside /run/secrets; a secret file stored in the image is as readable as "
            + "the secret itself");
  }

  @Test
  void the_fix_names_the_secret_mount() {
    assertThat(Findings.violations(Rules.SECRET_FILE_OUTSIDE_RUN_SECRETS, Dockerfile.builder()
        .globalArg("SSH_KEY_PATH", "/root/.ssh/id_ed25519").stage(Stage.from("node:20").build())))
        .singleElement().satisfies(v -> {
          assertThat(v.location().stageIndex()).isEqualTo(-1);
          assertThat(v.location().instructionIndex()).isZero();
          assertThat(v.fix()).isEqualTo("mount the file as a secret and point the variable there: at build time "
              + "SecretMount.of(\"ssh_key\") (RUN --mount=type=secret,id=ssh_key) appears at /run/secrets/ssh_key; "
              + "at run time Docker and Compose secrets appear under /run/secrets too");
        });
  }

  @ParameterizedTest
  @CsvSource({"GOOGLE_APPLICATION_CREDENTIALS,/app/sa.json", "HF_TOKEN_PATH,/root/.cache/token",
      "API_KEY_FILE,./key.txt"})
  void pointer_names_are_reported(String name, String value) {
    assertThat(envFindings(name, value)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({"DB_PASSWORD_FILE,/run/secrets/db_password", "CONFIG_FILE,/etc/app.conf", "LOG_PATH,/var/log",
      "PUBLIC_KEY_PATH,/etc/keys/pub.pem", "DB_PASSWORD_FILE,${SECRETS}/db", "GOOGLE_APPLICATION_CREDENTIALS,/run/secrets/gcp",
      "DB_PASSWORD,/app/x"})
  void secret_locations_and_ordinary_files_are_not_reported(String name, String value) {
    assertThat(envFindings(name, value)).isEmpty();
  }

  @Test
  void arg_without_default_points_nowhere() {
    assertThat(Findings.of(Rules.SECRET_FILE_OUTSIDE_RUN_SECRETS, Stage.from("node:20").arg("TOKEN_FILE"))).isEmpty();
  }
}
