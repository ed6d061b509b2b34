package dev.parzen.mlflow.internal;

import dev.parzen.PendingTrial;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningResult;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The MLflow side of one tuning: turns its events into store calls run in order on a background
 * sender. Event methods are called on the tuning's thread and never throw; the first tracking
 * failure is warned about once and ends tracking for this tuning.
 */
public final class TuningSession {

  private static final int QUEUE_CAPACITY = 4096;

  private final TuningInfo info;
  private final TrackingSettings settings;
  private final TrackingStore store;
  private final TrackingWarnings warnings;
  private final OrderedSender sender;
  private final ParentLayout parentLayout;
  private final TrialLayout trialLayout;
  private final RunRef parent = new RunRef();
  private final Map<Integer, RunRef> children = new LinkedHashMap<>();
  private volatile String experimentId;

  private TuningSession(TuningInfo info, TrackingSettings settings, TrackingStore store) {
    this.info = info;
    this.settings = settings;
    this.store = store;
    String keptIn =
        info.journal() == null
            ? "the tuning's result"
            : "the journal " + info.journal().toAbsolutePath();
    this.warnings = new TrackingWarnings(info.name(), settings.target().display(), keptIn);
    this.sender =
        new OrderedSender(
            "parzen-mlflow-" + info.name(),
            QUEUE_CAPACITY,
            settings.requestTimeout(),
            warnings::trackingFailed);
    String user = System.getProperty("user.name", "unknown");
    KeyNames names = new KeyNames(Set.of(TrialLayout.TRIAL_NUMBER));
    this.parentLayout = new ParentLayout(info, names, settings.maxParamValue(), user);
    this.trialLayout = new TrialLayout(names, settings.maxParamValue(), user);
  }

  /**
   * The session for a starting tuning, or empty when no tracking URI is configured (silently) or a
   * setting is invalid (with a warning).
   *
   * @param settings looks a setting up by name; {@link TuningInfo#setting} in production
   */
  public static Optional<TuningSession> open(
      TuningInfo info, Function<String, Optional<String>> settings) {
    try {
      return TrackingSettings.read(info.name(), settings)
          .map(s -> new TuningSession(info, s, store(s)));
    } catch (IllegalArgumentException e) {
      TrackingWarnings.LOG.log(
          Level.WARNING,
          "MLflow tracking is off for tuning '%s': %s".formatted(info.name(), e.getMessage()));
      return Optional.empty();
    }
  }

  private static TrackingStore store(TrackingSettings s) {
    if (s.target() instanceof TrackingTarget.Server server) {
      var client =
          new RestClient(
              server.base(), s.credentials(), s.requestTimeout(), Duration.ofMillis(250));
      return new RestStore(server.base(), client);
    }
    var local = (TrackingTarget.LocalStore) s.target();
    return new FileStore(local.root(), System.getProperty("user.name", "unknown"));
  }

  /** Finds or creates the experiment, creates the parent run and logs the settings. */
  public void started() {
    NewRunTemplate run =
        new NewRunTemplate(
            ParentLayout.runName(info.name()),
            info.startedAt().toEpochMilli(),
            parentLayout.startTags());
    LogBatch params = parentLayout.startParams();
    String experiment = settings.experiment();
    sender.submit(
        () -> {
          experimentId = store.experimentId(experiment);
          parent.id = store.createRun(run.in(experimentId));
          store.log(parent.id, params);
        });
  }

  /** Creates the trial's child run with its params. */
  public void trialStarted(PendingTrial trial) {
    RunRef child = new RunRef();
    children.put(trial.number(), child);
    LogBatch params = trialLayout.params(trial.number(), trial.assignment());
    long start = trial.asked().toEpochMilli();
    String name = TrialLayout.runName(trial.number());
    sender.submit(
        () -> {
          var run = new NewRun(experimentId, name, start, trialLayout.startTags(trial, parent.id));
          child.id = store.createRun(run);
          store.log(child.id, params);
        });
  }

  /** Logs the trial's metrics and status, ends its run, adds its loss to the parent's history. */
  public void trialFinished(Trial<?> trial) {
    RunRef child = children.remove(trial.number());
    if (child == null) {
      child = startLate(trial);
    }
    RunRef run = child;
    LogBatch end = trialLayout.end(trial);
    RunStatus status = TrialLayout.status(trial.status());
    long endTime = TrialLayout.endTime(trial);
    LogBatch history = LogBatch.ofMetrics(parentLayout.trialMetrics(trial));
    sender.submit(
        () -> {
          store.log(run.id, end);
          store.finishRun(run.id, status, endTime);
          if (!history.isEmpty()) {
            store.log(parent.id, history);
          }
        });
  }

  /**
   * Ends runs left open, logs the best trial and the outcome to the parent, ends it, and waits for
   * all of it to reach the store (at most the flush timeout).
   */
  public void finished(TuningResult<?> result) {
    long now = System.currentTimeMillis();
    for (RunRef open : children.values()) {
      sender.submit(() -> store.finishRun(open.id, RunStatus.KILLED, now));
    }
    children.clear();
    LogBatch end = parentLayout.end(result, now);
    RunStatus status = ParentLayout.status(result);
    sender.submit(
        () -> {
          store.log(parent.id, end);
          store.finishRun(parent.id, status, now);
        });
    if (!sender.finish(settings.flushTimeout())) {
      warnings.trackingFailed(
          new IllegalStateException(
              ("the last updates did not reach it within %s, so some runs may stay RUNNING; raise"
                      + " %s if the store is just slow")
                  .formatted(settings.flushTimeout(), TrackingSettings.FLUSH_TIMEOUT)));
    } else if (!warnings.warned()) {
      TrackingWarnings.LOG.log(Level.INFO, done());
    }
  }

  /** Whether tracking stopped because of a failure. */
  public boolean failed() {
    return warnings.warned();
  }

  private String done() {
    String where = store.describeRun(experimentId, parent.id);
    if (settings.target() instanceof TrackingTarget.LocalStore) {
      return ("MLflow runs of tuning '%s' are in %s; view them with: MLFLOW_ALLOW_FILE_STORE=true"
              + " mlflow ui --backend-store-uri %s")
          .formatted(info.name(), where, settings.target().display());
    }
    return "MLflow run of tuning '%s': %s".formatted(info.name(), where);
  }

  private RunRef startLate(Trial<?> trial) {
    RunRef child = new RunRef();
    LogBatch params = trialLayout.params(trial.number(), trial.assignment());
    long start = trial.start().toEpochMilli();
    String name = TrialLayout.runName(trial.number());
    sender.submit(
        () -> {
          var run =
              new NewRun(
                  experimentId, name, start, trialLayout.startTags(trial.number(), parent.id));
          child.id = store.createRun(run);
          store.log(child.id, params);
        });
    return child;
  }

  /** A run id, known once the sender has created the run; read and written on the sender. */
  private static final class RunRef {
    volatile String id;
  }

  /** A run whose experiment id is known only on the sender. */
  private record NewRunTemplate(String name, long startTime, List<Tag> tags) {
    NewRun in(String experimentId) {
      return new NewRun(experimentId, name, startTime, tags);
    }
  }
}
