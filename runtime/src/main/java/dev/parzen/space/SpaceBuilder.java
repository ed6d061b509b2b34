package dev.parzen.space;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds a {@code Space<Assignment>} in code, one dimension per call. All bounds are in real units.
 * Used by tests, benchmarks, programmatic tuning and generated code. Not thread-safe; the built
 * space is immutable.
 *
 * <pre>{@code
 * Space<Assignment> s = Space.builder()
 *     .loguniform("lr", 1e-5, 1)
 *     .quniformInt("depth", 2, 12, 1)
 *     .choice("booster", "gbtree", "dart")
 *     .build();
 * }</pre>
 */
public final class SpaceBuilder {

  private final List<Dimension> dimensions = new ArrayList<>();

  /** Use {@link Space#builder()}. */
  public SpaceBuilder() {}

  /** A real number uniform in {@code [min, max]}. */
  public SpaceBuilder uniform(String label, double min, double max) {
    return add(new Dimension.Uniform(label, min, max));
  }

  /** A real number uniform in {@code [min, max]}, rounded to a multiple of {@code q}. */
  public SpaceBuilder quniform(String label, double min, double max, double q) {
    return add(new Dimension.QUniform(label, min, max, q, false));
  }

  /** An integer uniform in {@code [min, max]}, rounded to a multiple of {@code q}. */
  public SpaceBuilder quniformInt(String label, long min, long max, long q) {
    return add(new Dimension.QUniform(label, min, max, q, true));
  }

  /** An ordinal integer in {@code [min, max]} (both inclusive): Hyperopt's {@code uniformint}. */
  public SpaceBuilder uniformInt(String label, long min, long max) {
    return quniformInt(label, min, max, 1);
  }

  /** A real number log-uniform in {@code [min, max]}; real bounds, both {@code > 0}. */
  public SpaceBuilder loguniform(String label, double min, double max) {
    return add(new Dimension.LogUniform(label, min, max));
  }

  /** Log-uniform in {@code [min, max]}, rounded to a multiple of {@code q}. */
  public SpaceBuilder qloguniform(String label, double min, double max, double q) {
    return add(new Dimension.QLogUniform(label, min, max, q, false));
  }

  /** An integer log-uniform in {@code [min, max]}, rounded to a multiple of {@code q}. */
  public SpaceBuilder qloguniformInt(String label, long min, long max, long q) {
    return add(new Dimension.QLogUniform(label, min, max, q, true));
  }

  /** A real number, normal with mean {@code mu} and standard deviation {@code sigma}. */
  public SpaceBuilder normal(String label, double mu, double sigma) {
    return add(new Dimension.Normal(label, mu, sigma));
  }

  /** Normal, rounded to a multiple of {@code q}. */
  public SpaceBuilder qnormal(String label, double mu, double sigma, double q) {
    return add(new Dimension.QNormal(label, mu, sigma, q, false));
  }

  /** {@code exp(Normal(mu, sigma))}: {@code mu} and {@code sigma} are those of {@code ln x}. */
  public SpaceBuilder lognormal(String label, double mu, double sigma) {
    return add(new Dimension.LogNormal(label, mu, sigma));
  }

  /** Log-normal, rounded to a multiple of {@code q}. */
  public SpaceBuilder qlognormal(String label, double mu, double sigma, double q) {
    return add(new Dimension.QLogNormal(label, mu, sigma, q, false));
  }

  /** An unordered integer uniform in {@code [min, maxExclusive)}, e.g. a seed. */
  public SpaceBuilder randint(String label, long min, long maxExclusive) {
    return add(new Dimension.RandInt(label, min, maxExclusive));
  }

  /** One of the options, uniformly; the trial receives the option itself. */
  public SpaceBuilder choice(String label, Object... options) {
    return add(Dimension.Choice.of(label, Arrays.asList(options)));
  }

  /** One of the options with prior probabilities {@code weights} (Hyperopt's pchoice). */
  public SpaceBuilder weightedChoice(String label, List<?> options, double... weights) {
    List<Double> w = new ArrayList<>();
    for (double x : weights) {
      w.add(x);
    }
    return add(new Dimension.Choice(label, new ArrayList<>(options), w));
  }

  /**
   * A choice between branches with their own parameters, uniformly. Branch order is the map's
   * iteration order when it has one ({@link LinkedHashMap}, {@link SortedMap}); otherwise the keys
   * are sorted so that seeded runs stay reproducible.
   */
  public SpaceBuilder branches(String label, Map<String, ? extends Space<?>> branches) {
    Map<String, ? extends Space<?>> ordered =
        branches instanceof LinkedHashMap || branches instanceof SortedMap
            ? branches
            : new TreeMap<>(branches);
    List<Dimension.Branch> list = new ArrayList<>();
    ordered.forEach((k, v) -> list.add(new Dimension.Branch(k, v.dimensions())));
    return add(new Dimension.Branches(label, list, List.of()));
  }

  /** Adds a dimension as it is. */
  public SpaceBuilder add(Dimension dimension) {
    dimensions.add(dimension);
    return this;
  }

  /**
   * The space.
   *
   * @throws IllegalArgumentException when it is empty or two parameters share a label
   */
  public Space<Assignment> build() {
    return new AssignmentSpace(dimensions);
  }
}
