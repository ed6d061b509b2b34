package dev.parzen.spark;

import dev.parzen.TrialContext;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;

/**
 * The Spark broadcast variables a {@link SparkExecutor} offers to objectives, by name: large
 * read-only data (a training set, a vocabulary) sent to each executor once instead of with every
 * trial.
 *
 * <pre>{@code
 * SparkExecutor spark = SparkExecutor.builder().master("spark://host:7077").build();
 * spark.broadcast("train", trainingSet);
 * Parzen.minimize(space, (p, trial) -> {
 *       Dataset train = SparkBroadcasts.of(trial).value("train", Dataset.class);
 *       return Loss.of(fitAndScore(train, p));
 *     })
 *     .executor(spark).parallelism(4).run();
 * }</pre>
 *
 * <p>Immutable and thread-safe; serialisable, and small on the wire: a broadcast handle carries its
 * id, not its value.
 */
public final class SparkBroadcasts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final SparkBroadcasts NONE = new SparkBroadcasts(Map.of());

  private final Map<String, Broadcast<?>> byName;

  private SparkBroadcasts(Map<String, Broadcast<?>> byName) {
    this.byName = byName;
  }

  /** No broadcasts. */
  public static SparkBroadcasts none() {
    return NONE;
  }

  /**
   * The broadcasts of the Spark executor evaluating {@code trial}.
   *
   * @throws IllegalStateException when the trial is not evaluated by a {@link SparkExecutor}
   */
  public static SparkBroadcasts of(TrialContext trial) {
    return trial
        .resource(SparkBroadcasts.class)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    ("trial %d of '%s' is not evaluated on Spark, so it has no broadcast"
                            + " variables; run the tuning with .executor(SparkExecutor…) or pass"
                            + " the data to the objective directly")
                        .formatted(trial.trialNumber(), trial.tuningName())));
  }

  /** These broadcasts and {@code broadcast} under {@code name}, which replaces one of that name. */
  SparkBroadcasts with(String name, Broadcast<?> broadcast) {
    Map<String, Broadcast<?>> copy = new LinkedHashMap<>(byName);
    copy.put(name, broadcast);
    return new SparkBroadcasts(Collections.unmodifiableMap(copy));
  }

  /** The broadcast names, in the order they were added. */
  public Set<String> names() {
    return byName.keySet();
  }

  /**
   * The broadcast called {@code name}.
   *
   * @throws NoSuchElementException naming the broadcasts there are
   */
  public Broadcast<?> get(String name) {
    Broadcast<?> b = byName.get(name);
    if (b == null) {
      throw new NoSuchElementException(
          "no broadcast called '%s' (there are: %s); add it with SparkExecutor.broadcast(\"%s\", value)"
              .formatted(name, byName.keySet(), name));
    }
    return b;
  }

  /**
   * The value of the broadcast called {@code name}: fetched once per executor JVM and cached by
   * Spark.
   *
   * @throws NoSuchElementException when there is no such broadcast
   * @throws ClassCastException when the value is not a {@code type}
   */
  public <V> V value(String name, Class<V> type) {
    Object v = get(name).value();
    if (!type.isInstance(v)) {
      throw new ClassCastException(
          "broadcast '%s' holds a %s, not a %s"
              .formatted(name, v == null ? "null" : v.getClass().getName(), type.getName()));
    }
    return type.cast(v);
  }

  @Override
  public String toString() {
    return "SparkBroadcasts" + byName.keySet();
  }
}
