package dev.parzen.processor.generation;

import dev.parzen.processor.model.ChoiceOptions;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.SpaceModel;

/**
 * The max-evals advice of Hyperopt's best-practice guide for a serial run: 10 to 20 trials per
 * ordinal (numeric) parameter plus 15 per combination of categories. The runtime's advice computes
 * the same figures.
 *
 * @param ordinal the numeric parameters, {@code @RandInt} included, across all branches
 * @param breadth the product of the option counts of choices and branch dimensions; 0 when none
 */
record MaxEvalsAdvice(long ordinal, long breadth) {

  static MaxEvalsAdvice of(SpaceModel space) {
    long ordinal = 0;
    long breadth = 0;
    for (Param p : space.allParams()) {
      if (p.numeric() != null) {
        ordinal++;
      } else if (p.choice() != null) {
        long options = ChoiceOptions.selected(p).size();
        breadth = breadth == 0 ? options : saturatedProduct(breadth, options);
      }
    }
    return new MaxEvalsAdvice(ordinal, breadth);
  }

  long fastest() {
    return saturatedSum(saturatedProduct(10, ordinal), saturatedProduct(15, breadth));
  }

  long optimal() {
    return saturatedSum(saturatedProduct(20, ordinal), saturatedProduct(15, breadth));
  }

  long midpoint() {
    long f = fastest();
    long o = optimal();
    // ceil((f + o) / 2) without overflowing.
    return f / 2 + o / 2 + ((f % 2) + (o % 2) + 1) / 2;
  }

  // Products of many option counts overflow: an astronomically large advice is still the advice.
  private static long saturatedProduct(long a, long b) {
    return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
  }

  private static long saturatedSum(long a, long b) {
    return a + b < 0 ? Long.MAX_VALUE : a + b;
  }
}
