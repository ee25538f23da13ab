package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsInArgOrEnvTest {
  private static final String TAIL = " values stay readable in the image's history and config";

  private static List<String> envFindings(String name, String value) {
    return Findings.of(Rules.SECRETS_IN_ARG_OR_ENV, Stage.from("node:20").env(name, value));
  }

  @Test
  void rule_metadata() {
    assertThat(Rules.SECRETS_IN_ARG_OR_ENV.id().toString()).isEqualTo("DF003 SecretsInArgOrEnv");
    assertThat(Rules.SECRETS_IN_ARG_OR_ENV.defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(Rules.SECRETS_IN_ARG_OR_ENV.seeAlso().all())
        .containsExactly("DL3064", "SecretsUsedInArgOrEnv", "DS-0031");
  }

  @Test
  void env_with_a_secret_word_is_reported() {
    assertThat(envFindings("DB_PASSWORD", "x")).containsExactly(
        "0/0 ENV 'DB_PASSWORD' looks like a secret (its name holds the word 'password'); ENV" + TAIL);
  }

  @Test
  void stage_arg_is_reported_with_a_secret_mount_fix() {
    List<io.github.dockerdsl.rule.Violation> v = Findings.violations(Rules.SECRETS_IN_ARG_OR_ENV,
        Dockerfile.builder().stage(Stage.from("node:20").workdir("/app").arg("GITHUB_TOKEN").build()));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.location().stageIndex()).isZero();
      assertThat(x.location().instructionIndex()).isEqualTo(1);
      assertThat(x.message()).isEqualTo(
          "ARG 'GITHUB_TOKEN' looks like a secret (it is a well-known name for a secret); ARG" + TAIL);
      assertThat(x.fix()).isEqualTo("read it only in the RUN that needs it: .run(Run.of(...).withMount("
          + "SecretMount.of(\"github_token\").withEnv(\"GITHUB_TOKEN\"))), i.e. RUN --mount=type=secret,"
          + "id=github_token,env=GITHUB_TOKEN, built with docker build --secret id=github_token");
    });
  }

  @Test
  void global_arg_is_reported_in_the_preamble() {
    assertThat(Findings.of(Rules.SECRETS_IN_ARG_OR_ENV, Dockerfile.builder()
        .comment("build args").globalArg("NODE_VERSION", "20").globalArg("NPM_TOKEN")
        .stage(Stage.from("node:20").build())))
        .containsExactly("-1/2 ARG 'NPM_TOKEN' looks like a secret (it is a well-known name for a secret); ARG" + TAIL);
  }

  @Test
  void every_entry_of_one_env_is_checked() {
    assertThat(Findings.of(Rules.SECRETS_IN_ARG_OR_ENV,
        Stage.from("node:20").instruction(Env.of("API_KEY", "a").and("PORT", "80").and("clientSecret", "b"))))
        .containsExactly(
            "0/0 ENV 'API_KEY' looks like a secret (its name holds the word 'key'); ENV" + TAIL,
            "0/0 ENV 'clientSecret' looks like a secret (its name holds the word 'secret'); ENV" + TAIL);
  }

  @Test
  void onbuild_triggers_are_checked() {
    assertThat(Findings.of(Rules.SECRETS_IN_ARG_OR_ENV, Stage.from("node:20").onBuild(Arg.of("DEPLOY_KEY"))))
        .containsExactly("0/0 ARG 'DEPLOY_KEY' looks like a secret (its name holds the word 'key'); ARG" + TAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"API_KEY", "MY_API_KEY", "AWS_SECRET_ACCESS_KEY", "DB_PASSWORD", "CLIENT_SECRET",
      "TOKEN_URL", "SSH_PRIVATE_KEY", "APIKEY", "DB_PASSWD", "JWT_SIGNING_KEY", "githubToken", "DOCKER_USERNAME",
      "SSH_PRIVATE", "DB_USR", "AZURE_CLIENT_ID", "SECRET_PASSPHRASE", "auth", "git_key", "VITE_OPENAI_API_KEY",
      "REACT_APP_GITHUB_TOKEN", "DB_PSW", "ADMIN_USERNAME", "myAPIKey", "CF_USERNAME", "HEROKU_API_USER"})
  void secret_names_are_reported(String name) {
    assertThat(envFindings(name, "x")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUBLIC_KEY", "NODE_VERSION", "KEYCLOAK_URL", "MONKEY", "MYSECRET", "TOKENIZER_MODE",
      "AUTHOR", "KEYBOARD_LAYOUT", "PYTHON_SHA256", "DB_PASS", "AUTH_MODULE_VERSION", "GPG_KEY", "GPG_KEYS",
      "NGINX_GPG_FINGERPRINT", "TRAVIS_OS_NAME", "STRIPE_DEVICE_NAME", "PASSWORD_FILE", "SECRET_PATH",
      "GOOGLE_APPLICATION_CREDENTIALS", "TURKEY", "SECRETS_DIR", "PUBLIC_API_TOKEN", "HOTKEYS", "donkeyKong"})
  void ordinary_names_are_not_reported(String name) {
    assertThat(envFindings(name, "/run/secrets/x")).isEmpty();
  }

  @Test
  void credential_shaped_values_are_reported_masked() {
    assertThat(envFindings("AWS_REGION_HINT", "AKIAIOSFODNN7EXAMPLE")).containsExactly(
        "0/0 the value of ENV 'AWS_REGION_HINT' holds an AWS access key id ('AKIA************');" + " ENV" + TAIL);
    assertThat(Findings.of(Rules.SECRETS_IN_ARG_OR_ENV,
        Stage.from("node:20").arg("DB_URL", "postgres://app:hunter2@db.internal:5432/app")))
        .containsExactly("0/0 the value of ARG 'DB_URL' holds a URL with an embedded password "
            + "('postgres://app:****@db.internal:5432'); ARG" + TAIL);
    assertThat(Findings.of(Rules.SECRETS_IN_ARG_OR_ENV,
        Stage.from("node:20").label("org.example.note", "key -----BEGIN OPENSSH PRIVATE KEY----- abc")))
        .containsExactly("0/0 the value of LABEL 'org.example.note' holds a PEM private key "
            + "('-----BEGIN OPENSSH PRIVATE KEY-----'); LABEL" + TAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ghp_0123456789abcdefghijABCDEFGHIJ012345",
      "token gho_0123456789abcdefghijABCDEFGHIJ012345",
      "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
      "glpat-abcdefghij0123456789",
      "xoxb-123456789012-abcdefghij",
      "sk_live_0123456789abcdefABCD",
      "rk_live_0123456789abcdefABCD",
      "npm_0123456789abcdefghijABCDEFGHIJ012345",
      "ASIAIOSFODNN7EXAMPLE",
      "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
      "https://user:pa55@example.com/x",
      "-----BEGIN RSA PRIVATE KEY-----"})
  void each_credential_shape_is_found(String value) {
    assertThat(envFindings("SETTING", value)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com/x", "https://user@example.com/", "git@github.com:acme/app.git", "http://host:8080/path",
      "https://example.com/a@b", "ghp_short", "AKIAIOSFODNN7EXAMPL", "XAKIAIOSFODNN7EXAMPLE", "sk_test_0123456789abcdefABCD",
      "eyJhbGciOiJIUzI1NiJ9", "-----BEGIN PUBLIC KEY-----", "/usr/local/bin:/usr/bin", "${HOME}/.cache",
      "https://${USER}@host/", "npm_config_cache"})
  void harmless_values_are_not_reported(String value) {
    assertThat(envFindings("SETTING", value)).isEmpty();
  }

  @Test
  void a_secret_name_with_a_secret_value_is_reported_twice() {
    assertThat(Findings.of(Rules.SECRETS_IN_ARG_OR_ENV,
        Stage.from("node:20").instruction(Label.of("a", "b")).env("GH_TOKEN", "ghp_0123456789abcdefghijABCDEFGHIJ012345")))
        .hasSize(2);
  }

  @Test
  void name_tokens_split_on_separators_and_camel_case() {
    assertThat(SecretNames.tokens("githubAPIToken_v2.file-name")).containsExactly("github", "api", "token", "v2",
        "file", "name");
    assertThat(SecretNames.tokens("OAUTH2Token")).containsExactly("oauth2", "token");
  }

  @Test
  void masking_keeps_at_most_four_characters() {
    assertThat(SecretNames.mask("ghp_0123456789abcdefghij")).isEqualTo("ghp_************");
    assertThat(SecretNames.mask("abcdef")).isEqualTo("abc****");
  }

  @RepeatedTest(20)
  void value_scanning_never_throws_and_stays_fast_on_random_input() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "eyJAKIAghp_.-:/@sk_live_xoxb-glpat-npm_=$ {}ASIA-----BEGIN PRIVATE KEY-----";
    StringBuilder value = new StringBuilder();
    int length = random.nextInt(20_000);
    for (int i = 0; i < length; i++) {
      value.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    long start = System.nanoTime();
    try {
      SecretValues.find(value.toString());
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed, e);
    }
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds, seed " + seed).isLessThan(500);
  }
}
