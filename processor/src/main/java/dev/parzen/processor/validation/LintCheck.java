package dev.parzen.processor.validation;

import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.NumericKind;
import dev.parzen.processor.model.Param;
import java.util.Locale;
import java.util.Set;

/**
 * The best-practice warnings: numbers as categories, linear ranges over decades, real fields on a
 * whole-number grid, and knobs that are not hyperparameters.
 */
final class LintCheck implements ParamCheck {

  /** Speed and convergence knobs, compared in lower case without underscores. */
  private static final Set<String> KNOBS =
      Set.of(
          "verbose",
          "verbosity",
          "njobs",
          "threads",
          "nthreads",
          "numthreads",
          "nthread",
          "workers",
          "numworkers",
          "seed",
          "randomseed",
          "randomstate",
          "epochs",
          "numepochs",
          "nepochs",
          "tol",
          "tolerance");

  @Override
  public void check(Param p, ValidationReport report) {
    if (p.distribution() == null) {
      return;
    }
    if (KNOBS.contains(p.name().replace("_", "").toLowerCase(Locale.ROOT))) {
      report.warning(
          Lint.NOT_A_HYPERPARAMETER,
          "'%s' is a speed or convergence knob, not a hyperparameter: leave it at a default (or use early stopping) rather than tuning it"
              .formatted(p.name()),
          p.element(),
          p.distribution().mirror());
    }
    if (p.choice() != null && p.valueType().numeric()) {
      report.warning(
          Lint.ORDINAL_CHOICE,
          "@Choice over the numbers of '%s' hides their order from the optimiser; use @QUniform (or @QLogUniform across decades)"
              .formatted(p.name()),
          p.element(),
          p.choice().mirror());
    }
    Distribution.Numeric n = p.numeric();
    if (n != null) {
      numericLints(p, n, report);
    }
  }

  private static void numericLints(Param p, Distribution.Numeric n, ValidationReport report) {
    if (n.kind() == NumericKind.UNIFORM && n.min() > 0 && n.max() / n.min() > 100) {
      report.warning(
          Lint.WIDE_UNIFORM,
          "@Uniform on '%s' spans %.1f decades, so nearly every draw lands in the top one; use @LogUniform(min = %s, max = %s)"
              .formatted(
                  p.name(),
                  Math.log10(n.max() / n.min()),
                  Numbers.text(n.min()),
                  Numbers.text(n.max())),
          p.element(),
          n.mirror());
    }
    if (n.kind() == NumericKind.QUNIFORM && p.valueType().real() && n.q() == 1) {
      report.warning(
          Lint.REAL_QUANTUM,
          "@QUniform with q = 1 on %s '%s' only yields whole numbers; declare it int (or long)"
              .formatted(p.type(), p.name()),
          p.element(),
          n.mirror());
    }
  }
}
