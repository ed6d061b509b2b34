package dev.parzen.mlflow.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one warning a tuning gets when its tracking fails: tracking then stops, the tuning goes on.
 * Messages name the store without credentials. Thread-safe.
 */
public final class TrackingWarnings {

  /** The logger every message of this module goes to. */
  public static final System.Logger LOG = System.getLogger("dev.parzen.mlflow");

  private final String tuning;
  private final String target;
  private final String keptIn;
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * Warnings for one tuning.
   *
   * @param tuning the tuning's name
   * @param target where runs go, as shown to users
   * @param keptIn where the trials are kept regardless (the journal or the result)
   */
  public TrackingWarnings(String tuning, String target, String keptIn) {
    this.tuning = tuning;
    this.target = target;
    this.keptIn = keptIn;
  }

  /** Warns about {@code cause} unless this tuning was already warned about. */
  public void trackingFailed(Throwable cause) {
    if (!warned.compareAndSet(false, true)) {
      return;
    }
    String why = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    LOG.log(
        Level.WARNING,
        "MLflow tracking of tuning '%s' to %s stopped: %s. The tuning goes on; %s keeps every trial."
            .formatted(tuning, target, TrackingTarget.redact(why), keptIn));
    LOG.log(Level.DEBUG, "MLflow tracking failure of " + tuning, cause);
  }

  /** True once a warning was given. */
  public boolean warned() {
    return warned.get();
  }
}
