package dev.parzen.mlflow.internal;

import java.util.List;

/**
 * What one {@code runs/log-batch} call carries for a run. Immutable.
 *
 * @param metrics metric values, appended
 * @param params parameters, write-once
 * @param tags tags, overwritten
 */
public record LogBatch(List<Metric> metrics, List<Param> params, List<Tag> tags) {

  /** Copies the lists. */
  public LogBatch {
    metrics = List.copyOf(metrics);
    params = List.copyOf(params);
    tags = List.copyOf(tags);
  }

  /** A batch of parameters only. */
  public static LogBatch ofParams(List<Param> params) {
    return new LogBatch(List.of(), params, List.of());
  }

  /** A batch of tags only. */
  public static LogBatch ofTags(List<Tag> tags) {
    return new LogBatch(List.of(), List.of(), tags);
  }

  /** A batch of metrics only. */
  public static LogBatch ofMetrics(List<Metric> metrics) {
    return new LogBatch(metrics, List.of(), List.of());
  }

  /** The number of entities. */
  public int size() {
    return metrics.size() + params.size() + tags.size();
  }

  /** True when there is nothing to log. */
  public boolean isEmpty() {
    return size() == 0;
  }
}
