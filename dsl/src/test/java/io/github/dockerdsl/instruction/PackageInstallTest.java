package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Sharing;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageInstallTest {
  @Test
  void apt_updates_installs_and_cleans_in_one_run() {
    assertThat(PackageInstall.apt("curl").toString()).isEqualTo(""
        + "RUN apt-get update \\\n"
        + "    && apt-get install -y --no-install-recommends curl \\\n"
        + "    && rm -rf /var/lib/apt/lists/*");
  }

  @Test
  void apt_with_cache_mounts_keeps_the_caches_and_removes_docker_clean() {
    Run run = PackageInstall.apt("curl").withCacheMounts().toRun();
    assertThat(run.mounts()).containsExactly(
        CacheMount.of("/var/cache/apt").withSharing(Sharing.LOCKED),
        CacheMount.of("/var/lib/apt").withSharing(Sharing.LOCKED));
    assertThat(run.toString()).isEqualTo(""
        + "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
        + "    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n"
        + "    rm -f /etc/apt/apt.conf.d/docker-clean \\\n"
        + "    && apt-get update \\\n"
        + "    && apt-get install -y --no-install-recommends curl");
  }

  @Test
  void apk_without_and_with_cache() {
    assertThat(PackageInstall.apk("curl").toString()).isEqualTo("RUN apk add --no-cache curl");
    assertThat(PackageInstall.apk("curl").withCacheMounts().toString()).isEqualTo(""
        + "RUN --mount=type=cache,target=/var/cache/apk,sharing=locked \\\n"
        + "    apk add --update-cache curl");
  }

  @Test
  void dnf_and_microdnf() {
    assertThat(PackageInstall.dnf("curl").toString()).isEqualTo(""
        + "RUN dnf install -y --setopt=install_weak_deps=0 --nodocs curl \\\n"
        + "    && dnf clean all");
    assertThat(PackageInstall.microdnf("curl").toString()).isEqualTo(""
        + "RUN microdnf install -y --setopt=install_weak_deps=0 --nodocs curl \\\n"
        + "    && microdnf clean all");
    assertThat(PackageInstall.dnf("curl").withCacheMounts().toString()).isEqualTo(""
        + "RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked \\\n"
        + "    dnf install -y --setopt=install_weak_deps=0 --setopt=keepcache=1 --nodocs curl");
    assertThat(PackageInstall.microdnf("curl").withCacheMounts().toRun().mounts())
        .containsExactly(CacheMount.of("/var/cache/yum").withSharing(Sharing.LOCKED));
  }

  @Test
  void several_packages_one_per_line_in_the_given_order() {
    assertThat(PackageInstall.apk("zlib", "curl").withPackages("bash").toString()).isEqualTo(""
        + "RUN apk add --no-cache \\\n"
        + "        zlib \\\n"
        + "        curl \\\n"
        + "        bash");
  }

  @Test
  void pinned_versions_in_each_managers_syntax() {
    assertThat(PackageInstall.apt().withPinned("curl", "7.88.1-10+deb12u5").packages())
        .containsExactly("curl=7.88.1-10+deb12u5");
    assertThat(PackageInstall.apk().withPinned("curl", "8.5.0-r0").packages()).containsExactly("curl=8.5.0-r0");
    assertThat(PackageInstall.dnf().withPinned("curl", "8.6.0").packages()).containsExactly("curl-8.6.0");
    assertThat(PackageInstall.microdnf().withPinned("curl", "7.76.1-29.el9").packages())
        .containsExactly("curl-7.76.1-29.el9");
    assertThat(PackageInstall.apt("git=1:2.39.2-1.1", "libssl3:arm64").packages())
        .containsExactly("git=1:2.39.2-1.1", "libssl3:arm64");
  }

  @Test
  void of_any_manager() {
    assertThat(PackageInstall.of(PackageInstall.Manager.APK, List.of("curl")))
        .isEqualTo(PackageInstall.apk("curl"));
    assertThat(PackageInstall.apk("curl").withCacheMounts().cacheMounts()).isTrue();
  }

  @Test
  void refuses_shell_metacharacters_in_names() {
    assertThatThrownBy(() -> PackageInstall.apt("curl; rm -rf /"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("package 'curl; rm -rf /' is not a valid package name; "
            + "package names use letters, digits and + . _ : - only, e.g. 'ca-certificates'");
    assertThatThrownBy(() -> PackageInstall.apk("$(id)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("package '$(id)' is not a valid package name");
    assertThatThrownBy(() -> PackageInstall.dnf("curl=1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("package 'curl=1.0' is not a valid package name");
    assertThatThrownBy(() -> PackageInstall.apt("-o=APT::x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("package '-o=APT::x' is not a valid package name");
    assertThatThrownBy(() -> PackageInstall.apt("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("package 'a\\nb' is not a valid package name");
  }

  @Test
  void refuses_bad_versions() {
    assertThatThrownBy(() -> PackageInstall.apt("curl=1.0 && id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("package version '1.0 && id' is not valid (in 'curl'); "
            + "versions use letters, digits and + . ~ : _ - only");
    assertThatThrownBy(() -> PackageInstall.apk().withPinned("curl", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("package version '' is not valid (in 'curl'); versions use letters, digits and + . ~ : _ - only");
    assertThatThrownBy(() -> PackageInstall.apk().withPinned("cu rl", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("package 'cu rl' is not a valid package name");
  }

  @Test
  void refuses_no_packages_when_run() {
    assertThatThrownBy(() -> PackageInstall.apt().toRun())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("apt install has no packages; name at least one");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> PackageInstall.apt("a", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("packages[1] == null");
    assertThatThrownBy(() -> PackageInstall.of(null, List.of("a"))).isInstanceOf(NullPointerException.class)
        .hasMessage("manager == null");
  }
}
