package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteAddChecksumTest {
  private static final String SHA = "sha256:" + "a".repeat(64);

  private static List<String> findings(Add add) {
    return Findings.of(Rules.REMOTE_ADD_CHECKSUM, Stage.from("node:20").add(add));
  }

  @Test
  void url_without_checksum_is_a_warning() {
    assertThat(Rules.REMOTE_ADD_CHECKSUM.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(findings(Add.of("https://example.com/tool.tar.gz", "/opt/"))).containsExactly(
        "0/0 ADD of 'https://example.com/tool.tar.gz' has no --checksum, so the build takes whatever the server "
            + "sends, and a changed or tampered file goes unnoticed");
  }

  @Test
  void git_without_commit_is_reported() {
    assertThat(findings(Add.of("https://github.com/acme/app.git#main", "/src/"))).containsExactly(
        "0/0 ADD of git repository 'https://github.com/acme/app.git#main' pins no commit, so a moved branch or tag "
            + "changes the build");
  }

  @Test
  void checksums_and_commit_hashes_are_fine() {
    assertThat(findings(Add.of("https://example.com/tool.tar.gz", "/opt/").withChecksum(SHA))).isEmpty();
    assertThat(findings(Add.of("https://github.com/acme/app.git#main", "/src/").withChecksum("0123abc"))).isEmpty();
    assertThat(findings(Add.of("https://github.com/acme/app.git#" + "0123456789".repeat(4), "/src/"))).isEmpty();
    assertThat(findings(Add.of("vendor.tar.gz", "/opt/"))).isEmpty();
  }
}
