package dev.parzen.tpe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The reference results of {@code bench/anchors.json}: what Hyperopt 0.3.0 and Optuna 3.1.0 reached
 * on the benchmark problems, and their suggestion latency on the sphere.
 */
public final class Anchors {

  /** The optimisers the file holds, as named there. */
  public static final List<String> OPTIMIZERS =
      List.of("hyperopt_tpe", "optuna_tpe", "optuna_tpe_mv", "hyperopt_rand");

  private static final JsonNode ROOT = BenchProblems.read("/bench/anchors.json");

  private Anchors() {}

  /**
   * The summary of {@code optimizer} on {@code problem} at checkpoint {@code 0, 1, 2} (25, 50, 100
   * % of the budget), or {@code null} when the file has none.
   */
  public static Summary summary(String problem, String optimizer, int checkpoint) {
    JsonNode node = ROOT.path("quality").path(problem).path(optimizer).path("checkpoints");
    JsonNode c = node.path(List.of("25%", "50%", "100%").get(checkpoint));
    if (c.isMissingNode()) {
      return null;
    }
    return new Summary(
        c.get("median").asDouble(),
        c.get("q25").asDouble(),
        c.get("q75").asDouble(),
        c.get("success_rate").asDouble());
  }

  /** The mean wall time (ms) of one suggestion of {@code optimizer} with {@code size} trials. */
  public static double latencyMillis(String optimizer, int size) {
    return ROOT.path("scaling")
        .path("results")
        .path(optimizer)
        .path(String.valueOf(size))
        .path("wall_ms_mean")
        .asDouble(Double.NaN);
  }
}
