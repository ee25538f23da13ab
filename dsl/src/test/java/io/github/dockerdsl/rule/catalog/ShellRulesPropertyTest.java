package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.rule.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** The shell rules never throw, whatever the RUN says. */
class ShellRulesPropertyTest {
  private static final String[] WORDS = {"apt-get", "apt", "apk", "dnf", "yum", "microdnf", "zypper", "pip",
      "python3", "-m", "npm", "yarn", "gem", "git", "curl", "wget", "rpm", "sudo", "env", "xargs", "sh", "-c", "cd",
      "set", "-o", "pipefail", "install", "add", "update", "upgrade", "config", "set", "clean", "all", "-y", "-n",
      "-k", "-qq", "--no-cache", "--no-cache-dir", "--trusted-host", "strict-ssl", "false", "http.sslVerify=false",
      "rm", "-rf", "/var/lib/apt/lists/*", "curl=1", "wget", "&&", "||", ";", "|", "(", ")", "$(", "`", "'", "\"",
      "\\", "<<EOF", "A=1", "NODE_TLS_REJECT_UNAUTHORIZED=0", "export", "-", "--", "=", "yes", "echo", "{", "}"};

  @RepeatedTest(200)
  void rules_never_throw(RepetitionInfo info) {
    long seed = 0xD0C_0000L + info.getCurrentRepetition();
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int l = 0; l < 1 + random.nextInt(4); l++) {
      StringBuilder line = new StringBuilder("x ");
      for (int w = 0; w < 1 + random.nextInt(25); w++) {
        line.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      lines.add(line.toString().strip());
    }
    Dockerfile df;
    try {
      Stage.Builder stage = Stage.from("debian:12").as("runtime").workdir("/app")
          .run(Run.of(Command.shellLines(lines)).withMount(CacheMount.of("/var/cache/apt")))
          .run(Command.exec(List.of("/bin/sh", "-c", String.join(" ", lines))))
          .run(Command.exec(lines));
      if (lines.stream().noneMatch(l -> l.equals("SCRIPT"))) {
        stage.run(Command.heredoc(Heredoc.of("SCRIPT", lines.toArray(new String[0]))));
      }
      df = Dockerfile.builder().stage(stage.build()).build(Policy.none());
    } catch (IllegalArgumentException invalid) {
      return; // the model refuses it; rules only ever see valid models
    }
    try {
      Policy.strict().evaluate(df);
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + " failed on: " + lines, e);
    }
  }
}
