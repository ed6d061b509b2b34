package dev.parzen.processor.validation;

import dev.parzen.processor.model.Param;

/** One concern checked on every parameter of a space. */
interface ParamCheck {

  /** Adds what is wrong with {@code param} to {@code report}. */
  void check(Param param, ValidationReport report);
}
