package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Trials;
import dev.parzen.space.FlatSpace;
import java.util.List;

/** One check of a finished tuning; each is a pure function so rules can be tested one by one. */
interface Rule {

  /**
   * Fewer successful (or finished) trials than this say too little to diagnose anything: every rule
   * stays silent below it.
   */
  int MIN_TRIALS = 10;

  /** The findings of this rule about {@code trials} of {@code space}, in parameter order. */
  <T> List<Diagnostic> findings(FlatSpace space, Trials<T> trials);
}
