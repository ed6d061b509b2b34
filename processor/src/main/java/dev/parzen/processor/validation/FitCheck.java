package dev.parzen.processor.validation;

import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.NumericKind;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.ValueType;

/** The annotation must suit the field's type: numbers for numeric kinds, integers on a grid. */
final class FitCheck implements ParamCheck {

  @Override
  public void check(Param p, ValidationReport report) {
    if (p.numeric() != null) {
      checkNumeric(p, p.numeric(), report);
    } else if (p.choice() != null && p.valueType() == ValueType.OTHER) {
      report.error(
          "[ParzenType] @Choice does not fit '%s' of type %s; it takes an enum, boolean, String, a number, or a sealed interface whose permitted subtypes are records"
              .formatted(p.name(), p.type()),
          p.element(),
          p.choice().mirror(),
          null);
    }
  }

  private static void checkNumeric(Param p, Distribution.Numeric n, ValidationReport report) {
    NumericKind kind = n.kind();
    String at = "@" + kind.simpleName();
    if (!p.valueType().numeric()) {
      report.error(
          "[ParzenType] %s does not fit '%s' of type %s; numeric annotations take double, float, int or long (or their boxes); for categories use @Choice"
              .formatted(at, p.name(), p.type()),
          p.element(),
          n.mirror(),
          null);
    } else if (p.valueType().integer() && !kind.quantised()) {
      report.error(
          "[ParzenIntegerKind] %s on integer '%s' yields fractions; use @%s (q = 1 by default) for integers"
              .formatted(at, p.name(), kind.quantisedVariant().simpleName()),
          p.element(),
          n.mirror(),
          null);
    } else if (p.valueType().real() && kind.integerOnly()) {
      report.error(
          "[ParzenType] %s yields integers but '%s' is a %s; declare it int or long, or use @QUniform for real numbers on a grid"
              .formatted(at, p.name(), p.type()),
          p.element(),
          n.mirror(),
          null);
    }
  }
}
