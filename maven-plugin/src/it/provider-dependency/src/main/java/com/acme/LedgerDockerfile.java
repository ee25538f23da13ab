package com.acme;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.DockerfileProvider;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.presets.Customization;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaPreset;
import io.github.dockerdsl.presets.Transforms;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;

/** The Java preset with a label computed by a class from a compile dependency of the project. */
public class LedgerDockerfile implements DockerfileProvider {
  @Override
  public Dockerfile dockerfile(Project project) {
    Customization label = Customization.builder()
        .transform(Transforms.addLabels(List.of(KeyValue.of("com.acme.built-in-phase", LifecyclePhase.PACKAGE.id()))))
        .build();
    return JavaPreset.of(JavaOptions.builder().artifactName(project.finalName()).build()).with(label).toDockerfile();
  }
}
