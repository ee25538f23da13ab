package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HEALTHCHECK: how Docker tells a running container is healthy, in exec form only; or NONE, which
 * turns off a check inherited from the base image.
 *
 * @param argv the check command; empty for {@code HEALTHCHECK NONE}
 * @param interval time between checks (default 30s)
 * @param timeout time before a check counts as failed (default 30s)
 * @param startPeriod grace time after start (default 0s)
 * @param startInterval time between checks during the start period (default 5s; Engine 25)
 * @param retries failures in a row before unhealthy (default 3)
 */
public record Healthcheck(List<String> argv, Optional<Duration> interval, Optional<Duration> timeout,
    Optional<Duration> startPeriod, Optional<Duration> startInterval, Optional<Integer> retries)
    implements Instruction {
  /** Checks durations and that NONE has no options. */
  public Healthcheck {
    argv = Checks.immutableList(argv, "argv");
    checkDuration(interval, "interval");
    checkDuration(timeout, "timeout");
    checkDuration(startPeriod, "start-period");
    checkDuration(startInterval, "start-interval");
    if (Objects.requireNonNull(retries, "retries == null").isPresent()) { // no lambdas on a lint's path
      Checks.checkArgument(retries.get() >= 1, "HEALTHCHECK retries '%d' is less than 1; give 1 or more",
          retries.get());
    }
    if (argv.isEmpty()) {
      Checks.checkArgument(interval.isEmpty() && timeout.isEmpty() && startPeriod.isEmpty()
              && startInterval.isEmpty() && retries.isEmpty(),
          "HEALTHCHECK NONE takes no options; remove them or give a command");
    }
  }

  private static void checkDuration(Optional<Duration> value, String name) {
    if (Checks.requireNonNull(value, name).isPresent()) {
      Duration d = value.get();
      Checks.checkArgument(!d.isNegative() && !d.isZero() && d.getNano() % 1_000_000 == 0,
          "HEALTHCHECK --%s '%s' is not a positive whole number of milliseconds; use e.g. Duration.ofSeconds(30)",
          name, d);
    }
  }

  /** A check running this argument vector, with Docker's default timings. */
  public static Healthcheck of(String... argv) {
    Checks.checkArgument(argv.length > 0, "HEALTHCHECK has no command; use Healthcheck.none() to disable checks");
    return new Healthcheck(Checks.checkExecutable(List.of(argv), "HEALTHCHECK"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** {@code HEALTHCHECK NONE}. */
  public static Healthcheck none() {
    return new Healthcheck(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** True for {@code HEALTHCHECK NONE}. */
  public boolean isNone() {
    return argv.isEmpty();
  }

  /** A copy with {@code --interval}. */
  public Healthcheck withInterval(Duration value) {
    return new Healthcheck(argv, Optional.of(value), timeout, startPeriod, startInterval, retries);
  }

  /** A copy with {@code --timeout}. */
  public Healthcheck withTimeout(Duration value) {
    return new Healthcheck(argv, interval, Optional.of(value), startPeriod, startInterval, retries);
  }

  /** A copy with {@code --start-period}. */
  public Healthcheck withStartPeriod(Duration value) {
    return new Healthcheck(argv, interval, timeout, Optional.of(value), startInterval, retries);
  }

  /** A copy with {@code --start-interval}. */
  public Healthcheck withStartInterval(Duration value) {
    return new Healthcheck(argv, interval, timeout, startPeriod, Optional.of(value), retries);
  }

  /** A copy with {@code --retries}. */
  public Healthcheck withRetries(int value) {
    return new Healthcheck(argv, interval, timeout, startPeriod, startInterval, Optional.of(value));
  }

  @Override
  public String keyword() {
    return "HEALTHCHECK";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitHealthcheck(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
