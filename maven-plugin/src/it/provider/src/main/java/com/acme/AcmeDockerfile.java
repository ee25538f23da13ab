package com.acme;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.DockerfileProvider;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.presets.Customization;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaPreset;
import io.github.dockerdsl.presets.Transforms;
import java.util.List;
import java.util.Optional;

/** ACME's standard: the Java preset, base images from the company mirror, and a cost-centre label. */
public class AcmeDockerfile implements DockerfileProvider {
  private static JavaPreset preset(Project project) {
    Customization acme = Customization.builder()
        .transform(Transforms.rewriteRegistry(Optional.empty(), "registry.acme.example/dockerhub"))
        .transform(Transforms.addLabels(List.of(
            KeyValue.of("com.acme.cost-center", project.properties().getOrDefault("acme.costCenter", "unknown")),
            KeyValue.of("com.acme.artifact", project.groupId() + ":" + project.artifactId() + ":" + project.version()))))
        .build();
    return JavaPreset.of(JavaOptions.builder().artifactName(project.finalName()).port(8081).build()).with(acme);
  }

  @Override
  public Dockerfile dockerfile(Project project) {
    return preset(project).toDockerfile();
  }

  @Override
  public Optional<DockerIgnore> dockerIgnore(Project project) {
    return Optional.of(preset(project).toDockerIgnore());
  }
}
