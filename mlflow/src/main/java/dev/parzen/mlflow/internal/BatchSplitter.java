package dev.parzen.mlflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Cuts a {@link LogBatch} into requests within MLflow's {@code log-batch} limits: at most 1000
 * entities, 1000 metrics, 100 params and 100 tags, and at most 1 MB of JSON. Order is kept: params
 * first, then tags, then metrics, each in the given order.
 */
public final class BatchSplitter {

  private final ToIntFunction<Object> jsonBytes;
  private final int envelopeBytes;

  /**
   * A splitter.
   *
   * @param jsonBytes the size of one entity's JSON, in bytes
   * @param envelopeBytes the size of a request with no entities, in bytes
   */
  public BatchSplitter(ToIntFunction<Object> jsonBytes, int envelopeBytes) {
    this.jsonBytes = jsonBytes;
    this.envelopeBytes = envelopeBytes;
  }

  /** The requests for {@code batch}; none when it is empty. */
  public List<LogBatch> split(LogBatch batch) {
    List<LogBatch> out = new ArrayList<>();
    Chunk chunk = new Chunk();
    List<Object> all = new ArrayList<>(batch.params());
    all.addAll(batch.tags());
    all.addAll(batch.metrics());
    for (Object e : all) {
      int bytes = jsonBytes.applyAsInt(e) + 1;
      if (!chunk.fits(e, bytes)) {
        out.add(chunk.toBatch());
        chunk = new Chunk();
      }
      chunk.add(e, bytes);
    }
    if (chunk.size() > 0) {
      out.add(chunk.toBatch());
    }
    return out;
  }

  /** One request being filled. */
  private final class Chunk {
    private final List<Metric> metrics = new ArrayList<>();
    private final List<Param> params = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private int bytes = envelopeBytes;

    boolean fits(Object e, int entityBytes) {
      if (size() == 0) {
        return true;
      }
      if (size() + 1 > Limits.BATCH_ENTITIES || bytes + entityBytes > Limits.BATCH_BYTES) {
        return false;
      }
      if (e instanceof Metric) {
        return metrics.size() < Limits.BATCH_METRICS;
      }
      if (e instanceof Param) {
        return params.size() < Limits.BATCH_PARAMS;
      }
      return tags.size() < Limits.BATCH_TAGS;
    }

    void add(Object e, int entityBytes) {
      bytes += entityBytes;
      if (e instanceof Metric m) {
        metrics.add(m);
      } else if (e instanceof Param p) {
        params.add(p);
      } else {
        tags.add((Tag) e);
      }
    }

    int size() {
      return metrics.size() + params.size() + tags.size();
    }

    LogBatch toBatch() {
      return new LogBatch(metrics, params, tags);
    }
  }
}
