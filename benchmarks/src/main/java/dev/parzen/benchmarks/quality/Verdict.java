package dev.parzen.benchmarks.quality;

/**
 * How Parzen's best losses compare with a reference optimiser's over the same number of seeds: a
 * two-sided Mann-Whitney U test at {@link #ALPHA}; losses are minimised, so smaller is better.
 */
public enum Verdict {
  /** Parzen's best losses are significantly smaller. */
  BETTER("better"),
  /** No significant difference: equal within noise. */
  EQUAL("equal"),
  /** Parzen's best losses are significantly larger. */
  WORSE("worse");

  /** The significance level. */
  public static final double ALPHA = 0.05;

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The verdict of {@code test}, whose first sample holds Parzen's per-seed best losses. */
  public static Verdict of(RankTest test) {
    if (test.p() >= ALPHA) {
      return EQUAL;
    }
    return test.firstIsSmaller() ? BETTER : WORSE;
  }

  /** The verdict in words, as the tables print it. */
  public String label() {
    return label;
  }
}
