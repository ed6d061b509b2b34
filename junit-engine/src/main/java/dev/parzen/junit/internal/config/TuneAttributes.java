package dev.parzen.junit.internal.config;

import dev.parzen.Durations;
import dev.parzen.EarlyStop;
import dev.parzen.annotations.Direction;
import dev.parzen.annotations.Search;
import dev.parzen.annotations.Tune;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The attributes of one {@link Tune} annotation, checked and converted, with the engine-wide
 * overrides applied by {@link #overriddenBy}. Immutable.
 *
 * @param maxEvals the trial budget; empty for the max-evals advice
 * @param parallelism how many trials run at once
 * @param seed the run seed; empty for a fresh one
 * @param direction minimise or maximise
 * @param algorithm the search algorithm
 * @param timeout the run's wall-time limit
 * @param trialTimeout one trial's wall-time limit
 * @param threadsPerTrial the cores one trial uses
 * @param lossThreshold the loss that ends the run early
 * @param earlyStop the no-progress rule
 * @param maxFailureRate the largest tolerated share of failed trials
 */
public record TuneAttributes(
    OptionalInt maxEvals,
    int parallelism,
    OptionalLong seed,
    Direction direction,
    Search algorithm,
    Optional<Duration> timeout,
    Optional<Duration> trialTimeout,
    int threadsPerTrial,
    OptionalDouble lossThreshold,
    Optional<EarlyStop> earlyStop,
    double maxFailureRate) {

  /**
   * What is wrong with the attributes of {@code tune}, one sentence each; empty when they are
   * valid.
   */
  public static List<String> problems(Tune tune) {
    List<String> problems = new ArrayList<>();
    if (tune.maxEvals() != -1 && tune.maxEvals() < 1) {
      problems.add(
          "maxEvals must be >= 1, or -1 for the advice of the space (was %d)"
              .formatted(tune.maxEvals()));
    }
    atLeastOne(problems, "parallelism", tune.parallelism());
    atLeastOne(problems, "threadsPerTrial", tune.threadsPerTrial());
    duration(problems, "timeout", tune.timeout());
    duration(problems, "trialTimeout", tune.trialTimeout());
    if (Double.isInfinite(tune.lossThreshold())) {
      problems.add(
          "lossThreshold must be a finite number (was %s)".formatted(tune.lossThreshold()));
    }
    if (tune.earlyStop().trials() < 0) {
      problems.add(
          "earlyStop trials must be >= 0, where 0 turns it off (was %d)"
              .formatted(tune.earlyStop().trials()));
    } else if (tune.earlyStop().trials() > 0) {
      try {
        earlyStop(tune);
      } catch (IllegalArgumentException e) {
        problems.add("earlyStop: " + e.getMessage());
      }
    }
    double rate = tune.maxFailureRate();
    if (!(rate >= 0 && rate <= 1)) {
      problems.add(
          "maxFailureRate must be in [0, 1], e.g. 0.5 for half the trials (was %s)"
              .formatted(rate));
    }
    return problems;
  }

  /**
   * The attributes of {@code tune}.
   *
   * @throws IllegalArgumentException listing every {@link #problems problem}
   */
  public static TuneAttributes of(Tune tune) {
    List<String> problems = problems(tune);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid @Tune: " + String.join("; ", problems));
    }
    return new TuneAttributes(
        tune.maxEvals() == -1 ? OptionalInt.empty() : OptionalInt.of(tune.maxEvals()),
        tune.parallelism(),
        tune.seed() == -1 ? OptionalLong.empty() : OptionalLong.of(tune.seed()),
        tune.direction(),
        tune.algorithm(),
        optionalDuration(tune.timeout()),
        optionalDuration(tune.trialTimeout()),
        tune.threadsPerTrial(),
        Double.isNaN(tune.lossThreshold())
            ? OptionalDouble.empty()
            : OptionalDouble.of(tune.lossThreshold()),
        tune.earlyStop().trials() == 0 ? Optional.empty() : Optional.of(earlyStop(tune)),
        tune.maxFailureRate());
  }

  /** These attributes with {@code parzen.maxEvals}, {@code parzen.parallelism} and seed applied. */
  public TuneAttributes overriddenBy(EngineConfiguration config) {
    return new TuneAttributes(
        config.maxEvals().isPresent() ? config.maxEvals() : maxEvals,
        config.parallelism().orElse(parallelism),
        config.seed().isPresent() ? config.seed() : seed,
        direction,
        algorithm,
        timeout,
        trialTimeout,
        threadsPerTrial,
        lossThreshold,
        earlyStop,
        maxFailureRate);
  }

  private static EarlyStop earlyStop(Tune tune) {
    return EarlyStop.noProgress(
        tune.earlyStop().trials(), tune.earlyStop().minRelativeImprovement());
  }

  private static void atLeastOne(List<String> problems, String name, int value) {
    if (value < 1) {
      problems.add("%s must be >= 1 (was %d)".formatted(name, value));
    }
  }

  private static void duration(List<String> problems, String name, String text) {
    if (text.isBlank()) {
      return;
    }
    try {
      Duration d = Durations.parse(text);
      if (d.isZero() || d.isNegative()) {
        problems.add(
            "%s must be longer than zero (was '%s'); leave it empty for no limit"
                .formatted(name, text));
      }
    } catch (IllegalArgumentException e) {
      problems.add(name + ": " + e.getMessage());
    }
  }

  private static Optional<Duration> optionalDuration(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(Durations.parse(text));
  }
}
