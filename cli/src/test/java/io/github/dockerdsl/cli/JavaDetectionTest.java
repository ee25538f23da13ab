package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code init} on Java projects as they are: Spring Boot 2 and 3 (parent, BOM import, plugin version), actuator
 * paths and ports from application.properties/yml, Quarkus, Micronaut, multi-module Maven, Gradle Groovy and Kotlin
 * DSL with subprojects, and exit 2 naming the flag when something cannot be told.
 */
class JavaDetectionTest {
  private static final Path APPS = Path.of("../examples/apps");
  private static final Path PROJECTS = InitDetectionTest.PROJECTS;

  @TempDir
  Path tmp;

  /**
   * The "detected ..." lines of {@code init --dry-run dir args...}, which must succeed, without the
   * variant and target lines every detection ends with (InitFlagsTest covers those).
   */
  private static List<String> detected(Path dir, String... args) {
    Result r = init(dir, args);
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    return r.err().lines().filter(l -> !l.startsWith("detected variant ") && !l.startsWith("detected target "))
        .toList();
  }

  private static Result init(Path dir, String... args) {
    List<String> all = new ArrayList<>(List.of("init", "--dry-run"));
    all.addAll(List.of(args));
    all.add(dir.toString());
    return CliTest.run(all.toArray(new String[0]));
  }

  /** The error of {@code init --dry-run}, which must exit 2 and print nothing on stdout. */
  private static String error(Path dir, String... args) {
    Result r = init(dir, args);
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    return r.err();
  }

  /** The Dockerfile part of {@code init --dry-run}. */
  private static String dockerfile(Path dir, String... args) {
    Result r = init(dir, args);
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    return r.out().split("# ---- \\.dockerignore ----\n", 2)[0];
  }

  /** A project made of these files (path to text) in a fresh directory. */
  private Path project(String name, Map<String, String> files) throws IOException {
    Path dir = tmp.resolve(name);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
    return dir;
  }

  private static String pom(String inside) {
    return "<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId>" + inside + "</project>";
  }

  private static final String BOOT_PLUGIN = "<build><plugins><plugin><groupId>org.springframework.boot</groupId>"
      + "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>";
  private static final String ACTUATOR = "<dependencies><dependency><groupId>org.springframework.boot</groupId>"
      + "<artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies>";

  private static final String PARENT = "<parent><groupId>com.acme</groupId><artifactId>parent</artifactId>"
      + "<version>1</version></parent>";

  private static String bootParent(String version) {
    return "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
        + "<version>" + version + "</version></parent>";
  }

  // ---------------------------------------------------------------- the samples in examples/apps

  @Test
  void sample_spring_boot_3_with_actuator_on_a_management_port() {
    assertThat(detected(APPS.resolve("java-spring-boot-3"))).containsExactly(
        "detected java project: pom.xml",
        "detected java 17: pom.xml property java.version ('17')",
        "detected spring boot 3.5.7: pom.xml parent spring-boot-starter-parent",
        "detected spring boot layers: -Djarmode=tools -jar <jar> extract --layers --launcher --destination ., "
            + "launcher org.springframework.boot.loader.launch.JarLauncher",
        "detected jar target/greeting-service-1.0.0.jar: pom.xml artifactId and version",
        "detected port 9000: src/main/resources/application.yml server.port ('9000')",
        "detected healthcheck http://127.0.0.1:9001/actuator/health: spring-boot-starter-actuator, "
            + "src/main/resources/application.yml management.server.port ('9001')",
        "detected no wrapper: builds on the maven image (no mvnw)");
  }

  @Test
  void sample_spring_boot_2_7_takes_the_classic_launcher_and_the_base_path() {
    assertThat(detected(APPS.resolve("java-spring-boot-2"))).contains(
        "detected spring boot 2.7.18: pom.xml parent spring-boot-starter-parent",
        "detected spring boot layers: -Djarmode=layertools -jar <jar> extract, launcher "
            + "org.springframework.boot.loader.JarLauncher",
        "detected port 8081: src/main/resources/application.properties server.port ('8081')",
        "detected healthcheck http://127.0.0.1:8081/manage/health: spring-boot-starter-actuator, "
            + "src/main/resources/application.properties management.endpoints.web.base-path ('/manage')");
  }

  @Test
  void sample_multi_module_finds_the_application_module_and_the_bom_version() {
    assertThat(detected(APPS.resolve("java-multi-module"))).containsExactly(
        "detected java project: pom.xml",
        "detected application module inventory-service: inventory-service/pom.xml plugin spring-boot-maven-plugin",
        "detected multi-module build: 2 modules (inventory-core, inventory-service), every pom.xml copied before "
            + "the sources; build with -pl inventory-service -am",
        "detected java 17: pom.xml property maven.compiler.release ('17')",
        "detected spring boot 3.5.7: pom.xml dependencyManagement imports spring-boot-dependencies "
            + "('${spring-boot.version}' = '3.5.7')",
        "detected spring boot layers: -Djarmode=tools -jar <jar> extract --layers --launcher --destination ., "
            + "launcher org.springframework.boot.loader.launch.JarLauncher",
        "detected jar inventory-service/target/inventory-service-1.4.0-SNAPSHOT.jar: inventory-service/pom.xml "
            + "artifactId and version",
        "detected port 8080: Spring Boot default (no server.port in application.properties/yml)",
        "detected healthcheck http://127.0.0.1:8080/actuator/health: spring-boot-starter-actuator",
        "detected no wrapper: builds on the maven image (no mvnw)");
  }

  @Test
  void sample_quarkus_fast_jar_on_its_port_with_smallrye_health() {
    assertThat(detected(APPS.resolve("java-quarkus"))).contains(
        "detected quarkus fast-jar: pom.xml plugin quarkus-maven-plugin; layers lib/, quarkus-run.jar, quarkus/, "
            + "app/",
        "detected port 8085: src/main/resources/application.properties quarkus.http.port ('8085')",
        "detected healthcheck http://127.0.0.1:8085/q/health: quarkus-smallrye-health");
  }

  @Test
  void sample_gradle_kotlin_dsl_multi_project() {
    assertThat(detected(APPS.resolve("java-gradle-kts"))).containsExactly(
        "detected java project: build.gradle.kts",
        "detected application project shipping-api: shipping-api/build.gradle.kts applies the Spring Boot plugin",
        "detected multi-project build: settings.gradle.kts includes shipping-domain, shipping-api; build scripts "
            + "copied before the sources; tasks of :shipping-api",
        "detected java 21: shipping-api/build.gradle.kts toolchain languageVersion "
            + "('languageVersion = JavaLanguageVersion.of(21)')",
        "detected spring boot 3.5.7: build.gradle.kts plugin org.springframework.boot version",
        "detected spring boot layers: -Djarmode=tools -jar <jar> extract --layers --launcher --destination ., "
            + "launcher org.springframework.boot.loader.launch.JarLauncher",
        "detected jar shipping-api/build/libs/shipping-api-0.3.0.jar: the project directory shipping-api and "
            + "version 0.3.0",
        "detected port 8088: shipping-api/src/main/resources/application.yml server.port ('8088')",
        "detected healthcheck http://127.0.0.1:8088/actuator/health: spring-boot-starter-actuator",
        "detected no wrapper: builds on the gradle image (no gradlew)");
  }

  /** Every sample's Dockerfile as init writes it, read as a user would (Gradle: the only proof, no Gradle here). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"java-spring-boot-3", "java-spring-boot-2", "java-multi-module", "java-quarkus",
      "java-gradle-kts"})
  void sample_dockerfile(String sample) {
    Approvals.verify(dockerfile(APPS.resolve(sample)), new Options().forFile().withAdditionalInformation(sample)
        .forFile().withExtension(".Dockerfile"));
  }

  /** docs/presets/java.md shows each sample's detection and Dockerfile (from its build stage on) as init prints them. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"java-spring-boot-3", "java-spring-boot-2", "java-multi-module", "java-quarkus",
      "java-gradle-kts"})
  void docs_page_shows_each_sample(String sample) throws IOException {
    String page = Files.readString(Path.of("../docs/presets/java.md"));
    Result r = init(APPS.resolve(sample));
    String df = dockerfile(APPS.resolve(sample));
    int build = df.indexOf("FROM ", df.indexOf("AS healthprobe") + 1);
    assertThat(page).contains(r.err(), df.substring(build));
  }

  // ---------------------------------------------------------------- Spring Boot versions and Java levels

  @Test
  void boot_2_7_on_java_11_and_java_8() throws IOException {
    for (String java : List.of("11", "1.8")) {
      Path dir = project("boot2-" + java, Map.of("pom.xml", pom(bootParent("2.7.18") + "<artifactId>old</artifactId>"
          + "<version>1</version><properties><java.version>" + java + "</java.version></properties>" + ACTUATOR
          + BOOT_PLUGIN)));
      String df = dockerfile(dir);
      String v = java.equals("11") ? "11" : "8";
      assertThat(df).contains("FROM maven:3.9-eclipse-temurin-" + v + " AS build", "FROM eclipse-temurin:" + v
          + "-jre AS runtime", "RUN java -Djarmode=layertools -jar /build/target/old-1.jar extract\n",
          "\"org.springframework.boot.loader.JarLauncher\"]");
    }
  }

  @Test
  void boot_3_2_from_the_plugin_version_keeps_layertools_with_the_new_launcher() throws IOException {
    Path dir = project("boot32", Map.of("pom.xml", pom("<artifactId>svc</artifactId><version>2</version>"
        + "<properties><boot>3.2.5</boot></properties><build><plugins><plugin><groupId>org.springframework.boot"
        + "</groupId><artifactId>spring-boot-maven-plugin</artifactId><version>${boot}</version></plugin></plugins>"
        + "</build>")));
    assertThat(detected(dir)).contains("detected spring boot 3.2.5: plugin spring-boot-maven-plugin version "
        + "('${boot}' = '3.2.5')");
    assertThat(dockerfile(dir)).contains("RUN java -Djarmode=layertools -jar /build/target/svc-2.jar extract\n",
        "\"org.springframework.boot.loader.launch.JarLauncher\"]");
  }

  @Test
  void boot_before_2_3_has_no_layers_and_runs_the_fat_jar() throws IOException {
    Path dir = project("boot21", Map.of("pom.xml", pom(bootParent("2.1.18.RELEASE")
        + "<artifactId>ancient</artifactId><version>1</version><properties><java.version>1.8</java.version>"
        + "</properties>" + BOOT_PLUGIN)));
    assertThat(detected(dir)).contains("detected spring boot jar, one layer: Spring Boot before 2.3 writes no layer "
        + "index");
    assertThat(dockerfile(dir)).contains("COPY --from=build --link /build/target/ancient-1.jar ./app.jar",
        "\"-jar\", \"/app/app.jar\"]").doesNotContain("jarmode");
  }

  @Test
  void boot_version_that_cannot_be_told_is_an_error_saying_what_to_add() throws IOException {
    Path dir = project("boot-unknown", Map.of("pom.xml", pom("<parent><groupId>com.acme</groupId>"
        + "<artifactId>acme-parent</artifactId><version>7</version></parent><artifactId>svc</artifactId>"
        + BOOT_PLUGIN)));
    assertThat(error(dir)).isEqualTo("dockerdsl: cannot tell the Spring Boot version (no spring-boot-starter-parent, "
        + "spring-boot-dependencies import or plugin version in the project's POMs), which decides the launcher "
        + "class; add <spring-boot.version>3.5.7</spring-boot.version> (your version) to <properties> (nothing was "
        + "written)\n");
  }

  // ---------------------------------------------------------------- ports and health endpoints

  @Test
  void server_port_placeholder_takes_its_default_and_context_path_prefixes_actuator() throws IOException {
    Path dir = project("placeholder", Map.of(
        "pom.xml", pom(bootParent("3.5.7") + "<artifactId>svc</artifactId><version>1</version>" + ACTUATOR
            + BOOT_PLUGIN),
        "src/main/resources/application.properties", "server.port=${PORT:9090}\n"
            + "server.servlet.context-path=/api\nmanagement.endpoints.web.path-mapping.health=status\n"));
    assertThat(detected(dir)).contains(
        "detected port 9090: src/main/resources/application.properties server.port ('${PORT:9090}')",
        "detected healthcheck http://127.0.0.1:9090/api/actuator/status: spring-boot-starter-actuator, "
            + "src/main/resources/application.properties server.servlet.context-path ('/api'), "
            + "src/main/resources/application.properties management.endpoints.web.path-mapping.health ('status')");
  }

  @Test
  void server_port_from_the_environment_only_needs_the_port_flag() throws IOException {
    Path dir = project("env-port", Map.of(
        "pom.xml", pom(bootParent("3.5.7") + "<artifactId>svc</artifactId><version>1</version>" + BOOT_PLUGIN),
        "src/main/resources/application.yml", "server:\n  port: ${PORT}\n"));
    assertThat(error(dir)).isEqualTo("dockerdsl: src/main/resources/application.yml sets server.port to '${PORT}', "
        + "which has no default here; pass the value with --port (nothing was written)\n");
    assertThat(detected(dir, "--port", "7000")).contains("detected port 7000: --port");
  }

  @Test
  void profile_documents_of_application_yml_do_not_apply() throws IOException {
    Path dir = project("profiles", Map.of(
        "pom.xml", pom(bootParent("3.5.7") + "<artifactId>svc</artifactId><version>1</version>" + ACTUATOR
            + BOOT_PLUGIN),
        "src/main/resources/application.yml", "server:\n  port: 8100\n---\nspring:\n  config:\n    activate:\n"
            + "      on-profile: dev\nserver:\n  port: 9999\n"));
    assertThat(detected(dir)).contains("detected port 8100: src/main/resources/application.yml server.port ('8100')");
  }

  @Test
  void health_not_exposed_means_no_healthcheck_with_the_reason_as_waiver() throws IOException {
    Path dir = project("no-exposure", Map.of(
        "pom.xml", pom(bootParent("3.5.7") + "<artifactId>svc</artifactId><version>1</version>" + ACTUATOR
            + BOOT_PLUGIN),
        "src/main/resources/application.properties", "management.endpoints.web.exposure.include=info,metrics\n"));
    assertThat(detected(dir)).contains("detected no healthcheck: src/main/resources/application.properties "
        + "management.endpoints.web.exposure.include ('info,metrics') does not expose health (pass --health-path "
        + "to probe one)");
    assertThat(dockerfile(dir)).doesNotContain("HEALTHCHECK").contains("# dockerdsl:suppress DF015 -- no health "
        + "endpoint known: src/main/resources/application.properties management.endpoints.web.exposure.include "
        + "('info,metrics') does not expose health; pass --health-path to probe one\n");
  }

  @Test
  void management_port_off_and_flags_that_override() throws IOException {
    Path dir = project("mgmt-off", Map.of(
        "pom.xml", pom(bootParent("3.5.7") + "<artifactId>svc</artifactId><version>1</version>" + ACTUATOR
            + BOOT_PLUGIN),
        "src/main/resources/application.properties", "management.server.port=-1\n"));
    assertThat(detected(dir)).contains("detected no healthcheck: src/main/resources/application.properties "
        + "management.server.port ('-1') turns the management endpoints off (pass --health-path to probe one)");
    assertThat(detected(dir, "--health-path", "/ready")).contains(
        "detected healthcheck http://127.0.0.1:8080/ready: --health-path");
    assertThat(detected(dir, "--no-healthcheck")).contains("detected no healthcheck: --no-healthcheck");
  }

  @Test
  void quarkus_management_interface_and_micronaut_management() throws IOException {
    Path quarkus = project("quarkus-mgmt", Map.of(
        "pom.xml", pom("<artifactId>q</artifactId><version>1</version><dependencies><dependency><groupId>io.quarkus"
            + "</groupId><artifactId>quarkus-smallrye-health</artifactId></dependency></dependencies><build><plugins>"
            + "<plugin><groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId></plugin></plugins>"
            + "</build>"),
        "src/main/resources/application.properties", "quarkus.management.enabled=true\n"));
    assertThat(detected(quarkus)).contains("detected port 8080: Quarkus default (no quarkus.http.port in "
        + "application.properties/yml)", "detected healthcheck http://127.0.0.1:9000/q/health: quarkus-smallrye-health, "
        + "src/main/resources/application.properties quarkus.management.enabled ('true')");
    Path micronaut = project("micronaut", Map.of(
        "pom.xml", pom("<parent><groupId>io.micronaut.platform</groupId><artifactId>micronaut-parent</artifactId>"
            + "<version>4.7.0</version></parent><artifactId>m</artifactId><version>1</version><dependencies>"
            + "<dependency><groupId>io.micronaut</groupId><artifactId>micronaut-management</artifactId></dependency>"
            + "</dependencies>"),
        "src/main/resources/application.yml", "micronaut:\n  server:\n    port: 8200\n"));
    assertThat(detected(micronaut)).contains("detected port 8200: src/main/resources/application.yml "
        + "micronaut.server.port ('8200')", "detected healthcheck http://127.0.0.1:8200/health: micronaut-management");
  }

  @Test
  void quarkus_without_health_has_no_healthcheck() throws IOException {
    Path dir = project("quarkus-plain", Map.of("pom.xml", pom("<artifactId>q</artifactId><version>1</version><build>"
        + "<plugins><plugin><groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId></plugin>"
        + "</plugins></build>")));
    assertThat(detected(dir)).contains("detected no healthcheck: quarkus-smallrye-health is not a dependency (with "
        + "it, /q/health) (pass --health-path to probe one)");
  }

  // ---------------------------------------------------------------- plain jars, entry points, modules

  @Test
  void plain_jar_needs_port_and_main_class_flags() throws IOException {
    Path dir = PROJECTS.resolve("java-maven-plain");
    assertThat(error(dir)).isEqualTo("dockerdsl: cannot tell the main class: pom.xml names no <mainClass> in the "
        + "maven-jar-plugin or maven-shade-plugin manifest; pass --entry with the class, e.g. com.example.Main "
        + "(nothing was written)\n");
    assertThat(error(dir, "--entry", "com.acme.Tool")).isEqualTo("dockerdsl: cannot tell the port of a plain Java "
        + "application (no Spring Boot, Quarkus or Micronaut settings to read); pass --port (nothing was written)\n");
    assertThat(detected(dir, "--entry", "com.acme.Tool", "--port", "8080", "--health-path", "/health"))
        .containsExactly(
            "detected java project: pom.xml",
            "detected java 17: pom.xml property maven.compiler.release ('${jdk}' = '17')",
            "detected main class com.acme.Tool: --entry",
            "detected jar target/tool.jar: pom.xml build.finalName",
            "detected port 8080: --port",
            "detected healthcheck http://127.0.0.1:8080/health: --health-path",
            "detected no wrapper: builds on the maven image (no mvnw)");
  }

  @Test
  void jar_with_copied_dependencies_gets_lib_layers() throws IOException {
    Path dir = project("lib", Map.of("pom.xml", pom("<artifactId>tool</artifactId><version>1</version><build><plugins>"
        + "<plugin><artifactId>maven-dependency-plugin</artifactId><executions><execution><goals>"
        + "<goal>copy-dependencies</goal></goals></execution></executions></plugin><plugin>"
        + "<artifactId>maven-jar-plugin</artifactId><configuration><archive><manifest><addClasspath>true"
        + "</addClasspath><classpathPrefix>lib/</classpathPrefix><mainClass>com.acme.Main</mainClass></manifest>"
        + "</archive></configuration></plugin></plugins></build>")));
    assertThat(detected(dir, "--port", "8080", "--no-healthcheck")).contains(
        "detected jar with lib/: pom.xml maven-dependency-plugin copy-dependencies; layers lib/ released, lib/ "
            + "snapshots, the jar",
        "detected main class com.acme.Main: pom.xml manifest mainClass (java -jar)");
    assertThat(dockerfile(dir, "--port", "8080", "--no-healthcheck")).contains("FROM build AS layers",
        "COPY --from=layers --link /layers/snapshot-dependencies/ ./");
  }

  @Test
  void several_application_modules_need_the_module_flag() throws IOException {
    Path dir = project("two-apps", Map.of(
        "pom.xml", pom("<artifactId>parent</artifactId><version>1</version><packaging>pom</packaging><modules>"
            + "<module>api</module><module>worker</module><module>lib</module></modules>"
            + "<properties><spring-boot.version>3.5.7</spring-boot.version></properties>"),
        "api/pom.xml", pom(PARENT + "<artifactId>api</artifactId>" + ACTUATOR + BOOT_PLUGIN),
        "api/src/main/java/A.java", "class A {}",
        "worker/pom.xml", pom(PARENT + "<artifactId>worker</artifactId>" + BOOT_PLUGIN),
        "lib/pom.xml", pom(PARENT + "<artifactId>lib</artifactId>")));
    assertThat(error(dir)).isEqualTo("dockerdsl: several modules build an application: api (plugin "
        + "spring-boot-maven-plugin), worker (plugin spring-boot-maven-plugin); pass --module to choose (nothing was "
        + "written)\n");
    assertThat(error(dir, "--module", "web")).isEqualTo("dockerdsl: --module 'web' is not a module of pom.xml; use "
        + "one of api, worker, lib (nothing was written)\n");
    List<String> lines = detected(dir, "--module", "api");
    assertThat(lines).contains("detected application module api: --module",
        "detected spring boot 3.5.7: pom.xml property spring-boot.version ('${spring-boot.version}' = '3.5.7')",
        "detected jar api/target/api-1.jar: api/pom.xml artifactId and version");
    String df = dockerfile(dir, "--module", "api");
    // every module's POM before the dependency step; sources only where a module has them
    assertThat(df).contains("COPY api/pom.xml ./api/\nCOPY worker/pom.xml ./worker/\nCOPY lib/pom.xml ./lib/\n",
        "mvn -B -q -pl api -am dependency:go-offline", "COPY api/src ./api/src\nRUN", "/build/api/target/api-1.jar")
        .doesNotContain("COPY worker/src", "COPY lib/src");
  }

  @Test
  void no_application_module_needs_the_module_flag() throws IOException {
    Path dir = project("no-app", Map.of(
        "pom.xml", pom("<artifactId>parent</artifactId><version>1</version><packaging>pom</packaging><modules>"
            + "<module>lib</module></modules>"),
        "lib/pom.xml", pom("<artifactId>lib</artifactId>")));
    assertThat(error(dir)).isEqualTo("dockerdsl: no module of pom.xml builds an application (none has the "
        + "spring-boot, quarkus or micronaut plugin or a main class); pass --module with one of lib (nothing was "
        + "written)\n");
  }

  @Test
  void module_listed_but_missing_is_an_error() throws IOException {
    Path dir = project("missing", Map.of("pom.xml", pom("<artifactId>p</artifactId><modules><module>gone</module>"
        + "</modules>")));
    assertThat(error(dir)).isEqualTo("dockerdsl: pom.xml lists module 'gone', but gone/pom.xml does not exist; fix "
        + "<modules>, nothing was written\n");
  }

  // ---------------------------------------------------------------- Gradle

  @Test
  void gradle_groovy_subprojects_with_version_catalog_and_root_toolchain() throws IOException {
    Path dir = project("gradle-groovy", Map.of(
        "settings.gradle", "rootProject.name = 'orders'\ninclude ':app', ':core'\n",
        "build.gradle", "subprojects {\n  apply plugin: 'java'\n  version = '2.1.0'\n  java { toolchain { "
            + "languageVersion = JavaLanguageVersion.of(17) } }\n}\n",
        "gradle/libs.versions.toml", "[versions]\nspring-boot = \"3.4.1\"\n",
        "app/build.gradle", "plugins {\n  alias(libs.plugins.spring.boot)\n}\ndependencies {\n  implementation "
            + "'org.springframework.boot:spring-boot-starter-actuator'\n}\n",
        "app/src/main/resources/application.properties", "server.port=8181\n",
        "core/build.gradle", "plugins { id 'java-library' }\n",
        "core/src/main/java/C.java", "class C {}"));
    assertThat(detected(dir)).containsExactly(
        "detected java project: build.gradle",
        "detected application project app: app/build.gradle applies the Spring Boot plugin",
        "detected multi-project build: settings.gradle includes app, core; build scripts copied before the "
            + "sources; tasks of :app",
        "detected java 17: build.gradle toolchain languageVersion ('languageVersion = JavaLanguageVersion.of(17)')",
        "detected spring boot 3.4.1: gradle/libs.versions.toml",
        "detected spring boot layers: -Djarmode=tools -jar <jar> extract --layers --launcher --destination ., "
            + "launcher org.springframework.boot.loader.launch.JarLauncher",
        "detected jar app/build/libs/app-2.1.0.jar: the project directory app and version 2.1.0",
        "detected port 8181: app/src/main/resources/application.properties server.port ('8181')",
        "detected healthcheck http://127.0.0.1:8181/actuator/health: spring-boot-starter-actuator",
        "detected no wrapper: builds on the gradle image (no gradlew)");
    assertThat(dockerfile(dir)).contains("COPY app/build.gradle* ./app/\nCOPY core/build.gradle* ./core/\n",
        "gradle --no-daemon -q :app:dependencies", "gradle --no-daemon -q :app:bootJar",
        "/build/app/build/libs/app-2.1.0.jar");
  }

  @Test
  void gradle_kotlin_single_project_with_wrapper() {
    assertThat(detected(PROJECTS.resolve("java-gradle-kts-boot"))).containsExactly(
        "detected java project: build.gradle.kts",
        "detected java 21: build.gradle.kts toolchain languageVersion "
            + "('languageVersion = JavaLanguageVersion.of(21)')",
        "detected spring boot 3.3.1: build.gradle.kts plugin org.springframework.boot version",
        "detected spring boot layers: -Djarmode=tools -jar <jar> extract --layers --launcher --destination ., "
            + "launcher org.springframework.boot.loader.launch.JarLauncher",
        "detected jar build/libs/billing-0.0.1-SNAPSHOT.jar: settings.gradle.kts rootProject.name and version "
            + "0.0.1-SNAPSHOT",
        "detected port 8080: Spring Boot default (no server.port in application.properties/yml)",
        "detected no healthcheck: spring-boot-starter-actuator is not a dependency (with it, /actuator/health) "
            + "(pass --health-path to probe one)",
        "detected wrapper: gradlew");
  }

  @Test
  void gradle_application_without_manifest_main_class_needs_entry() {
    Path dir = PROJECTS.resolve("java-gradle-groovy");
    assertThat(error(dir)).isEqualTo("dockerdsl: cannot tell the main class: build.gradle sets no jar manifest "
        + "Main-Class; pass --entry with the class, e.g. com.example.Main (nothing was written)\n");
    assertThat(detected(dir, "--entry", "com.acme.Cli", "--port", "8080", "--no-healthcheck")).containsExactly(
        "detected java project: build.gradle",
        "detected java 17: build.gradle sourceCompatibility ('sourceCompatibility = JavaVersion.VERSION_17')",
        "detected main class com.acme.Cli: --entry",
        "detected jar build/libs/cli-app.jar: settings.gradle rootProject.name",
        "detected port 8080: --port",
        "detected no healthcheck: --no-healthcheck",
        "detected no wrapper: builds on the gradle image (no gradlew)");
  }

  @Test
  void pom_and_gradle_the_wrapper_decides() {
    assertThat(detected(PROJECTS.resolve("java-maven-and-gradle"), "--entry", "a.B", "--port", "80",
        "--no-healthcheck")).first().isEqualTo("detected java project: build.gradle wins over pom.xml (only gradlew "
        + "is present)");
  }

  @Test
  void gradle_module_flag_picks_a_subproject_and_names_the_choices() throws IOException {
    Path dir = project("gradle-two", Map.of(
        "settings.gradle.kts", "include(\"a\", \"b\")\n",
        "build.gradle.kts", "",
        "a/build.gradle.kts", "plugins { id(\"io.quarkus\") version \"3.33.2\" }\n",
        "b/build.gradle.kts", "plugins { id(\"io.quarkus\") version \"3.33.2\" }\n"));
    assertThat(error(dir)).isEqualTo("dockerdsl: several projects build an application: a, b; pass --module with one "
        + "of a, b (nothing was written)\n");
    assertThat(detected(dir, "--module", "b")).contains("detected application project b: --module",
        "detected quarkus fast-jar: b/build.gradle.kts plugin io.quarkus; layers lib/, quarkus-run.jar, quarkus/, "
            + "app/");
    assertThat(error(dir, "--module", "c")).isEqualTo("dockerdsl: --module 'c' is not a subproject in "
        + "settings.gradle.kts; use one of a, b (nothing was written)\n");
  }

  @Test
  void broken_application_yml_names_the_line() throws IOException {
    Path dir = project("bad-yml", Map.of(
        "pom.xml", pom(bootParent("3.5.7") + "<artifactId>svc</artifactId><version>1</version>" + BOOT_PLUGIN),
        "src/main/resources/application.yml", "server:\n  port: 80\n bad: [\n"));
    assertThat(error(dir)).isEqualTo("dockerdsl: src/main/resources/application.yml is not valid YAML: line 3, "
        + "column 2: while parsing a block mapping; fix it, nothing was written\n");
  }
}
