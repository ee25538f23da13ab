package io.github.dockerdsl.approvals;

import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.PackageInstall;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** One approved Dockerfile per package manager, each with the cleaning and the cache-mount mode. */
class PackageInstallApprovalTest {
  private static void verify(String image, PackageInstall install) {
    Dockerfile df = Dockerfile.builder()
        .declareRequiredSyntax()
        .stage(Stage.from(image).as("cleaned").run(install.toRun()).build())
        .stage(Stage.from(image).as("cached").run(install.withCacheMounts().toRun()).build())
        .build(Policy.none());
    Approvals.verify(df.toString(), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void apt() {
    verify("debian:bookworm-slim", PackageInstall.apt("ca-certificates", "curl").withPinned("git", "1:2.39.2-1.1"));
  }

  @Test
  void apk() {
    verify("alpine:3.20", PackageInstall.apk("ca-certificates", "curl").withPinned("git", "2.45.2-r0"));
  }

  @Test
  void dnf() {
    verify("fedora:40", PackageInstall.dnf("ca-certificates", "curl").withPinned("git", "2.45.2"));
  }

  @Test
  void microdnf() {
    verify("registry.access.redhat.com/ubi9/ubi-minimal:9.4",
        PackageInstall.microdnf("ca-certificates", "curl").withPinned("git", "2.43.5"));
  }

  @Test
  void one_package_stays_on_the_install_line() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("debian:bookworm-slim").run(PackageInstall.apt("tini").toRun()).build())
        .stage(Stage.from("alpine:3.20").run(PackageInstall.apk("tini").toRun()).build())
        .build(Policy.none());
    Approvals.verify(df.toString(), new Options().forFile().withExtension(".Dockerfile"));
  }
}
