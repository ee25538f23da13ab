package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunTest {
  @Test
  void shell_form_is_one_line() {
    assertThat(Run.shell("echo hello").toString()).isEqualTo("RUN echo hello");
  }

  @Test
  void all_of_joins_commands_with_continuations() {
    assertThat(Run.of(Command.allOf("apt-get update", "apt-get install -y curl")).toString()).isEqualTo(""
        + "RUN apt-get update \\\n"
        + "    && apt-get install -y curl");
  }

  @Test
  void exec_form_is_a_json_array() {
    assertThat(Run.of(Command.exec("echo", "a b", "\"q\"")).toString())
        .isEqualTo("RUN [\"echo\", \"a b\", \"\\\"q\\\"\"]");
  }

  @Test
  void each_mount_goes_on_its_own_line() {
    Run run = Run.shell("go build ./...")
        .withMount(CacheMount.of("/root/.cache/go-build"))
        .withMount(CacheMount.of("/go/pkg/mod"));
    assertThat(run.toString()).isEqualTo(""
        + "RUN --mount=type=cache,target=/root/.cache/go-build \\\n"
        + "    --mount=type=cache,target=/go/pkg/mod \\\n"
        + "    go build ./...");
  }

  @Test
  void network_flag_without_mounts_stays_on_the_line() {
    assertThat(Run.shell("make test").withNetwork(Network.NONE).toString())
        .isEqualTo("RUN --network=none make test");
    assertThat(Run.shell("make test").withNetwork(Network.HOST).toString())
        .isEqualTo("RUN --network=host make test");
    assertThat(Run.shell("make test").withNetwork(Network.DEFAULT).toString())
        .isEqualTo("RUN --network=default make test");
  }

  @Test
  void security_flag() {
    assertThat(Run.shell("mount -t tmpfs none /mnt").withSecurity(Security.INSECURE).toString())
        .isEqualTo("RUN --security=insecure mount -t tmpfs none /mnt");
    assertThat(Run.shell("id").withSecurity(Security.SANDBOX).toString()).isEqualTo("RUN --security=sandbox id");
  }

  @Test
  void mounts_network_and_security_together_one_flag_per_line() {
    Run run = Run.shell("make").withMount(TmpfsMount.of("/tmp")).withNetwork(Network.NONE)
        .withSecurity(Security.SANDBOX);
    assertThat(run.toString()).isEqualTo(""
        + "RUN --mount=type=tmpfs,target=/tmp \\\n"
        + "    --network=none \\\n"
        + "    --security=sandbox \\\n"
        + "    make");
  }

  @Test
  void exec_form_with_flags() {
    assertThat(Run.of(Command.exec("make", "test")).withNetwork(Network.NONE).toString())
        .isEqualTo("RUN --network=none [\"make\", \"test\"]");
  }

  @Test
  void heredoc_script() {
    Run run = Run.of(Command.heredoc(Heredoc.of("EOF", "set -e", "apt-get update", "apt-get install -y curl")));
    assertThat(run.toString()).isEqualTo(""
        + "RUN <<EOF\n"
        + "set -e\n"
        + "apt-get update\n"
        + "apt-get install -y curl\n"
        + "EOF");
  }

  @Test
  void several_heredocs_in_one_run() {
    Run run = Run.of(Command.heredocs("<<A cat > /a.txt && <<B cat > /b.txt",
        Heredoc.of("A", "first"), Heredoc.of("B", "second", "more")));
    assertThat(run.toString()).isEqualTo(""
        + "RUN <<A cat > /a.txt && <<B cat > /b.txt\n"
        + "first\n"
        + "A\n"
        + "second\n"
        + "more\n"
        + "B");
  }

  @Test
  void heredoc_with_a_mount() {
    Run run = Run.of(Command.heredocs("python3 <<\"PY\"", Heredoc.of("PY", "print('$HOME')").literal()))
        .withMount(CacheMount.of("/root/.cache"));
    assertThat(run.toString()).isEqualTo(""
        + "RUN --mount=type=cache,target=/root/.cache \\\n"
        + "    python3 <<\"PY\"\n"
        + "print('$HOME')\n"
        + "PY");
  }

  @Test
  void refuses_two_mounts_on_one_target() {
    assertThatThrownBy(() -> Run.shell("x").withMount(CacheMount.of("/c")).withMount(TmpfsMount.of("/c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two mounts have the target '/c'; give each mount its own target");
  }

  @Test
  void refuses_two_secrets_for_one_variable() {
    assertThatThrownBy(() -> Run.shell("x").withMount(SecretMount.of("a").withEnv("TOKEN"))
        .withMount(SecretMount.of("b").withEnv("TOKEN")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two secret mounts set the variable 'TOKEN'; give each secret its own env name");
  }

  @Test
  void refuses_empty_exec_form() {
    assertThatThrownBy(() -> Run.of(Command.exec()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RUN exec form has no arguments; name the program to run");
  }

  @Test
  void refuses_a_heredoc_marker_in_a_shell_line() {
    assertThatThrownBy(() -> Run.shell("cat <<EOF > /x").toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shell command 'cat <<EOF > /x' contains '<<', which BuildKit reads as a heredoc marker; "
            + "use Command.heredocs(...) for inline documents, or '<<<' for a here-string");
  }

  @Test
  void allows_a_here_string() {
    assertThat(Run.shell("cat <<< hello").toString()).isEqualTo("RUN cat <<< hello");
  }

  @Test
  void refuses_a_heredoc_marker_in_an_exec_argument() {
    assertThatThrownBy(() -> Run.of(Command.exec("sh", "<<EOF")).toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RUN argument '<<EOF' contains '<<', which BuildKit reads as a heredoc marker; "
            + "use Command.heredocs(...) for inline documents, or '<<<' for a here-string");
  }

  @Test
  void refuses_a_trailing_escape_character() {
    assertThatThrownBy(() -> Run.shell("echo \\").toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RUN line 'echo \\' ends with the escape character '\\', which would join it with the next line; "
            + "remove the trailing '\\' or quote it");
  }

  @Test
  void null_parts_are_npe() {
    assertThatThrownBy(() -> new Run(null, List.of(), Optional.empty(), Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("command == null");
    assertThatThrownBy(() -> Run.shell("x").withMount(null))
        .isInstanceOf(NullPointerException.class).hasMessage("mount == null");
  }

  @Test
  void keyword_and_equality() {
    assertThat(Run.shell("x").keyword()).isEqualTo("RUN");
    assertThat(Run.shell("x")).isEqualTo(Run.of(Command.shell("x")));
  }
}
