package dev.parzen.annotations;

/** Whether a tuning looks for the smallest or the largest value of its objective. */
public enum Direction {
  /** Smaller is better: losses, errors, costs. */
  MINIMIZE,
  /** Larger is better: accuracy, recall, AUC. No need to return the negated value. */
  MAXIMIZE
}
