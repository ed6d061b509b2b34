package dev.parzen.junit;

import org.opentest4j.TestAbortedException;

/**
 * A trial did not succeed and its test is reported as aborted: by default failed trials are data
 * the search learns from, not test failures; and trials stopped by the tuning (timeout, early stop,
 * cancellation) never finished.
 */
public final class TrialAbortedException extends TestAbortedException {

  private static final long serialVersionUID = 1L;

  /**
   * The exception with {@code message}.
   *
   * @param message why the trial did not succeed
   * @param cause the objective's exception; {@code null} when there was none
   */
  public TrialAbortedException(String message, Throwable cause) {
    super(message, cause);
  }
}
