package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageRefTest {
  private static final String HEX = "0123456789abcdef".repeat(4);

  @Test
  void official_image_with_tag() {
    ImageRef ref = ImageRef.parse("python:3.12-slim");
    assertThat(ref.registry()).isEmpty();
    assertThat(ref.repository()).isEqualTo("python");
    assertThat(ref.tag()).contains("3.12-slim");
    assertThat(ref.digest()).isEmpty();
    assertThat(ref.isPinned()).isTrue();
  }

  @Test
  void registry_with_port_and_nested_path() {
    ImageRef ref = ImageRef.parse("registry.example.com:5000/team/sub/app:1.2.3");
    assertThat(ref.registry()).contains("registry.example.com:5000");
    assertThat(ref.repository()).isEqualTo("team/sub/app");
    assertThat(ref.tag()).contains("1.2.3");
    assertThat(ref.nameWithRegistry()).isEqualTo("registry.example.com:5000/team/sub/app");
  }

  @Test
  void localhost_registry_with_port_and_no_tag() {
    ImageRef ref = ImageRef.parse("localhost:5000/app");
    assertThat(ref.registry()).contains("localhost:5000");
    assertThat(ref.repository()).isEqualTo("app");
    assertThat(ref.tag()).isEmpty();
    assertThat(ref.isPinned()).isFalse();
    assertThat(ImageRef.parse("localhost/app").registry()).contains("localhost");
  }

  @Test
  void docker_hub_user_repository_has_no_registry() {
    ImageRef ref = ImageRef.parse("bitnami/redis:7.2");
    assertThat(ref.registry()).isEmpty();
    assertThat(ref.repository()).isEqualTo("bitnami/redis");
  }

  @Test
  void digest_only() {
    ImageRef ref = ImageRef.parse("alpine@sha256:" + HEX);
    assertThat(ref.tag()).isEmpty();
    assertThat(ref.digest()).contains(Digest.sha256(HEX));
    assertThat(ref.isPinned()).isTrue();
    assertThat(ref.toString()).isEqualTo("alpine@sha256:" + HEX);
  }

  @Test
  void tag_and_digest() {
    ImageRef ref = ImageRef.parse("ghcr.io/acme/app:1.2@sha256:" + HEX);
    assertThat(ref.registry()).contains("ghcr.io");
    assertThat(ref.tag()).contains("1.2");
    assertThat(ref.digest()).isPresent();
    assertThat(ref.toString()).isEqualTo("ghcr.io/acme/app:1.2@sha256:" + HEX);
  }

  @Test
  void variables_in_tag_and_repository() {
    ImageRef ref = ImageRef.parse("node:${NODE_VERSION}");
    assertThat(ref.tag()).contains("${NODE_VERSION}");
    assertThat(ref.hasVariables()).isTrue();
    assertThat(ref.isPinned()).isFalse();
    assertThat(ImageRef.parse("$REGISTRY/app:$TAG").registry()).isEmpty();
    assertThat(ImageRef.parse("${REGISTRY}/app:${VERSION:-1.0}-slim").toString())
        .isEqualTo("${REGISTRY}/app:${VERSION:-1.0}-slim");
    assertThat(ImageRef.parse("golang:${GO_VERSION}-alpine${ALPINE}").tag()).contains("${GO_VERSION}-alpine${ALPINE}");
  }

  @Test
  void latest_is_not_pinned() {
    assertThat(ImageRef.parse("node:latest").isPinned()).isFalse();
    assertThat(ImageRef.parse("node").isPinned()).isFalse();
  }

  @Test
  void ipv6_registry() {
    assertThat(ImageRef.parse("[::1]:5000/app:1").registry()).contains("[::1]:5000");
  }

  @Test
  void copy_modifiers() {
    ImageRef ref = ImageRef.parse("node:20");
    assertThat(ref.withTag("22-slim").toString()).isEqualTo("node:22-slim");
    assertThat(ref.withDigest(Digest.sha256(HEX)).toString()).isEqualTo("node:20@sha256:" + HEX);
    assertThat(ref.withDigest(Digest.sha256(HEX)).withoutDigest()).isEqualTo(ref);
    assertThat(ref.withoutTag().toString()).isEqualTo("node");
    assertThat(ref.withRegistry(Optional.of("mirror.acme.internal:443")).toString())
        .isEqualTo("mirror.acme.internal:443/node:20");
    assertThat(ImageRef.parse("quay.io/x/y:1").withRegistry(Optional.empty()).toString()).isEqualTo("x/y:1");
    assertThat(ref.reference()).isEqualTo("node:20");
  }

  @Test
  void equality_is_structural() {
    assertThat(ImageRef.parse("a/b:c")).isEqualTo(ImageRef.parse("a/b:c")).hasSameHashCodeAs(ImageRef.parse("a/b:c"));
    assertThat(ImageRef.parse("a/b:c")).isNotEqualTo(ImageRef.parse("a/b:d"));
  }

  @Test
  void refuses_empty() {
    assertThatThrownBy(() -> ImageRef.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference '' is empty; name an image such as 'debian:bookworm-slim'");
  }

  @Test
  void refuses_whitespace() {
    assertThatThrownBy(() -> ImageRef.parse("node:20 AS build"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'node:20 AS build' contains whitespace; references have no spaces");
    assertThatThrownBy(() -> ImageRef.parse("node\nRUN x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'node\\nRUN x' contains whitespace; references have no spaces");
  }

  @Test
  void refuses_upper_case_repository() {
    assertThatThrownBy(() -> ImageRef.parse("acme/MyApp:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'acme/MyApp:1' has an invalid repository path component 'MyApp'; "
            + "repository names must be lower case");
  }

  @Test
  void refuses_bad_path_component() {
    assertThatThrownBy(() -> ImageRef.parse("acme//app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'acme//app' has an invalid repository path component ''; "
            + "path components are lower-case letters and digits separated by '.', '_', '__' or '-'");
    assertThatThrownBy(() -> ImageRef.parse("app-:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'app-:1' has an invalid repository path component 'app-'; "
            + "path components are lower-case letters and digits separated by '.', '_', '__' or '-'");
  }

  @Test
  void refuses_bad_tag() {
    assertThatThrownBy(() -> ImageRef.parse("node:Latest!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'node:Latest!' has an invalid tag 'Latest!'; tags match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    assertThatThrownBy(() -> ImageRef.parse("node:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'node:' has an invalid tag ''; tags match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    assertThatThrownBy(() -> ImageRef.parse("node:" + "a".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has an invalid tag");
  }

  @Test
  void refuses_bad_digest() {
    assertThatThrownBy(() -> ImageRef.parse("node@sha256:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'node@sha256:abc' has an invalid digest 'sha256:abc'; "
            + "digests look like sha256:<64 lower-case hex digits>");
  }

  @Test
  void refuses_bad_registry() {
    assertThatThrownBy(() -> ImageRef.parse("my_registry.com:5000/app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'my_registry.com:5000/app' has an invalid registry 'my_registry.com:5000'; "
            + "registries look like host[:port], e.g. 'registry.example.com:5000'");
    assertThatThrownBy(() -> ImageRef.parse("registry.example.com:http/app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has an invalid registry 'registry.example.com:http'");
  }

  @Test
  void refuses_missing_repository() {
    assertThatThrownBy(() -> ImageRef.parse("ghcr.io/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'ghcr.io/' has no repository name; name an image such as 'debian:bookworm-slim'");
  }

  @Test
  void refuses_overlong_names() {
    assertThatThrownBy(() -> ImageRef.parse("a/" + "b".repeat(260)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image reference 'a/" + "b".repeat(260) + "' is longer than 255 characters; "
            + "shorten the repository name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-app", "app/", ":tag", "app:tag:more", "app@", "a\"b", "app:1;rm", "app`x`"})
  void refuses_malformed(String text) {
    assertThatThrownBy(() -> ImageRef.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("image reference '" + text + "' ");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> ImageRef.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text == null");
  }
}
