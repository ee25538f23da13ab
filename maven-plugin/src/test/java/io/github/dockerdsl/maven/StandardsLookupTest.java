package io.github.dockerdsl.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.presets.CompanyStandards;
import java.io.File;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code standards} parameter, with the ACME jar on the test class path as a plugin dependency is. */
class StandardsLookupTest {
  private static final ClassLoader PLUGIN = StandardsLookupTest.class.getClassLoader();

  @TempDir
  File dir;

  @Test
  void unset_means_no_standards() throws Exception {
    assertThat(StandardsLookup.find(null, PLUGIN)).isEmpty();
    assertThat(StandardsLookup.find(" ", PLUGIN)).isEmpty();
  }

  @Test
  void a_name_finds_the_standards_among_the_plugin_dependencies() throws Exception {
    assertThat(StandardsLookup.find("acme", PLUGIN)).map(CompanyStandards::name).contains("acme");
  }

  @Test
  void an_unknown_name_lists_what_was_found_and_says_where_to_add_the_jar() {
    assertThatThrownBy(() -> StandardsLookup.find("globex", PLUGIN)).isInstanceOf(ConfigurationException.class)
        .hasMessage("dockerdsl: parameter 'standards' is 'globex', which no jar on the plugin's class path provides; "
            + "found: acme (ACME Corp: mirrored and digest-pinned base images, ACME labels, the corporate CA, policy "
            + "acme-strict). Add the jar of the standards to the plugin's <dependencies>");
  }

  @Test
  void a_provider_applies_standards_itself() throws Exception {
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId("app");
    model.setVersion("1.0");
    model.setBuild(new Build());
    MavenProject project = new MavenProject(model);
    project.setFile(new File(dir, "pom.xml"));
    PresetConfig config = new PresetConfig(null, "com.acme.AcmeDockerfile", null, null, null, null, null, Map.of(),
        null);
    Optional<CompanyStandards> acme = Optional.of(StandardsLookup.find("acme", PLUGIN).orElseThrow());
    assertThatThrownBy(() -> Generator.generate(project, config, acme, true, PLUGIN))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("dockerdsl: parameter 'standards' ('acme') applies to presets; provider com.acme.AcmeDockerfile "
            + "applies standards in its own code: preset.with(standards.asCustomization())");
  }
}
