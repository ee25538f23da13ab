package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelTest {
  @Test
  void oci_labels() {
    assertThat(Label.of("org.opencontainers.image.source", "https://github.com/acme/app")
        .and("org.opencontainers.image.description", "The Acme app").toString()).isEqualTo(""
        + "LABEL org.opencontainers.image.source=https://github.com/acme/app \\\n"
        + "    org.opencontainers.image.description=\"The Acme app\"");
  }

  @Test
  void refuses_invalid_key() {
    assertThatThrownBy(() -> Label.of("bad key", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LABEL key 'bad key' is not valid; keys match [A-Za-z0-9][A-Za-z0-9._/-]*, "
            + "e.g. org.opencontainers.image.source");
  }

  @Test
  void refuses_duplicates_and_empty() {
    assertThatThrownBy(() -> Label.of("a", "1").and("a", "2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("LABEL key 'a' appears twice; set it once");
    assertThatThrownBy(() -> new Label(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LABEL has no entries; give at least one key and value");
  }
}
