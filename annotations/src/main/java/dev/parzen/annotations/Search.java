package dev.parzen.annotations;

/** The search algorithm of a {@link Tune} method. */
public enum Search {
  /** Parzen's Tree-structured Parzen Estimator, with its recommended settings. */
  TPE,
  /** TPE configured as Hyperopt configures it: results comparable with Hyperopt runs. */
  TPE_HYPEROPT,
  /** TPE configured as Optuna's default sampler configures it. */
  TPE_OPTUNA,
  /** Independent draws from the prior: a baseline, and embarrassingly parallel. */
  RANDOM
}
