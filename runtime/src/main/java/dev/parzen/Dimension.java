package dev.parzen;

import dev.parzen.internal.Grid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One hyperparameter of a search space: its label and the prior distribution it is drawn from.
 *
 * <p>There is one record per distribution. All bounds are in real units: {@code LogUniform("lr",
 * 1e-5, 1)} draws learning rates between 0.00001 and 1, never between e^0.00001 and e. Quantised
 * kinds round to multiples of {@code q} and never leave {@code [min, max]}. Values of real kinds
 * are {@link Double}, values of integer kinds are {@link Long}, a {@link Choice} yields the option
 * itself and {@link Branches} yields the key of the chosen branch.
 *
 * <p>Records validate themselves: a bad bound throws {@link IllegalArgumentException} naming the
 * label, the value and the fix.
 */
public sealed interface Dimension permits Dimension.Numeric, Dimension.Choice, Dimension.Branches {

  /** The label, unique in its space; never blank. */
  String label();

  /**
   * The kind's name as written in journals and reports: the record's name in lower case ({@code
   * "uniform"}, {@code "qloguniform"}, {@code "choice"}…).
   */
  default String kind() {
    return getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  /**
   * A numeric dimension. The accessors describe every numeric kind uniformly, which is what the
   * samplers need: the bounds ({@code ±∞} for the normal family), whether the prior is uniform or
   * normal, whether it lives in log space, the quantum ({@code 0} when continuous), and whether
   * values are integers.
   */
  sealed interface Numeric extends Dimension permits UniformFamily, NormalFamily, RandInt {

    /** Smallest value a draw may take (real units); {@code -∞} for normal kinds. */
    double lower();

    /** Largest value a draw may take (real units); {@code +∞} for normal kinds. */
    double upper();

    /** True for the uniform family and {@link RandInt}; false for the normal family. */
    boolean bounded();

    /** True when the prior is uniform or normal in {@code ln x}. */
    boolean log();

    /** The quantum; {@code 0} for continuous kinds. */
    default double q() {
      return 0;
    }

    /** True when the values are {@link Long}s. */
    default boolean integer() {
      return false;
    }

    /**
     * The prior's centre in the model space ({@code ln x} for log kinds): the middle of the bounds
     * for uniform kinds, {@code mu} for normal kinds.
     */
    double priorMu();

    /**
     * The prior's spread in the model space: the width of the bounds for uniform kinds, {@code
     * sigma} for normal kinds.
     */
    double priorSigma();

    /**
     * Rounds a raw draw (real units) to this dimension's grid and bounds, and boxes it as the value
     * an {@link Assignment} carries.
     */
    default Object value(double raw) {
      double v = q() > 0 ? Grid.snap(raw, q(), lower(), upper()) : clamp(raw);
      return integer() ? (Object) Math.round(v) : (Object) v;
    }

    private double clamp(double raw) {
      return Math.min(upper(), Math.max(lower(), raw));
    }
  }

  /**
   * The uniform kinds: bounded by {@code min} and {@code max} (real units), uniform in {@code x} or
   * in {@code ln x}.
   */
  sealed interface UniformFamily extends Numeric
      permits Uniform, QUniform, LogUniform, QLogUniform {

    /** The smallest value (real units). */
    double min();

    /** The largest value (real units). */
    double max();

    @Override
    default double lower() {
      return min();
    }

    @Override
    default double upper() {
      return max();
    }

    @Override
    default boolean bounded() {
      return true;
    }

    @Override
    default double priorMu() {
      return log() ? (Math.log(min()) + Math.log(max())) / 2 : (min() + max()) / 2;
    }

    @Override
    default double priorSigma() {
      return log() ? Math.log(max()) - Math.log(min()) : max() - min();
    }
  }

  /**
   * The normal kinds: unbounded, normal in {@code x} or in {@code ln x} with mean {@code mu} and
   * standard deviation {@code sigma} (of {@code ln x} for log kinds).
   */
  sealed interface NormalFamily extends Numeric permits Normal, QNormal, LogNormal, QLogNormal {

    /** The mean, of {@code ln x} for log kinds. */
    double mu();

    /** The standard deviation, of {@code ln x} for log kinds. */
    double sigma();

    @Override
    default double lower() {
      return log() ? 0 : Double.NEGATIVE_INFINITY;
    }

    @Override
    default double upper() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    default boolean bounded() {
      return false;
    }

    @Override
    default double priorMu() {
      return mu();
    }

    @Override
    default double priorSigma() {
      return sigma();
    }
  }

  /** Uniform between {@code min} and {@code max}: ratios, fractions, dropout. */
  record Uniform(String label, double min, double max) implements UniformFamily {
    public Uniform {
      Checks.label(label);
      Checks.range(label, min, max);
    }

    @Override
    public boolean log() {
      return false;
    }
  }

  /**
   * Uniform between {@code min} and {@code max}, rounded to a multiple of {@code q}: ordinal
   * numbers such as tree depth or the number of units. With {@code integer} the values are {@link
   * Long}s.
   */
  record QUniform(String label, double min, double max, double q, boolean integer)
      implements UniformFamily {
    public QUniform {
      Checks.label(label);
      Checks.range(label, min, max);
      Checks.quantum(label, q, integer);
      Checks.gridInside(label, min, max, q);
    }

    @Override
    public boolean log() {
      return false;
    }
  }

  /**
   * Log-uniform between {@code min} and {@code max} (real units, both {@code > 0}): learning rates,
   * regularisation strengths — anything that spans orders of magnitude.
   */
  record LogUniform(String label, double min, double max) implements UniformFamily {
    public LogUniform {
      Checks.label(label);
      Checks.positive(label, "min", min);
      Checks.range(label, min, max);
    }

    @Override
    public boolean log() {
      return true;
    }
  }

  /** Log-uniform between {@code min} and {@code max}, rounded to a multiple of {@code q}. */
  record QLogUniform(String label, double min, double max, double q, boolean integer)
      implements UniformFamily {
    public QLogUniform {
      Checks.label(label);
      Checks.positive(label, "min", min);
      Checks.range(label, min, max);
      Checks.quantum(label, q, integer);
      Checks.gridInside(label, min, max, q);
    }

    @Override
    public boolean log() {
      return true;
    }
  }

  /** Normal with mean {@code mu} and standard deviation {@code sigma}; unbounded. */
  record Normal(String label, double mu, double sigma) implements NormalFamily {
    public Normal {
      Checks.label(label);
      Checks.finite(label, "mu", mu);
      Checks.positive(label, "sigma", sigma);
    }

    @Override
    public boolean log() {
      return false;
    }
  }

  /** Normal with mean {@code mu} and deviation {@code sigma}, rounded to a multiple of q. */
  record QNormal(String label, double mu, double sigma, double q, boolean integer)
      implements NormalFamily {
    public QNormal {
      Checks.label(label);
      Checks.finite(label, "mu", mu);
      Checks.positive(label, "sigma", sigma);
      Checks.quantum(label, q, integer);
    }

    @Override
    public boolean log() {
      return false;
    }
  }

  /**
   * {@code exp} of a normal: {@code mu} and {@code sigma} are the mean and deviation of {@code ln
   * x}, as in Hyperopt. Positive and unbounded above.
   */
  record LogNormal(String label, double mu, double sigma) implements NormalFamily {
    public LogNormal {
      Checks.label(label);
      Checks.finite(label, "mu", mu);
      Checks.positive(label, "sigma", sigma);
    }

    @Override
    public boolean log() {
      return true;
    }
  }

  /** A {@link LogNormal} rounded to a multiple of {@code q}; may be {@code 0}. */
  record QLogNormal(String label, double mu, double sigma, double q, boolean integer)
      implements NormalFamily {
    public QLogNormal {
      Checks.label(label);
      Checks.finite(label, "mu", mu);
      Checks.positive(label, "sigma", sigma);
      Checks.quantum(label, q, integer);
    }

    @Override
    public boolean log() {
      return true;
    }
  }

  /**
   * A uniformly drawn integer in {@code [min, maxExclusive)} whose neighbours are unrelated —
   * random seeds, hash buckets. TPE models it as a category. For ordinal integers (depth, counts)
   * use an integer {@link QUniform} instead.
   */
  record RandInt(String label, long min, long maxExclusive) implements Numeric {
    public RandInt {
      Checks.label(label);
      if (min >= maxExclusive) {
        throw new IllegalArgumentException(
            "randint '%s': min (%d) must be < maxExclusive (%d); use maxExclusive = %d to allow %d"
                .formatted(label, min, maxExclusive, min + 1, min));
      }
    }

    /** The number of distinct values. */
    public long size() {
      return maxExclusive - min;
    }

    @Override
    public double lower() {
      return min;
    }

    @Override
    public double upper() {
      return maxExclusive - 1;
    }

    @Override
    public boolean bounded() {
      return true;
    }

    @Override
    public boolean log() {
      return false;
    }

    @Override
    public double q() {
      return 1;
    }

    @Override
    public boolean integer() {
      return true;
    }

    @Override
    public double priorMu() {
      return (min + maxExclusive - 1) / 2.0;
    }

    @Override
    public double priorSigma() {
      return maxExclusive - 1 - min;
    }
  }

  /**
   * One of a fixed list of options, drawn with the given prior weights (uniform when none are
   * given; Hyperopt's {@code pchoice} otherwise). The value is the option itself: an enum constant,
   * a string, a boolean or a number — never its index.
   *
   * @param options the options, distinct, never empty
   * @param weights the prior probability of each option, normalised to sum to 1
   */
  record Choice(String label, List<Object> options, List<Double> weights) implements Dimension {
    public Choice {
      Checks.label(label);
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException(
            "choice '%s' has no options; list at least two".formatted(label));
      }
      Set<Object> seen = new HashSet<>();
      for (Object o : options) {
        if (!seen.add(o)) {
          throw new IllegalArgumentException(
              "choice '%s' lists option '%s' twice; remove the duplicate".formatted(label, o));
        }
      }
      weights = Checks.weights(label, weights, options.size());
    }

    /** A choice with a uniform prior. */
    public static Choice of(String label, List<?> options) {
      return new Choice(label, new ArrayList<>(options), List.of());
    }

    /** The index of {@code option}, or {@code -1}. */
    public int indexOf(Object option) {
      return options.indexOf(option);
    }
  }

  /**
   * A choice between branches that carry their own parameters: a conditional, tree-structured
   * space. The value is the chosen branch's key; the parameters of the other branches are absent
   * from the trial's {@link Assignment}.
   *
   * @param branches the branches, with distinct keys, never empty
   * @param weights the prior probability of each branch, normalised to sum to 1
   */
  record Branches(String label, List<Branch> branches, List<Double> weights) implements Dimension {
    public Branches {
      Checks.label(label);
      branches = List.copyOf(branches);
      if (branches.isEmpty()) {
        throw new IllegalArgumentException(
            "branches '%s' has no branches; add at least one".formatted(label));
      }
      Set<String> keys = new HashSet<>();
      for (Branch b : branches) {
        if (!keys.add(b.key())) {
          throw new IllegalArgumentException(
              "branches '%s' lists branch '%s' twice; give each branch its own key"
                  .formatted(label, b.key()));
        }
      }
      weights = Checks.weights(label, weights, branches.size());
    }

    /** The branch keys, in declaration order. */
    public List<String> keys() {
      return branches.stream().map(Branch::key).toList();
    }

    /** The index of the branch with {@code key}, or {@code -1}. */
    public int indexOf(Object key) {
      for (int i = 0; i < branches.size(); i++) {
        if (branches.get(i).key().equals(key)) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * One branch of a {@link Branches} dimension: its key and the parameters that exist only when it
   * is chosen (possibly none).
   */
  record Branch(String key, List<Dimension> dimensions) {
    public Branch {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("a branch key must not be blank");
      }
      dimensions = List.copyOf(dimensions);
    }
  }
}
