package dev.parzen.mlflow.internal;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The two {@code meta.yaml} documents of MLflow's file store, field for field as its {@code
 * FileStore} persists experiments and runs.
 */
final class FileStoreMeta {

  /** {@code SourceType.LOCAL}. */
  static final long SOURCE_LOCAL = 4;

  private FileStoreMeta() {}

  /**
   * An experiment's {@code meta.yaml}.
   *
   * @param id the experiment id (a directory name)
   * @param name the experiment name
   * @param artifactLocation the {@code file:} URI of the experiment's directory
   * @param created creation time, epoch milliseconds
   */
  record Experiment(String id, String name, String artifactLocation, long created) {
    String yaml() {
      SortedMap<String, Object> m = new TreeMap<>();
      m.put("artifact_location", artifactLocation);
      m.put("creation_time", created);
      m.put("experiment_id", id);
      m.put("last_update_time", created);
      m.put("lifecycle_stage", "active");
      m.put("name", name);
      return MetaYaml.write(m);
    }
  }

  /**
   * A run's {@code meta.yaml}.
   *
   * @param experimentId the experiment id
   * @param runId the run id (32 hex digits)
   * @param name the run name, equal to the {@code mlflow.runName} tag
   * @param artifactUri the {@code file:} URI of the run's artifacts directory
   * @param user the user
   * @param start start time, epoch milliseconds
   * @param end end time, or {@code null} while running
   * @param status the status
   */
  record Run(
      String experimentId,
      String runId,
      String name,
      String artifactUri,
      String user,
      long start,
      Long end,
      RunStatus status) {

    Run finished(RunStatus newStatus, long endTime) {
      return new Run(experimentId, runId, name, artifactUri, user, start, endTime, newStatus);
    }

    String yaml() {
      SortedMap<String, Object> m = new TreeMap<>();
      m.put("artifact_uri", artifactUri);
      m.put("deleted_time", null);
      m.put("end_time", end);
      m.put("entry_point_name", "");
      m.put("experiment_id", experimentId);
      m.put("lifecycle_stage", "active");
      m.put("run_id", runId);
      m.put("run_name", name);
      m.put("run_uuid", runId);
      m.put("source_name", "");
      m.put("source_type", SOURCE_LOCAL);
      m.put("source_version", "");
      m.put("start_time", start);
      m.put("status", (long) status.code());
      m.put("tags", MetaYaml.EMPTY_LIST);
      m.put("user_id", user);
      return MetaYaml.write(m);
    }
  }
}
