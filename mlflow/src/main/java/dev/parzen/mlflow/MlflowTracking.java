package dev.parzen.mlflow;

import dev.parzen.PendingTrial;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningProgress;
import dev.parzen.TuningResult;
import dev.parzen.mlflow.internal.TrackingSettings;
import dev.parzen.mlflow.internal.TrackingWarnings;
import dev.parzen.mlflow.internal.TuningSession;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Logs tunings to MLflow: one experiment per tuning class, a parent run per tuning with its
 * settings and, at the end, the best parameters ({@code best_<label>} params) and {@code
 * best_loss}; one child run per trial with its typed parameters, {@code trial_number}, the metrics
 * {@code loss}, {@code loss_variance} and {@code duration_s}, and status FINISHED or FAILED.
 *
 * <p>Registered with {@link java.util.ServiceLoader}: putting {@code parzen-mlflow} on the class
 * path and setting {@value #TRACKING_URI} (or {@code MLFLOW_TRACKING_URI}) is all it takes. An
 * {@code http(s)://} URI logs to a tracking server over its REST API (token from {@code
 * MLFLOW_TRACKING_TOKEN}, or {@code MLFLOW_TRACKING_USERNAME}/{@code MLFLOW_TRACKING_PASSWORD}); a
 * {@code file:} URI or a plain path writes MLflow's local file store ({@code mlruns}). Without a
 * tracking URI this listener does nothing. Settings are looked up with {@link TuningInfo#setting}:
 * the tuning's configuration, then system properties, then environment variables.
 *
 * <p>Tracking never fails a tuning and never blocks it on a slow server: updates go to the store in
 * order on a background thread, flushed when the tuning ends (waiting at most the {@value
 * #FLUSH_TIMEOUT} setting, 60 seconds by default). The first failure is logged once as a warning on
 * the {@code dev.parzen.mlflow} logger and ends tracking for that tuning; the tuning's result and
 * journal keep every trial. Credentials never appear in messages.
 *
 * <p>Thread-safe: one instance may watch several tunings at once.
 */
public final class MlflowTracking implements TuningListener {

  /** Where to track: {@code http(s)://host:port}, {@code file:/path/to/mlruns} or a path. */
  public static final String TRACKING_URI = TrackingSettings.TRACKING_URI;

  /** The experiment name; default {@code MLFLOW_EXPERIMENT_NAME}, else the tuning class. */
  public static final String EXPERIMENT = TrackingSettings.EXPERIMENT;

  /** The longest param value sent, in characters: default 250, at most 6000; longer are cut. */
  public static final String MAX_PARAM_VALUE_LENGTH = TrackingSettings.MAX_PARAM_VALUE_LENGTH;

  /** The timeout of each REST request, in seconds; default 30. */
  public static final String REQUEST_TIMEOUT = TrackingSettings.REQUEST_TIMEOUT;

  /** How long the end of a tuning waits for tracking to catch up, in seconds; default 60. */
  public static final String FLUSH_TIMEOUT = TrackingSettings.FLUSH_TIMEOUT;

  private final Map<TuningInfo, TuningSession> sessions =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** A listener; {@link java.util.ServiceLoader} creates one per tuning. */
  public MlflowTracking() {}

  @Override
  public void tuningStarted(TuningInfo info) {
    guarded(
        info,
        () ->
            TuningSession.open(info, info::setting)
                .ifPresent(
                    s -> {
                      sessions.put(info, s);
                      s.started();
                    }));
  }

  @Override
  public void trialStarted(TuningInfo info, PendingTrial trial) {
    withSession(info, s -> s.trialStarted(trial));
  }

  @Override
  public void trialFinished(TuningInfo info, Trial<?> trial, TuningProgress progress) {
    withSession(info, s -> s.trialFinished(trial));
  }

  @Override
  public void tuningFinished(TuningInfo info, TuningResult<?> result) {
    TuningSession s = sessions.remove(info);
    if (s != null) {
      guarded(info, () -> s.finished(result));
    }
  }

  private void withSession(TuningInfo info, Consumer<TuningSession> call) {
    TuningSession s = sessions.get(info);
    if (s != null) {
      guarded(info, () -> call.accept(s));
    }
  }

  /** Listeners never fail a tuning: a bug here ends tracking for it, with one warning. */
  private void guarded(TuningInfo info, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException | LinkageError e) {
      sessions.remove(info);
      TrackingWarnings.LOG.log(
          Level.WARNING,
          "MLflow tracking of tuning '%s' stopped after an unexpected error: %s"
              .formatted(info.name(), e));
    }
  }
}
