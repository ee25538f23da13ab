package io.github.dockerdsl.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration rules and the Maven-model mapping, without running Maven. */
class GeneratorTest {
  @TempDir
  File dir;

  private MavenProject project(String packaging) {
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId("app");
    model.setVersion("1.0");
    model.setPackaging(packaging);
    Build build = new Build();
    build.setFinalName("app-1.0");
    build.setOutputDirectory(new File(dir, "target/classes").getPath());
    model.setBuild(build);
    MavenProject project = new MavenProject(model);
    project.setFile(new File(dir, "pom.xml"));
    return project;
  }

  private static PresetConfig preset(String name) {
    return new PresetConfig(name, null, null, null, null, null, null, Map.of(), "latest");
  }

  private Generated generate(MavenProject project, PresetConfig config) throws Exception {
    return Generator.generate(project, config, true, getClass().getClassLoader());
  }

  @Test
  void an_unknown_preset_names_the_parameter_and_the_allowed_values() {
    assertThatThrownBy(() -> generate(project("jar"), preset("ruby"))).isInstanceOf(ConfigurationException.class)
        .hasMessage("dockerdsl: parameter 'preset' is 'ruby'; allowed values: java, node, python, go");
  }

  @Test
  void preset_and_provider_are_exclusive_and_one_is_needed() {
    assertThatThrownBy(() -> generate(project("jar"), preset(null))).hasMessage("dockerdsl: neither 'preset' nor "
        + "'provider' is set; add <preset>java</preset> (or node, python, go) or "
        + "<provider>com.example.MyDockerfile</provider> to the plugin's <configuration>");
    PresetConfig both = new PresetConfig("java", "com.acme.X", null, null, null, null, null, Map.of(), null);
    assertThatThrownBy(() -> generate(project("jar"), both)).hasMessageStartingWith(
        "dockerdsl: parameters 'preset' ('java') and 'provider' ('com.acme.X') are both set; set one");
  }

  @Test
  void bad_variant_target_and_port_name_their_parameter() {
    PresetConfig variant = new PresetConfig("java", null, null, "alpine", null, null, null, Map.of(), null);
    assertThatThrownBy(() -> generate(project("jar"), variant))
        .hasMessage("dockerdsl: parameter 'variant' is 'alpine'; allowed values: jre, distroless, jlink (preset java)");
    PresetConfig target = new PresetConfig("node", null, null, null, null, null, null, Map.of(), "podman");
    assertThatThrownBy(() -> generate(project("jar"), target)).hasMessage(
        "dockerdsl: parameter 'target' is 'podman'; allowed values: latest, engine-20.10, or a frontend version such as 1.4");
    PresetConfig port = new PresetConfig("java", null, 0, null, null, null, null, Map.of(), null);
    assertThatThrownBy(() -> generate(project("jar"), port))
        .hasMessage("dockerdsl: port '0' is out of range; ports are 1 to 65535");
  }

  @Test
  void a_parent_pom_without_modules_and_a_war_are_refused_with_what_to_do() {
    // an aggregator (packaging pom with modules) builds one of its modules: see ReactorFactsTest
    assertThatThrownBy(() -> generate(project("pom"), preset("java"))).hasMessage("dockerdsl: preset 'java' builds "
        + "one application jar, but app has packaging pom and no modules; configure the plugin in the module that "
        + "builds the application");
    assertThatThrownBy(() -> generate(project("war"), preset("java"))).hasMessage("dockerdsl: parameter 'packaging "
        + "(of app)' is 'war'; allowed values: jar; for other packagings write a DockerfileProvider and set <provider>");
  }

  @Test
  void quarkus_is_a_fast_jar_probed_on_q_health_when_smallrye_health_is_a_dependency() throws Exception {
    MavenProject quarkus = project("jar");
    quarkus.getBuild().addPlugin(plugin("io.quarkus.platform", "quarkus-maven-plugin"));
    Dependency health = new Dependency();
    health.setGroupId("io.quarkus");
    health.setArtifactId("quarkus-smallrye-health");
    quarkus.getModel().addDependency(health);
    Generated g = generate(quarkus, preset("java"));
    assertThat(g.evidence()).startsWith("Quarkus fast-jar: build plugin quarkus-maven-plugin",
        "port 8080: Quarkus default (no quarkus.http.port in application.properties/yml)",
        "healthcheck http://127.0.0.1:8080/q/health: quarkus-smallrye-health");
    assertThat(g.dockerfile()).contains("quarkus-run.jar", "http://127.0.0.1:8080/q/health");
  }

  @Test
  void the_java_preset_reads_boot_finalname_and_release_from_the_model() throws Exception {
    MavenProject boot = project("jar");
    Parent parent = new Parent();
    parent.setGroupId("org.springframework.boot");
    parent.setArtifactId("spring-boot-starter-parent");
    parent.setVersion("3.3.5");
    boot.getModel().setParent(parent);
    boot.getBuild().addPlugin(plugin("org.springframework.boot", "spring-boot-maven-plugin"));
    boot.getProperties().setProperty("maven.compiler.release", "21");
    Generated g = generate(boot, preset("java"));
    assertThat(g.evidence()).containsExactly(
        "Spring Boot 3.3.5: build plugin org.springframework.boot:spring-boot-maven-plugin (parent spring-boot-starter-parent)",
        "port 8080: Spring Boot default (no server.port in application.properties/yml)",
        "no healthcheck: spring-boot-starter-actuator is not a dependency (with it, /actuator/health) (set "
            + "<healthPath> to probe one)",
        "jar target/app-1.0.jar: build.finalName", "Java 21: property maven.compiler.release");
    assertThat(g.dockerfile()).startsWith("# syntax=docker/dockerfile:1.4\n\n# Generated by dockerdsl-maven-plugin "
        + "(preset java); run 'mvn dockerdsl:generate' to update it.\n")
        .contains("FROM eclipse-temurin:21-jre AS runtime",
            "java -Djarmode=tools -jar /build/target/app-1.0.jar extract --layers --launcher",
            "org.springframework.boot.loader.launch.JarLauncher");
    assertThat(g.dockerIgnore()).get().asString().startsWith("# Generated by dockerdsl-maven-plugin (preset java)");
  }

  @Test
  void a_provider_that_is_missing_or_wrong_is_named() {
    PresetConfig missing = new PresetConfig(null, "com.acme.Nope", null, null, null, null, null, Map.of(), null);
    assertThatThrownBy(() -> generate(project("jar"), missing)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("dockerdsl: parameter 'provider' is 'com.acme.Nope', a class found neither in the "
            + "project's classes");
    PresetConfig wrong = new PresetConfig(null, "java.lang.Object", null, null, null, null, null, Map.of(), null);
    assertThatThrownBy(() -> generate(project("jar"), wrong)).hasMessage("dockerdsl: parameter 'provider' is "
        + "'java.lang.Object', which does not implement io.github.dockerdsl.DockerfileProvider; implement it "
        + "(dockerfile(Project) returns the Dockerfile)");
    PresetConfig withPort = new PresetConfig(null, "java.lang.Object", 8080, null, null, null, null, Map.of(), null);
    assertThatThrownBy(() -> generate(project("jar"), withPort)).hasMessage("dockerdsl: parameter 'port' configures a "
        + "preset and is not used with 'provider' (java.lang.Object); set it in your provider's code, or remove it");
  }

  private static Plugin plugin(String groupId, String artifactId) {
    Plugin p = new Plugin();
    p.setGroupId(groupId);
    p.setArtifactId(artifactId);
    return p;
  }
}
