package dev.parzen.tpe;

/**
 * The settings of the Tree-structured Parzen Estimator ({@code Algorithms.tpe(options)}).
 *
 * <p>Two presets reproduce the reference implementations: {@link #hyperopt()} is Hyperopt's {@code
 * tpe.suggest} and {@link #optuna()} is Optuna 5.0's {@code TPESampler}. Every switch that tells
 * them apart is a component here, so a preset is only a starting point: {@code
 * TpeOptions.optuna().withCandidates(48)} is a valid configuration. Immutable and thread-safe.
 *
 * @param startupTrials how many finished trials are drawn from the prior before TPE takes over
 * @param split how many trials form the "good" set that the model l(x) is built from
 * @param candidates how many candidates are drawn from l(x) per suggestion, {@code >= 1}
 * @param priorWeight the weight of the prior kernel, relative to one observation; {@code >= 0}
 * @param forgetting observations older than the newest {@code forgetting} ones get linearly
 *     decreasing weights; {@code 0} weighs every observation equally
 * @param kernels the shape of the kernels
 * @param multivariate which parameters are modelled jointly
 * @param pending how trials still running steer the next suggestion
 */
public record TpeOptions(
    int startupTrials,
    Split split,
    int candidates,
    double priorWeight,
    int forgetting,
    Kernels kernels,
    Multivariate multivariate,
    Pending pending) {

  /** Validates the options. */
  public TpeOptions {
    require(startupTrials >= 0, "startupTrials", startupTrials, "use 0 or more");
    require(split != null, "split", null, "use Split.sqrt(0.25, 25) or Split.linear(0.1, 25)");
    require(candidates >= 1, "candidates", candidates, "use 1 or more (24 is usual)");
    require(
        priorWeight >= 0 && priorWeight < Double.POSITIVE_INFINITY,
        "priorWeight",
        priorWeight,
        "use a finite weight >= 0, usually 1");
    require(forgetting >= 0, "forgetting", forgetting, "use 0 (off) or e.g. 25");
    require(kernels != null, "kernels", null, "use Kernels.hyperopt() or Kernels.optuna()");
    require(multivariate != null, "multivariate", null, "pick a Multivariate");
    require(pending != null, "pending", null, "pick a Pending");
  }

  /**
   * Hyperopt's {@code tpe.suggest}: 20 random trials, a good set of {@code min(ceil(0.25 √n), 25)},
   * 24 candidates, the prior as a bandwidth neighbour, mixture-level truncation, pseudo-counts, one
   * parameter at a time, trials in flight counted as the worst.
   *
   * <p>Where Hyperopt is surprising, Parzen is not: ties in the split go to the older trial, failed
   * trials rank after every successful one whatever they report, quantised values never leave
   * {@code [min, max]} (so the end bins reach to the bounds), and the continuous log-uniform
   * density is normalised (Hyperopt's lacks a constant, which does not change its choices).
   */
  public static TpeOptions hyperopt() {
    return new TpeOptions(
        20, Split.sqrt(0.25, 25), 24, 1.0, 25, Kernels.hyperopt(), Multivariate.OFF, Pending.WORST);
  }

  /**
   * Optuna 5.0's {@code TPESampler}: 10 random trials, a good set of {@code min(ceil(0.1 n), 25)},
   * 24 candidates, truncated-normal kernels with the neighbour bandwidth rule, smoothed categorical
   * kernels, joint kernels for every group of parameters that are active together, and the constant
   * liar for trials in flight.
   *
   * <p>Unlike Optuna, failed trials are not ignored but rank as the worst, weighted choices keep
   * their weights as the prior, and log kinds with a {@code q} are binned in log space.
   */
  public static TpeOptions optuna() {
    return new TpeOptions(
        10,
        Split.linear(0.1, 25),
        24,
        1.0,
        25,
        Kernels.optuna(),
        Multivariate.GROUPED,
        Pending.LIAR);
  }

  /**
   * The options {@code Algorithms.tpe()} uses: {@link #optuna()} with 48 candidates instead of 24.
   *
   * <p>Chosen by measurement on Parzen's benchmark suite (Branin, Hartmann-6, a quantised
   * Styblinski-Tang, a log-scale problem with distractors, a mixed categorical problem and a
   * three-branch conditional space; budgets of 100 and 200 trials, 30 seeds each). The Optuna
   * preset beats the Hyperopt preset on every problem. Drawing 48 candidates, i.e. optimising the
   * ratio l(x)/g(x) harder, improved the median best loss on 10 of 12 problem-and-seed-set
   * comparisons (seeds 0–29 and, held out, 100–129), and with it TPE matched or beat Optuna 3.1's
   * univariate TPE on all six problems on both seed sets; 96 candidates over-exploited the
   * quantised problem, and a prior weight of 0.5 was not consistently better.
   */
  public static TpeOptions defaults() {
    return optuna().withCandidates(48);
  }

  /** These options with {@code startupTrials} prior draws first. */
  public TpeOptions withStartupTrials(int startupTrials) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /** These options with another rule for the size of the good set. */
  public TpeOptions withSplit(Split split) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /** These options with {@code candidates} candidates per suggestion. */
  public TpeOptions withCandidates(int candidates) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /** These options with another weight for the prior kernel. */
  public TpeOptions withPriorWeight(double priorWeight) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /** These options with another forgetting window ({@code 0}: off). */
  public TpeOptions withForgetting(int forgetting) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /** These options with other kernel shapes. */
  public TpeOptions withKernels(Kernels kernels) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /** These options with another choice of jointly modelled parameters. */
  public TpeOptions withMultivariate(Multivariate multivariate) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /** These options with another treatment of trials in flight. */
  public TpeOptions withPending(Pending pending) {
    return new TpeOptions(
        startupTrials, split, candidates, priorWeight, forgetting, kernels, multivariate, pending);
  }

  /**
   * How many of the {@code n} trials form the good set: {@code min(ceil(gamma · f(n)), max, n)}
   * with {@code f(n) = √n} ({@link GammaRule#SQRT}) or {@code n} ({@link GammaRule#LINEAR}).
   *
   * @param rule the growth rule
   * @param gamma the coefficient, {@code > 0}
   * @param max the largest good set, {@code >= 1}
   */
  public record Split(GammaRule rule, double gamma, int max) {

    /** Validates the rule. */
    public Split {
      require(rule != null, "split.rule", null, "use GammaRule.SQRT or GammaRule.LINEAR");
      require(gamma > 0 && gamma < Double.POSITIVE_INFINITY, "split.gamma", gamma, "use e.g. 0.1");
      require(max >= 1, "split.max", max, "use 1 or more (both references use 25)");
    }

    /** Hyperopt's rule: {@code min(ceil(gamma · √n), max)}. */
    public static Split sqrt(double gamma, int max) {
      return new Split(GammaRule.SQRT, gamma, max);
    }

    /** Optuna's rule: {@code min(ceil(gamma · n), max)}. */
    public static Split linear(double gamma, int max) {
      return new Split(GammaRule.LINEAR, gamma, max);
    }

    /** The size of the good set among {@code n >= 0} trials; at least 1 when {@code n > 0}. */
    public int below(int n) {
      double raw = rule == GammaRule.SQRT ? gamma * Math.sqrt(n) : gamma * n;
      return (int) Math.min(Math.min(Math.ceil(raw), max), n);
    }
  }

  /** How the good set grows with the number of trials. */
  public enum GammaRule {
    /** With the square root of the number of trials: Hyperopt. */
    SQRT,
    /** In proportion to the number of trials: Optuna. */
    LINEAR
  }

  /**
   * The shape of the kernels that l(x) and g(x) are made of.
   *
   * @param bandwidth how kernel widths follow the distance to neighbouring observations
   * @param magicClip whether kernel widths stay above {@code range / min(100, n + 2)}
   * @param truncation how kernels are kept inside bounded domains
   * @param discrete how quantised kinds are turned into bins
   * @param categorical how categorical observations become kernels
   */
  public record Kernels(
      Bandwidth bandwidth,
      boolean magicClip,
      Truncation truncation,
      Discrete discrete,
      Categorical categorical) {

    /** Validates the shape. */
    public Kernels {
      require(bandwidth != null, "kernels.bandwidth", null, "pick a Bandwidth");
      require(truncation != null, "kernels.truncation", null, "pick a Truncation");
      require(discrete != null, "kernels.discrete", null, "pick a Discrete");
      require(categorical != null, "kernels.categorical", null, "pick a Categorical");
    }

    /** Hyperopt's kernels. */
    public static Kernels hyperopt() {
      return new Kernels(
          Bandwidth.PRIOR_NEIGHBOUR,
          true,
          Truncation.MIXTURE,
          Discrete.CLIPPED_BINS,
          Categorical.PSEUDO_COUNTS);
    }

    /** Optuna 5.0's kernels. */
    public static Kernels optuna() {
      return new Kernels(
          Bandwidth.NEIGHBOURS,
          true,
          Truncation.PER_KERNEL,
          Discrete.WIDENED_DOMAIN,
          Categorical.SMOOTHED_KERNELS);
    }
  }

  /** How wide each observation's kernel is. */
  public enum Bandwidth {
    /** The larger gap to the neighbouring observations, the prior mean counting: Hyperopt. */
    PRIOR_NEIGHBOUR,
    /**
     * The larger gap to the neighbouring observations; a lone observation measures to the domain
     * bounds; the prior is no neighbour: Optuna 4.9 and later.
     */
    NEIGHBOURS
  }

  /** How a density over a bounded domain is kept inside it. */
  public enum Truncation {
    /** One normaliser for the whole mixture, as rejection sampling gives: Hyperopt. */
    MIXTURE,
    /** Every kernel is a truncated normal of its own: Optuna. */
    PER_KERNEL
  }

  /** How quantised kinds (a {@code q}, integers) become probability masses. */
  public enum Discrete {
    /** Bins of width {@code q} clipped to {@code [min, max]}; end values are half as likely. */
    CLIPPED_BINS,
    /** Full bins on the domain widened by {@code q / 2} at both ends: Optuna. */
    WIDENED_DOMAIN
  }

  /** How categorical observations (choices, branches, randints) become a density. */
  public enum Categorical {
    /** Weighted counts plus the prior weight per category: Hyperopt. */
    PSEUDO_COUNTS,
    /** One kernel per observation, smoothed towards the prior: Optuna. */
    SMOOTHED_KERNELS
  }

  /** Which parameters are modelled jointly, with product kernels. */
  public enum Multivariate {
    /** None: one parameter at a time, as Hyperopt and Optuna 4 do. */
    OFF,
    /** The parameters active in every trial; conditional ones one at a time. */
    UNCONDITIONAL,
    /** Every set of parameters that are active together, e.g. those of one branch: Optuna 5. */
    GROUPED
  }

  /** What trials still running do to the next suggestion. */
  public enum Pending {
    /** They count as trials with an infinite loss: Hyperopt. */
    WORST,
    /** They join the bad set without counting as trials (the constant liar): Optuna 5. */
    LIAR,
    /** They are left out, so parallel workers may crowd the same region. */
    IGNORE
  }

  private static void require(boolean ok, String name, Object value, String fix) {
    if (!ok) {
      throw new IllegalArgumentException(
          "TPE option %s = %s is invalid; %s".formatted(name, value, fix));
    }
  }
}
