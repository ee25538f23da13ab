package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.rule.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoSecretFilesCopiedTest {
  private static List<String> findings(String source) {
    return Findings.of(Rules.NO_SECRET_FILES_COPIED, Stage.from("node:20").workdir("/app").copy(source, "/app/"));
  }

  @Test
  void copy_of_dotenv_is_reported_with_a_secret_mount_fix() {
    assertThat(Findings.violations(Rules.NO_SECRET_FILES_COPIED,
        Dockerfile.builder().stage(Stage.from("node:20").copy(".env", "/app/.env").build())))
        .singleElement().satisfies(v -> {
          assertThat(v.location().instructionIndex()).isZero();
          assertThat(v.message()).isEqualTo("COPY of '.env' (a dotenv file, usually with credentials) stores it in "
              + "a layer of the image, where anyone who can pull the image can read it");
          assertThat(v.fix()).isEqualTo("give the file only to the RUN that needs it: .run(Run.of(...).withMount("
              + "SecretMount.of(\"env\").withTarget(\"<path the tool reads>\"))), i.e. RUN --mount=type=secret,id=env, "
              + "built with docker build --secret id=env,src=.env; keep the file out of the context with .dockerignore");
        });
  }

  @Test
  void every_source_is_checked_and_add_too() {
    assertThat(Findings.of(Rules.NO_SECRET_FILES_COPIED, Stage.from("node:20")
        .copy(Copy.of(List.of("package.json", "config/.npmrc", "certs/server.key"), "/app/"))
        .add(Add.of("keys/id_rsa", "/root/.ssh/id_rsa"))))
        .containsExactly(
            "0/0 COPY of 'config/.npmrc' (an npm configuration, usually with a registry token) stores it in a layer "
                + "of the image, where anyone who can pull the image can read it",
            "0/0 COPY of 'certs/server.key' (a private key) stores it in a layer of the image, where anyone who can "
                + "pull the image can read it",
            "0/1 ADD of 'keys/id_rsa' (an SSH private key) stores it in a layer of the image, where anyone who can "
                + "pull the image can read it");
  }

  @ParameterizedTest
  @ValueSource(strings = {".env", ".env.production", ".env*", "id_ed25519", "deploy/key.pem", "tls.key", ".pypirc",
      ".netrc", ".git-credentials", "home/.aws/credentials", ".docker/config.json", "settings-security.xml",
      ".m2/settings-security.xml", ".ssh/", "./.aws", "keystore.p12", "ID_RSA", ".kube/config"})
  void secret_files_are_reported(String source) {
    assertThat(findings(source)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {".env.example", ".env.sample", ".env.template", "id_rsa.pub", "ca.pem", "ca-certificates.pem",
      "fullchain.pem", "cert.pem", "public.pem", "keys.json", "package.json", ".docker/nginx.conf", "environment.ts",
      "monkey.txt", "src/", ".", "settings.xml", "keyboard.key.txt"})
  void ordinary_files_are_fine(String source) {
    assertThat(findings(source)).isEmpty();
  }

  @Test
  void copy_from_a_stage_is_checked_too() {
    Stage build = Stage.from("node:20").as("build").build();
    assertThat(Findings.of(Rules.NO_SECRET_FILES_COPIED, Dockerfile.builder().stage(build)
        .stage(Stage.from("node:20").copyFrom(build, "/root/.npmrc", "/root/.npmrc").build()))).hasSize(1);
  }
}
