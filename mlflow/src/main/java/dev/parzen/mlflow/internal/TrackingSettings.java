package dev.parzen.mlflow.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The MLflow settings of one tuning, read once when it starts: where to track, the experiment, the
 * limits and timeouts, the credentials.
 *
 * @param target where runs go
 * @param experiment the experiment name
 * @param maxParamValue the longest param value sent, in characters
 * @param requestTimeout the timeout of each REST request
 * @param flushTimeout how long the end of a tuning waits for tracking to catch up
 * @param credentials the server credentials
 */
public record TrackingSettings(
    TrackingTarget target,
    String experiment,
    int maxParamValue,
    Duration requestTimeout,
    Duration flushTimeout,
    Credentials credentials) {

  /** Where to track; falls back to MLflow's own variable. */
  public static final String TRACKING_URI = "parzen.mlflow.trackingUri";

  /** The experiment name; falls back to MLflow's own variable, then to the tuning class. */
  public static final String EXPERIMENT = "parzen.mlflow.experiment";

  /** The longest param value sent (default 250, at most 6000). */
  public static final String MAX_PARAM_VALUE_LENGTH = "parzen.mlflow.maxParamValueLength";

  /** The timeout of each REST request, in seconds (default 30). */
  public static final String REQUEST_TIMEOUT = "parzen.mlflow.requestTimeoutSeconds";

  /** How long the end of a tuning waits for tracking to catch up, in seconds (default 60). */
  public static final String FLUSH_TIMEOUT = "parzen.mlflow.flushTimeoutSeconds";

  static final String MLFLOW_TRACKING_URI = "MLFLOW_TRACKING_URI";
  static final String MLFLOW_EXPERIMENT_NAME = "MLFLOW_EXPERIMENT_NAME";

  /**
   * The settings, or empty when no tracking URI is configured.
   *
   * @param tuningName the tuning's name, for the default experiment
   * @param settings looks a setting up by name (configuration, system property, environment)
   * @throws IllegalArgumentException when a setting is invalid, saying which and how to fix it
   */
  public static Optional<TrackingSettings> read(
      String tuningName, Function<String, Optional<String>> settings) {
    Optional<String> uri =
        settings.apply(TRACKING_URI).or(() -> settings.apply(MLFLOW_TRACKING_URI));
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    TrackingTarget target = TrackingTarget.parse(uri.get());
    String experiment =
        settings
            .apply(EXPERIMENT)
            .or(() -> settings.apply(MLFLOW_EXPERIMENT_NAME))
            .map(String::strip)
            .orElse(ParentLayout.experimentName(tuningName));
    int maxParam =
        (int)
            number(settings, MAX_PARAM_VALUE_LENGTH, Limits.PARAM_VALUE, 1, Limits.PARAM_VALUE_MAX);
    long request = number(settings, REQUEST_TIMEOUT, 30, 1, 3600);
    long flush = number(settings, FLUSH_TIMEOUT, 60, 0, 86_400);
    String userInfo = target instanceof TrackingTarget.Server s ? s.userInfo() : null;
    return Optional.of(
        new TrackingSettings(
            target,
            experiment,
            maxParam,
            Duration.ofSeconds(request),
            Duration.ofSeconds(flush),
            Credentials.from(settings, userInfo)));
  }

  private static long number(
      Function<String, Optional<String>> settings, String key, long dflt, long min, long max) {
    Optional<String> raw = settings.apply(key);
    if (raw.isEmpty()) {
      return dflt;
    }
    try {
      long v = Long.parseLong(raw.get().strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new IllegalArgumentException(
        "%s must be a whole number from %d to %d (was '%s'); fix it or remove it to use %d"
            .formatted(key, min, max, raw.get(), dflt));
  }
}
