package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a method as a tuning objective: the {@code parzen} test engine runs it once per trial with
 * a parameter object drawn from its space, and records the value it returns as the trial's loss.
 *
 * <p>The method takes one parameter, a type annotated as a space (a record or class whose fields
 * carry {@link Uniform}, {@link Choice}, …), and returns a {@code double} or a {@code Loss}. A run
 * shows up in the IDE's test tree and in the build's test reports, one test per trial.
 *
 * <p>Every attribute has a default that suits a first run: {@code @Tune} alone runs TPE, serially,
 * for the number of trials the space's size calls for, with a fresh recorded seed. The compiler
 * checks the values it can (durations, counts, rates).
 *
 * <p>{@code @Tune} is meta-annotated with JUnit's {@code @Testable} so that IDEs offer to run it;
 * that annotation is only needed at compile time by tools and is absent without harm.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Testable
public @interface Tune {

  /**
   * How many trials to run. {@code -1} (the default) applies the max-evals advice for the space
   * (between 10 and 20 trials per numeric parameter, plus 15 per combination of categories) and
   * reports the figure used. Otherwise {@code >= 1}.
   */
  int maxEvals() default -1;

  /** How many trials run at once; {@code >= 1}. Parallel trials see each other's pending points. */
  int parallelism() default 1;

  /**
   * The seed of the search. {@code -1} (the default) draws a fresh seed, recorded in the result so
   * the run can be repeated; a serial run with the same seed repeats the same trials.
   */
  long seed() default -1;

  /** Whether the objective is minimised (a loss, the default) or maximised (a score). */
  Direction direction() default Direction.MINIMIZE;

  /** The search algorithm; TPE by default. */
  Search algorithm() default Search.TPE;

  /**
   * A limit on the whole run's wall time, written like {@code "90s"}, {@code "10m"}, {@code
   * "1h30m"} (units {@code d}, {@code h}, {@code m}, {@code s}, {@code ms}) or in ISO-8601 ({@code
   * "PT10M"}). When it passes no new trial starts and running ones finish. Empty (the default)
   * means no limit.
   */
  String timeout() default "";

  /**
   * A limit on one trial's wall time, in the format of {@link #timeout()}; a trial that exceeds it
   * fails and the search goes on. Empty (the default) means no limit.
   */
  String trialTimeout() default "";

  /**
   * How many cores one trial uses (a library's {@code n_jobs} or thread count); {@code >= 1}. The
   * executor plans parallel trials with it, and the objective can read it from its trial context.
   */
  int threadsPerTrial() default 1;

  /**
   * Stop as soon as a trial reaches this loss (in the direction's sense: at or below it when
   * minimising, at or above when maximising). {@code NaN} (the default) means never.
   */
  double lossThreshold() default Double.NaN;

  /** Stop when the loss no longer improves; off by default ({@code trials = 0}). */
  NoProgress earlyStop() default @NoProgress(trials = 0);

  /**
   * The largest fraction of failed trials, in {@code [0, 1]}, before the run is abandoned as
   * broken; checked once enough trials have finished to judge. {@code 0.5} by default.
   */
  double maxFailureRate() default 0.5;
}
