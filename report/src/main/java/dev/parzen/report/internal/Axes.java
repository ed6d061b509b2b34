package dev.parzen.report.internal;

import dev.parzen.Dimension;
import dev.parzen.Space;
import dev.parzen.report.internal.ReportData.Axis;
import dev.parzen.space.FlatSpace;
import java.util.ArrayList;
import java.util.List;

/** Turns a space into chart axes: log axes for log kinds, categories for choices and branches. */
final class Axes {

  private Axes() {}

  static List<Axis> of(Space<?> space) {
    FlatSpace flat = FlatSpace.of(space);
    List<Axis> axes = new ArrayList<>();
    for (FlatSpace.Param p : flat.params()) {
      String condition =
          p.unconditional() ? null : flat.params().get(p.parent()).label() + " = " + p.branchKey();
      axes.add(axis(p.dimension(), condition));
    }
    return axes;
  }

  private static Axis axis(Dimension d, String condition) {
    if (d instanceof Dimension.Numeric n) {
      String type = logAxis(n) ? "log" : "value";
      return new Axis(
          n.label(), n.kind(), type, finite(n.lower()), finite(n.upper()), null, condition);
    }
    List<String> categories =
        d instanceof Dimension.Choice c
            ? c.options().stream().map(TrialValues::text).toList()
            : ((Dimension.Branches) d).keys();
    return new Axis(d.label(), d.kind(), "category", null, null, categories, condition);
  }

  /** Log kinds get a log axis unless rounding can produce 0, which a log axis cannot show. */
  private static boolean logAxis(Dimension.Numeric n) {
    return n.log() && (n.q() == 0 || n.lower() > 0);
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
