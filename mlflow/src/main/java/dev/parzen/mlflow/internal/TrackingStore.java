package dev.parzen.mlflow.internal;

import java.io.IOException;

/**
 * Where runs go: an MLflow tracking server or a local {@code mlruns} directory. Calls come from one
 * thread at a time, in order.
 */
public interface TrackingStore {

  /**
   * The id of the active experiment called {@code name}, created when there is none.
   *
   * @throws IOException when the store cannot be reached, or the experiment is deleted
   */
  String experimentId(String name) throws IOException;

  /** Creates a RUNNING run and returns its id. */
  String createRun(NewRun run) throws IOException;

  /** Logs metrics, params and tags to a run; params are write-once. */
  void log(String runId, LogBatch batch) throws IOException;

  /** Ends a run with {@code status} at {@code endTime} (epoch milliseconds). */
  void finishRun(String runId, RunStatus status, long endTime) throws IOException;

  /** Where a user looks at a run: a UI link or a directory. */
  String describeRun(String experimentId, String runId);
}
