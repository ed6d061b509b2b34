package dev.parzen.processor.generation;

import dev.parzen.processor.model.ChoiceOptions;
import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.NumericKind;
import dev.parzen.processor.model.Param;

/** One-line descriptions of parameters for the javadoc of generated spaces. */
final class Describe {

  private Describe() {}

  static String param(Param p) {
    String text;
    if (p.branches()) {
      text = "one of the branches " + String.join(", ", ChoiceOptions.selected(p));
    } else if (p.choice() != null) {
      text = "one of " + String.join(", ", ChoiceOptions.selected(p));
    } else {
      text = numeric(p, p.numeric());
    }
    String dflt = defaultText(p);
    return escape("{@code " + p.label() + "}: " + text + (dflt == null ? "" : "; default " + dflt));
  }

  // Option texts are user strings: keep them from ending the comment or reading as HTML.
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("*/", "*&#47;");
  }

  private static String numeric(Param p, Distribution.Numeric n) {
    NumericKind k = n.kind();
    String args;
    if (k == NumericKind.RAND_INT) {
      args = "min = " + num(n.min()) + ", max = " + num(n.max()) + " exclusive";
    } else if (k.normal()) {
      args = "mu = " + num(n.mu()) + ", sigma = " + num(n.sigma());
    } else {
      args = "min = " + num(n.min()) + ", max = " + num(n.max());
    }
    if (k.quantised() && k != NumericKind.RAND_INT) {
      args += ", q = " + num(n.q());
    }
    return k.kind() + "(" + args + ")" + (p.valueType().integer() ? ", integer" : "");
  }

  private static String defaultText(Param p) {
    if (p.numeric() != null && p.numeric().hasDefault()) {
      return num(p.numeric().defaultValue());
    }
    if (p.choice() != null && p.choice().hasDefault()) {
      return p.choice().defaultOption();
    }
    return null;
  }

  static String num(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }
}
