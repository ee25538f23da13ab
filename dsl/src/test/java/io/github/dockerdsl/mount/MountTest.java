package io.github.dockerdsl.mount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Run;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each mount type with every option, as the RUN line renders it. */
class MountTest {
  private static String flag(Mount mount) {
    String text = Run.shell("true").withMount(mount).toString();
    return text.substring("RUN ".length(), text.indexOf(" \\\n"));
  }

  @Test
  void bind_mount_options() {
    assertThat(flag(Mount.bind("/src"))).isEqualTo("--mount=type=bind,target=/src");
    assertThat(flag(BindMount.of("/src").withSource("app").withFrom(new StageRef("build")).withReadWrite()))
        .isEqualTo("--mount=type=bind,target=/src,source=app,from=build,rw");
    assertThat(flag(BindMount.of("/x").withFrom(ImageRef.parse("alpine:3.20"))))
        .isEqualTo("--mount=type=bind,target=/x,from=alpine:3.20");
  }

  @Test
  void cache_mount_options() {
    assertThat(flag(Mount.cache("/root/.npm"))).isEqualTo("--mount=type=cache,target=/root/.npm");
    CacheMount m = CacheMount.of("/var/cache/apt").withId("apt-cache").withSharing(Sharing.LOCKED)
        .withFrom(NamedContext.of("seed")).withSource("/cache").withReadOnly().withMode(FileMode.of("0755"))
        .withOwner(1000, 1001);
    assertThat(flag(m)).isEqualTo("--mount=type=cache,id=apt-cache,target=/var/cache/apt,sharing=locked,"
        + "from=seed,source=/cache,ro,mode=0755,uid=1000,gid=1001");
    assertThat(flag(CacheMount.of("/c").withSharing(Sharing.PRIVATE))).endsWith("sharing=private");
    assertThat(flag(CacheMount.of("/c").withSharing(Sharing.SHARED))).endsWith("sharing=shared");
  }

  @Test
  void tmpfs_mount_options() {
    assertThat(flag(Mount.tmpfs("/tmp"))).isEqualTo("--mount=type=tmpfs,target=/tmp");
    assertThat(flag(TmpfsMount.of("/tmp").withSize(64L * 1024 * 1024)))
        .isEqualTo("--mount=type=tmpfs,target=/tmp,size=67108864");
  }

  @Test
  void secret_mount_options() {
    assertThat(flag(Mount.secret("npmrc"))).isEqualTo("--mount=type=secret,id=npmrc");
    SecretMount m = SecretMount.of("token").withTarget("/root/.token").withEnv("API_TOKEN").withRequired()
        .withMode(FileMode.of("0400")).withOwner(10001, 10001);
    assertThat(flag(m)).isEqualTo(
        "--mount=type=secret,id=token,target=/root/.token,env=API_TOKEN,required,mode=0400,uid=10001,gid=10001");
  }

  @Test
  void ssh_mount_options() {
    assertThat(flag(Mount.ssh())).isEqualTo("--mount=type=ssh");
    SshMount m = SshMount.DEFAULT.withId("github").withTarget("/run/ssh.sock").withRequired().withOwner(1, 2);
    assertThat(flag(m)).isEqualTo("--mount=type=ssh,id=github,target=/run/ssh.sock,required,uid=1,gid=2");
    SshMount withMode = new SshMount(Optional.empty(), Optional.empty(), false, Optional.of(FileMode.of("0600")),
        Optional.empty(), Optional.empty());
    assertThat(flag(withMode)).isEqualTo("--mount=type=ssh,mode=0600");
  }

  @Test
  void accepts_relative_targets_which_buildkit_resolves_against_the_workdir() {
    assertThat(flag(BindMount.of("package.json").withSource("package.json")))
        .isEqualTo("--mount=type=bind,target=package.json,source=package.json");
    assertThat(flag(CacheMount.of("node_modules/.cache"))).isEqualTo("--mount=type=cache,target=node_modules/.cache");
  }


  @Test
  void refuses_option_values_that_break_the_flag() {
    assertThatThrownBy(() -> CacheMount.of("/a,target=/etc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mount option target '/a,target=/etc' contains ',', which cannot be written in a --mount flag; "
            + "use a value without commas, quotes, '=' or whitespace");
    assertThatThrownBy(() -> SecretMount.of("my secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mount option id 'my secret' contains ' ', which cannot be written in a --mount flag; "
            + "use a value without commas, quotes, '=' or whitespace");
    assertThatThrownBy(() -> BindMount.of("/x").withSource("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mount option source 'a\\nb' contains '\\n', which cannot be written in a --mount flag; "
            + "use a value without commas, quotes, '=' or whitespace");
    assertThatThrownBy(() -> CacheMount.of("/x").withId(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("mount option id is empty; give it a value");
  }

  @Test
  void refuses_the_escape_character_in_force_in_a_mount_flag() {
    assertThatThrownBy(() -> Run.shell("x").withMount(CacheMount.of("C:\\cache")).toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flag '--mount=type=cache,target=C:\\cache' contains the escape character '\\', which "
            + "BuildKit would remove; use '/' in paths, or switch the escape character with "
            + "Dockerfile.builder().escape(...)");
    assertThatThrownBy(() -> SecretMount.of("a\u00a0b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mount option id 'a\u00a0b' contains '\u00a0'");
  }

  @Test
  void refuses_negative_ids_and_sizes() {
    assertThatThrownBy(() -> CacheMount.of("/x").withOwner(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mount option uid '-1' is negative; ids are 0 or more");
    assertThatThrownBy(() -> TmpfsMount.of("/x").withSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tmpfs size '0' is not positive; give a size in bytes");
  }

  @Test
  void refuses_symbolic_cache_mode() {
    assertThatThrownBy(() -> CacheMount.of("/x").withMode(FileMode.of("u+w")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cache mount mode 'u+w' is symbolic; mount modes are octal, such as 0755");
  }

  @Test
  void refuses_bad_secret_env_and_an_anonymous_secret() {
    assertThatThrownBy(() -> SecretMount.of("a").withEnv("MY-TOKEN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret mount env 'MY-TOKEN' is not a variable name; names match [A-Za-z_][A-Za-z0-9_]*");
    assertThatThrownBy(() -> new SecretMount(Optional.empty(), Optional.empty(), Optional.empty(), false,
        Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret mount has neither id nor target; give it an id");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> CacheMount.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("target == null");
  }
}
