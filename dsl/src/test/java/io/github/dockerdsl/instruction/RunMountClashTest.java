package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Run's mount clash check compares each mount with the ones before it: it refuses exactly what the
 * sets it replaced refused, with the same first message, over seeded lists of mounts.
 */
class RunMountClashTest {
  private static final String[] TARGETS = {"/a", "/b", "/c"};
  private static final String[] ENVS = {"TOKEN", "KEY"};

  private static Mount mount(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> CacheMount.of(TARGETS[random.nextInt(TARGETS.length)]);
      case 1 -> TmpfsMount.of(TARGETS[random.nextInt(TARGETS.length)]);
      case 2 -> SecretMount.of("s" + random.nextInt(3)).withEnv(ENVS[random.nextInt(ENVS.length)]);
      default -> random.nextBoolean() ? SecretMount.of("s").withTarget(TARGETS[random.nextInt(TARGETS.length)])
          : SecretMount.of("s").withTarget(TARGETS[random.nextInt(TARGETS.length)])
              .withEnv(ENVS[random.nextInt(ENVS.length)]);
    };
  }

  /** The check before: a set of targets and one of secret env names, filled in order. */
  private static String before(List<Mount> mounts) {
    if (mounts.size() > 1) {
      Set<String> targets = new HashSet<>();
      Set<String> envs = new HashSet<>();
      for (Mount mount : mounts) {
        if (mount.targetPath().isPresent() && !targets.add(mount.targetPath().get())) {
          return "two mounts have the target '" + mount.targetPath().get() + "'; give each mount its own target";
        }
        if (mount instanceof SecretMount s && s.env().isPresent() && !envs.add(s.env().get())) {
          return "two secret mounts set the variable '" + s.env().get() + "'; give each secret its own env name";
        }
      }
    }
    return "built";
  }

  @RepeatedTest(100)
  void clashes_are_refused_as_before(RepetitionInfo repetition) {
    long seed = 1517L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    Set<String> outcomes = new HashSet<>();
    for (int k = 0; k < 50; k++) {
      List<Mount> mounts = new ArrayList<>();
      for (int n = random.nextInt(6); n > 0; n--) {
        mounts.add(mount(random));
      }
      String now;
      try {
        new Run(Command.shell("true"), mounts, java.util.Optional.empty(), java.util.Optional.empty());
        now = "built";
      } catch (IllegalArgumentException e) {
        now = e.getMessage();
      }
      assertThat(now).as("seed %d, mounts %s", seed, mounts).isEqualTo(before(mounts));
      outcomes.add(now.substring(0, Math.min(now.length(), 16)));
    }
    // the cases build, clash on a target and clash on an env name
    assertThat(outcomes).as("seed %d", seed).contains("built", "two mounts have ", "two secret mount");
  }
}
