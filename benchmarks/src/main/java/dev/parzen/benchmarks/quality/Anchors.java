package dev.parzen.benchmarks.quality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parzen.tpe.bench.BenchProblems;
import java.util.List;

/**
 * The reference results of {@code bench/anchors.json}: what Hyperopt 0.3.0 and Optuna 3.1.0 reached
 * on the benchmark problems over 30 seeds, each seed's best loss at every checkpoint, and their
 * suggestion latency on the 10-dimensional sphere. Immutable; thread-safe.
 */
public final class Anchors {

  /** The optimisers the file holds, as named there: the TPEs first, then random searches. */
  public static final List<String> OPTIMIZERS =
      List.of("hyperopt_tpe", "optuna_tpe", "optuna_tpe_mv", "hyperopt_rand", "optuna_random");

  /** The checkpoints' names in the file: 25, 50 and 100 % of the budget. */
  private static final List<String> CHECKPOINTS = List.of("25%", "50%", "100%");

  private static final JsonNode ROOT = BenchProblems.read("/bench/anchors.json");

  private Anchors() {}

  /**
   * The summary of {@code optimizer} on {@code problem} at checkpoint {@code 0, 1, 2} (25, 50, 100
   * % of the budget), or {@code null} when the file has none.
   */
  public static Summary summary(String problem, String optimizer, int checkpoint) {
    JsonNode c = node(problem, optimizer, "checkpoints").path(CHECKPOINTS.get(checkpoint));
    if (c.isMissingNode()) {
      return null;
    }
    return new Summary(
        c.get("median").asDouble(),
        c.get("q25").asDouble(),
        c.get("q75").asDouble(),
        c.get("success_rate").asDouble());
  }

  /**
   * Each seed's best loss of {@code optimizer} on {@code problem} at checkpoint {@code 0, 1, 2}, in
   * seed order, or an empty array when the file has none.
   */
  public static double[] perSeedBest(String problem, String optimizer, int checkpoint) {
    JsonNode values = node(problem, optimizer, "per_seed_best").path(CHECKPOINTS.get(checkpoint));
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i).asDouble();
    }
    return out;
  }

  /**
   * The mean wall time (ms) of one suggestion of {@code optimizer} on the sphere with {@code size}
   * finished trials (100, 500 or 1,000), or NaN when the file has none.
   */
  public static double latencyMillis(String optimizer, int size) {
    return ROOT.path("scaling")
        .path("results")
        .path(optimizer)
        .path(String.valueOf(size))
        .path("wall_ms_mean")
        .asDouble(Double.NaN);
  }

  private static JsonNode node(String problem, String optimizer, String field) {
    return ROOT.path("quality").path(problem).path(optimizer).path(field);
  }
}
