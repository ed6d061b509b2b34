package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Early stopping for {@link Tune#earlyStop()}: stop when the best loss has not improved for {@code
 * trials} consecutive trials.
 *
 * <p>Used only as the value of {@code earlyStop}: {@code @Tune(earlyStop = @NoProgress(trials =
 * 40))}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface NoProgress {

  /** How many trials without progress end the run; {@code 0} turns early stopping off. */
  int trials();

  /**
   * The smallest improvement that counts as progress, relative to the best loss so far ({@code
   * 0.01} = 1%); {@code 0} (the default) counts any improvement. Must be {@code >= 0}.
   */
  double minRelativeImprovement() default 0;
}
