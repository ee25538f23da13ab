package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.UserSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The declarative options every preset shares, and the per-preset additions next to them. */
class CommonOptionsTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");

  /** Every OCI label, each set with its own setter. */
  static final CommonOptions LABELLED = CommonOptions.DEFAULTS
      .withTitle("shop").withDescription("The shop front end").withVersion("1.4.2")
      .withRevision("9f8e7d6c5b4a39281706f5e4d3c2b1a098765432").withCreated("2024-05-01T12:00:00Z")
      .withSource("https://github.com/acme/shop").withDocumentation("https://docs.acme.example/shop")
      .withUrl("https://shop.acme.example").withLicenses("Apache-2.0").withVendor("ACME Corp")
      .withAuthors("Shop team <shop@acme.example>").withRefName("1.4.2")
      .withBaseName("docker.io/library/node:20-bookworm-slim").withBaseDigest("sha256:" + "a".repeat(64));

  private static long count(Dockerfile df, String stage, String text) {
    Stage s = df.stages().stream().filter(st -> st.name().orElse("").equals(stage)).findFirst().orElseThrow();
    return s.instructions().stream().filter(i -> i.toString().contains(text)).count();
  }

  @Test
  void node_with_every_common_option_and_tini() {
    NodeOptions options = NodeOptions.builder().buildScript("build", "dist").entryFile("dist/server.js")
        .nodeFlags(List.of("--enable-source-maps")).addNodeFlags("--max-old-space-size=384")
        .tini()
        .common(LABELLED
            .withBaseImage(ImageRole.BUILD, "registry.acme.example/node:20.11.1-bookworm-slim")
            .withBaseImage(ImageRole.RUNTIME, "registry.acme.example/node-runtime:20.11.1-bookworm-slim")
            .withBuildPackages("python3", "make", "g++")
            .withRuntimePackages("curl=7.88.1-10+deb12u5")
            .withRuntimeFile(RuntimeFile.of("public", "/app/public/"))
            .withRuntimeFile(RuntimeFile.of("config/shop.json", "/etc/shop/shop.json")
                .ownedBy(UserSpec.ids(10001, 10001)).withMode("0440"))
            .withEnv("LOG_FORMAT", "json").withEnv("SHOP_CONFIG", "/etc/shop/shop.json"))
        .build();
    Dockerfile df = NodePreset.of(options).toDockerfile();
    assertThat(count(df, "deps", "apt-get update")).isEqualTo(1);
    assertThat(count(df, "build", "apt-get update")).isEqualTo(1);
    assertThat(count(df, "runtime", "apt-get update")).isEqualTo(1);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void python_tini_server_options_and_packages_in_the_compilers_layer() {
    PythonOptions options = PythonOptions.builder().compilers(true).server(PythonOptions.Server.GUNICORN)
        .serverOptions("--workers", "2").addServerOptions("--timeout", "30")
        .tini()
        .common(CommonOptions.DEFAULTS.withTarget(SyntaxVersion.ENGINE_20_10, false).withTitle("hello")
            .withBuildPackages("libpq-dev").withRuntimePackages("libpq5").withPackageCacheMounts()
            .withEnv("GUNICORN_CMD_ARGS", "--access-logfile=-"))
        .build();
    Dockerfile df = PythonPreset.of(options).toDockerfile();
    assertThat(count(df, "build", "apt-get update")).isEqualTo(1);
    assertThat(count(df, "runtime", "apt-get update")).isEqualTo(1);
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void java_add_jvm_options_keeps_the_defaults() {
    JavaOptions added = JavaOptions.builder().addJvmOptions("-Xss512k", "-Dfile.encoding=UTF-8").build();
    JavaOptions replaced = JavaOptions.builder().jvmOptions("-Xmx256m").build();
    assertThat(added.jvmOptions()).containsExactly("-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError",
        "-Xss512k", "-Dfile.encoding=UTF-8");
    assertThat(replaced.jvmOptions()).containsExactly("-Xmx256m");
    assertThat(JavaOptions.builder().jvmOptions("-Xmx256m").addJvmOptions("-XX:+ExitOnOutOfMemoryError").build()
        .jvmOptions()).containsExactly("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
    Dockerfile df = JavaPreset.of(added).toDockerfile();
    Instruction last = df.stages().get(df.stages().size() - 1).instructions().stream()
        .filter(i -> i instanceof Entrypoint).findFirst().orElseThrow();
    assertThat(last.toString()).isEqualTo("ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75.0\", "
        + "\"-XX:+ExitOnOutOfMemoryError\", \"-Xss512k\", \"-Dfile.encoding=UTF-8\", \"-jar\", \"/app/app.jar\"]");
  }

  @Test
  void java_with_added_jvm_options_runtime_packages_file_and_env() {
    JavaOptions options = JavaOptions.builder().runtime(JavaOptions.RuntimeImage.JLINK)
        .addJvmOptions("-Xss512k", "-Djava.awt.headless=true")
        .common(LABELLED.withRuntimePackages("fontconfig").withBuildPackages("binutils")
            .withRuntimeFile(RuntimeFile.of("config/application.yaml", "/app/config/application.yaml"))
            .withEnv("SPRING_CONFIG_ADDITIONAL_LOCATION", "/app/config/"))
        .build();
    Approvals.verify(JavaPreset.of(options).toDockerfile().toString(), DOCKERFILE);
  }

  @Test
  void go_distroless_with_a_runtime_base_image_and_a_file() {
    GoOptions options = GoOptions.builder().runtime(GoOptions.Runtime.DISTROLESS_STATIC)
        .common(CommonOptions.DEFAULTS.withTitle("api")
            .withBaseImage(ImageRole.RUNTIME, "registry.acme.example/distroless/static-debian12:nonroot")
            .withBuildPackages("git")
            .withRuntimeFile(RuntimeFile.of("migrations", "/migrations/").withMode("0555"))
            .withEnv("MIGRATIONS_DIR", "/migrations"))
        .build();
    Approvals.verify(GoPreset.of(options).toDockerfile().toString(), DOCKERFILE);
  }

  /** Two hooks and the options ask for packages: one install per stage, with the preset's own first. */
  @Test
  void packages_of_the_preset_options_and_hooks_share_one_install() {
    PresetHooks caHook = new PresetHooks() {
      @Override
      public List<String> packages(ImageRole role, BaseImage base) {
        return List.of("ca-certificates");
      }
    };
    PresetHooks gitHook = new PresetHooks() {
      @Override
      public List<String> packages(ImageRole role, BaseImage base) {
        return role == ImageRole.BUILD ? List.of("git", "ca-certificates") : List.of();
      }
    };
    Dockerfile df = PythonPreset.of(PythonOptions.builder().compilers(true)
            .common(CommonOptions.DEFAULTS.withBuildPackages("libpq-dev", "git")).build())
        .with(Customization.builder().hooks(caHook).hooks(gitHook).build()).toDockerfile();
    List<Instruction> build = df.stages().get(0).instructions();
    assertThat(build.get(0).toString()).isEqualTo("RUN apt-get update \\\n"
        + "    && apt-get install -y --no-install-recommends \\\n"
        + "        build-essential \\\n"
        + "        libpq-dev \\\n"
        + "        git \\\n"
        + "        ca-certificates \\\n"
        + "    && rm -rf /var/lib/apt/lists/*");
    assertThat(build.stream().filter(i -> i.toString().contains("apt-get")).count()).isEqualTo(1);
    assertThat(count(df, "runtime", "apt-get install -y --no-install-recommends ca-certificates")).isEqualTo(1);
  }

  /**
   * Property: whatever packages the options and two hooks ask for, every stage of a role gets exactly
   * one install that holds each of them once, in first-asked order.
   */
  @RepeatedTest(40)
  void every_stage_gets_one_install_with_each_package_once(RepetitionInfo repetition) {
    long seed = 0x16A0L + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    List<String> pool = List.of("curl", "git", "jq", "tzdata", "ca-certificates", "libpq5", "make", "g++");
    List<String> optionBuild = pick(random, pool);
    List<String> optionRuntime = pick(random, pool);
    List<String> hookBuild = pick(random, pool);
    List<String> hookRuntime = pick(random, pool);
    PresetHooks hook = new PresetHooks() {
      @Override
      public List<String> packages(ImageRole role, BaseImage base) {
        return role == ImageRole.BUILD ? hookBuild : hookRuntime;
      }
    };
    NodeOptions.Variant variant = random.nextBoolean() ? NodeOptions.Variant.SLIM : NodeOptions.Variant.ALPINE;
    Dockerfile df = NodePreset.of(NodeOptions.builder().variant(variant).buildScript("build", "dist")
            .common(CommonOptions.DEFAULTS.withBuildPackages(optionBuild.toArray(String[]::new))
                .withRuntimePackages(optionRuntime.toArray(String[]::new))).build())
        .with(Customization.builder().hooks(hook).hooks(hook).build()).toDockerfile();
    String why = "seed " + seed + " (" + optionBuild + optionRuntime + hookBuild + hookRuntime + variant + ")";
    for (Stage stage : df.stages()) {
      List<String> expected = new ArrayList<>(new LinkedHashSet<>(stage.name().orElse("").equals("runtime")
          ? concat(optionRuntime, hookRuntime) : concat(optionBuild, hookBuild)));
      List<Run> installs = stage.instructions().stream().filter(i -> i instanceof Run r
          && (r.toString().contains("apt-get install") || r.toString().contains("apk add"))).map(i -> (Run) i).toList();
      if (expected.isEmpty()) {
        assertThat(installs).as(why).isEmpty();
        continue;
      }
      assertThat(installs).as(why).hasSize(1);
      String text = installs.get(0).toString();
      List<String> named = new ArrayList<>();
      for (String token : text.split("[\\s\\\\]+")) {
        if (pool.contains(token)) {
          named.add(token);
        }
      }
      assertThat(named).as(why).containsExactlyElementsOf(expected);
    }
  }

  private static List<String> pick(Random random, List<String> pool) {
    List<String> out = new ArrayList<>();
    for (String p : pool) {
      if (random.nextInt(4) == 0) {
        out.add(p);
      }
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void labels_come_out_in_the_spec_order_whatever_the_call_order() {
    CommonOptions common = CommonOptions.DEFAULTS.withVendor("ACME").withTitle("shop").withCreated("2024-05-01T12:00:00Z");
    assertThat(common.ociLabels()).extracting(kv -> kv.key()).containsExactly("org.opencontainers.image.title",
        "org.opencontainers.image.created", "org.opencontainers.image.vendor");
    assertThat(common.withTitle("other").title()).contains("other");
    assertThat(LABELLED.ociLabels()).hasSize(OciLabel.values().length);
  }

  @Test
  @SuppressWarnings("deprecation")
  void the_deprecated_pair_setters_and_constructor_still_work() {
    CommonOptions pairs = CommonOptions.DEFAULTS.withTitle("shop", "The shop").withLicenses("MIT", "ACME");
    CommonOptions single = CommonOptions.DEFAULTS.withTitle("shop").withDescription("The shop").withLicenses("MIT")
        .withVendor("ACME");
    assertThat(pairs).isEqualTo(single);
    assertThat(new CommonOptions(Optional.of("shop"), Optional.of("The shop"), Optional.empty(), Optional.of("MIT"),
        Optional.of("ACME"), 10001, 10001, SyntaxVersion.LATEST, true)).isEqualTo(single);
  }

  @Test
  void label_values_are_checked() {
    assertThatThrownBy(() -> CommonOptions.DEFAULTS.withCreated("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OCI label created 'yesterday' is not an RFC 3339 date-time; use e.g. 2024-05-01T12:00:00Z");
    assertThatThrownBy(() -> CommonOptions.DEFAULTS.withSource("github.com/acme/shop"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OCI label source 'github.com/acme/shop' is not an absolute URL; use e.g. https://github.com/acme/app");
    assertThatThrownBy(() -> CommonOptions.DEFAULTS.withTitle("two\nlines"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OCI label title 'two\nlines' is empty or has control characters; give a one-line value");
  }

  @Test
  void packages_files_and_env_are_checked() {
    assertThatThrownBy(() -> CommonOptions.DEFAULTS.withRuntimePackages("curl; rm -rf /"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runtime packages [curl; rm -rf /]: package 'curl; rm -rf /' is not a valid package name; "
            + "package names use letters, digits and + . _ : - only, e.g. 'ca-certificates'");
    assertThatThrownBy(() -> RuntimeFile.of("../secrets.txt", "/app/secrets.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runtime file source '../secrets.txt' is not a relative path in the build context; "
            + "use e.g. config/app.yaml");
    assertThatThrownBy(() -> RuntimeFile.of("config/app.yaml", "config/app.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runtime file destination 'config/app.yaml' is not an absolute path; "
            + "use e.g. /etc/app/app.yaml or /app/public/");
    assertThatThrownBy(() -> CommonOptions.DEFAULTS.withEnv("LOG", "json").withEnv("LOG", "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ENV key 'LOG' appears twice; set it once");
  }

  @Test
  void what_an_image_cannot_do_is_refused() {
    assertThatThrownBy(() -> NodeOptions.builder().variant(NodeOptions.Variant.DISTROLESS).tini().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tini needs a package manager in the runtime image and the DISTROLESS variant has none; "
            + "use SLIM or ALPINE, or start the container with docker run --init");
    assertThatThrownBy(() -> GoOptions.builder().common(CommonOptions.DEFAULTS.withRuntimePackages("tzdata")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runtime packages [tzdata] cannot be installed: the Go runtimes (scratch, distroless static) "
            + "have no package manager; copy the files from the build stage in an afterApplication hook");
    assertThatThrownBy(() -> GoOptions.builder()
        .common(CommonOptions.DEFAULTS.withBaseImage(ImageRole.RUNTIME, "registry.acme.example/static:1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runtime base image 'registry.acme.example/static:1' needs the DISTROLESS_STATIC runtime; "
            + "the SCRATCH runtime has no base image to replace");
    PresetHooks curl = new PresetHooks() {
      @Override
      public List<String> packages(ImageRole role, BaseImage base) {
        return role == ImageRole.RUNTIME ? List.of("curl") : List.of();
      }
    };
    NodePreset distroless = NodePreset.of(NodeOptions.builder().variant(NodeOptions.Variant.DISTROLESS).build())
        .with(Customization.builder().hooks(curl).build());
    assertThatThrownBy(distroless::toDockerfile)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runtime packages [curl] (from the options or a hook's packages()) cannot be installed in the "
            + "runtime stage FROM gcr.io/distroless/nodejs20-debian12:nonroot: it has no package manager; use a "
            + "variant with one, or copy the files from a build stage in afterApplication");
  }

  @Test
  void a_runtime_file_the_dockerignore_excludes_is_refused() {
    NodePreset preset = NodePreset.of(NodeOptions.builder()
        .common(CommonOptions.DEFAULTS.withRuntimeFile(RuntimeFile.of("coverage", "/app/coverage/"))).build());
    assertThatThrownBy(preset::toDockerIgnore)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(".dockerignore excludes 'coverage', which stage 'runtime' copies (COPY --link coverage /app/coverage/); "
            + "remove the pattern or add an exception");
  }
}
