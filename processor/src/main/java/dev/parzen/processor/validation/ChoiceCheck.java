package dev.parzen.processor.validation;

import dev.parzen.processor.model.Branch;
import dev.parzen.processor.model.ChoiceOptions;
import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.Mirrors;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.ValueType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The options of a {@code @Choice}: some, distinct, each a value of the field's type, the default
 * among them, and usable branches for a sealed interface.
 */
final class ChoiceCheck implements ParamCheck {

  @Override
  public void check(Param p, ValidationReport report) {
    Distribution.Choice c = p.choice();
    if (c == null || p.valueType() == ValueType.OTHER) {
      return;
    }
    List<String> available = ChoiceOptions.available(p);
    if (ChoiceOptions.selected(p).isEmpty()) {
      report.error(
          "[ParzenChoiceEmpty] @Choice on '%s' has no options; list them, e.g. @Choice({\"a\", \"b\"})"
              .formatted(p.name()),
          p.element(),
          c.mirror(),
          Mirrors.explicit(c.mirror(), "value"));
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < c.listed().size(); i++) {
      String option = c.listed().get(i);
      String problem = optionProblem(p, option, available);
      if (problem != null) {
        report.error(
            "[ParzenChoiceOption] " + problem,
            p.element(),
            c.mirror(),
            Mirrors.explicitElement(c.mirror(), "value", i));
      } else if (!seen.add(normalised(p.valueType(), option))) {
        report.error(
            "[ParzenChoiceDuplicate] @Choice on '%s' lists \"%s\" twice; remove the duplicate"
                .formatted(p.name(), option),
            p.element(),
            c.mirror(),
            Mirrors.explicitElement(c.mirror(), "value", i));
      }
    }
    checkDefault(p, c, report);
    checkBranches(p, report);
  }

  private static String optionProblem(Param p, String option, List<String> available) {
    if (available != null) {
      return available.contains(option)
          ? null
          : "\"%s\" is not %s of %s; the options are %s"
              .formatted(option, what(p.valueType()), p.type(), available);
    }
    if (p.valueType() == ValueType.STRING) {
      return null;
    }
    try {
      normalised(p.valueType(), option);
      return null;
    } catch (NumberFormatException e) {
      return "\"%s\" is not %s value, as '%s' needs; write it as a Java literal without suffix"
          .formatted(
              option,
              p.valueType().primitive().equals("int") ? "an int" : "a " + p.valueType().primitive(),
              p.name());
    }
  }

  private static Object normalised(ValueType type, String option) {
    return switch (type) {
      case INT -> Integer.parseInt(option.trim());
      case LONG -> Long.parseLong(option.trim());
      case DOUBLE, FLOAT -> finite(Double.parseDouble(option.trim()));
      default -> option;
    };
  }

  private static double finite(double x) {
    if (!Double.isFinite(x)) {
      throw new NumberFormatException("not finite");
    }
    return x;
  }

  private static String what(ValueType type) {
    return switch (type) {
      case ENUM -> "a constant";
      case SEALED -> "a permitted subtype";
      default -> "a value";
    };
  }

  private static void checkDefault(Param p, Distribution.Choice c, ValidationReport report) {
    if (!c.hasDefault()) {
      return;
    }
    List<String> selected = ChoiceOptions.selected(p);
    boolean found;
    try {
      Object d = normalised(p.valueType(), c.defaultOption());
      found = selected.stream().anyMatch(o -> safeEquals(p.valueType(), o, d));
    } catch (NumberFormatException e) {
      found = false;
    }
    if (!found) {
      report.error(
          "[ParzenDefault] default option \"%s\" of '%s' is not one of its options %s; pick one of them"
              .formatted(c.defaultOption(), p.name(), selected),
          p.element(),
          c.mirror(),
          Mirrors.explicit(c.mirror(), "defaultOption"));
    }
  }

  private static boolean safeEquals(ValueType type, String option, Object value) {
    try {
      return normalised(type, option).equals(value);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void checkBranches(Param p, ValidationReport report) {
    if (!p.branches()) {
      return;
    }
    for (Branch b : ChoiceOptions.selectedBranches(p)) {
      if (b.usable()) {
        continue;
      }
      String why =
          b.type().getKind() == ElementKind.RECORD
              ? "contains %s again, which would nest without end; break the cycle"
                  .formatted(p.type())
              : "is not a record; make each permitted subtype of %s a record of its parameters"
                  .formatted(p.type());
      report.error(
          "[ParzenBranch] branch %s of '%s' %s".formatted(b.key(), p.name(), why),
          p.element(),
          p.choice().mirror(),
          null);
    }
  }
}
