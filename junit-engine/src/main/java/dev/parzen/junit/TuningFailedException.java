package dev.parzen.junit;

/**
 * A tuning as a whole failed although some trials succeeded: more trials failed than its {@code
 * maxFailureRate} allows. The message groups the failure causes with their counts.
 */
public final class TuningFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The exception with {@code message}. */
  public TuningFailedException(String message) {
    super(message);
  }
}
