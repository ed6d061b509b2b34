package dev.parzen;

import dev.parzen.space.FlatSpace;

/**
 * How many trials a space deserves, by the rule of thumb of the Hyperopt best-practice guide: the
 * fastest sensible budget is 10 × the ordinal parameters + 15 × the categorical breadth, the
 * optimal one 20 × ordinal + 15 × breadth; with parallelism p &gt; 1 the fastest budget is scaled
 * by p / 2 and the optimal one by p. Parzen uses the midpoint when {@code maxEvals} is not set.
 *
 * <p>Ordinal parameters are the numeric ones (integer kinds included), across all branches. The
 * categorical breadth is the product of the option counts of every choice and branch dimension, or
 * 0 when there is none. (The guide's own worked example adds these up wrongly; this follows its
 * rule.)
 *
 * @param ordinal the number of numeric parameters
 * @param breadth the categorical breadth
 * @param parallelism the parallelism the advice is for
 * @param fastest the fastest sensible number of trials
 * @param optimal the number of trials for a thorough search
 */
public record MaxEvals(int ordinal, long breadth, int parallelism, int fastest, int optimal) {

  /** The advice for {@code space} evaluated with {@code parallelism} trials at once. */
  public static MaxEvals advise(Space<?> space, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException(
          "parallelism must be >= 1 (was %d)".formatted(parallelism));
    }
    int ordinal = 0;
    long breadth = 0;
    for (FlatSpace.Param p : FlatSpace.of(space).params()) {
      int options = optionCount(p.dimension());
      if (options == 0) {
        ordinal++;
      } else {
        breadth = breadth == 0 ? options : saturatedProduct(breadth, options);
      }
    }
    long fastest = 10L * ordinal + 15L * breadth;
    long optimal = 20L * ordinal + 15L * breadth;
    if (parallelism > 1) {
      fastest = (long) Math.ceil(fastest * parallelism / 2.0);
      optimal = optimal * parallelism;
    }
    return new MaxEvals(ordinal, breadth, parallelism, clamp(fastest), clamp(optimal));
  }

  /** The midpoint of {@link #fastest} and {@link #optimal}, rounded up: the default budget. */
  public int midpoint() {
    return (int) Math.ceil((fastest + (long) optimal) / 2.0);
  }

  /** {@code "maxEvals not set: using 65, the midpoint of the advice (fastest 50, optimal 80…)"}. */
  public String describe() {
    return ("maxEvals not set: using %d, the midpoint between the fastest (%d) and optimal (%d)"
            + " budgets for %d ordinal parameter(s) and categorical breadth %d%s")
        .formatted(
            midpoint(),
            fastest,
            optimal,
            ordinal,
            breadth,
            parallelism > 1 ? " at parallelism " + parallelism : "");
  }

  private static int optionCount(Dimension d) {
    if (d instanceof Dimension.Choice c) {
      return c.options().size();
    }
    if (d instanceof Dimension.Branches b) {
      return b.branches().size();
    }
    return 0;
  }

  private static long saturatedProduct(long a, long b) {
    long r = a * b;
    return r / b == a && r < Integer.MAX_VALUE ? r : Integer.MAX_VALUE;
  }

  private static int clamp(long v) {
    return (int) Math.min(v, Integer.MAX_VALUE);
  }
}
