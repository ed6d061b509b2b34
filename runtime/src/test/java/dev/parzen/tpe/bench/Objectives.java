package dev.parzen.tpe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parzen.Assignment;
import java.util.function.ToDoubleFunction;

/** The objective formulas of {@code bench/problems.json}, written out as the file states them. */
final class Objectives {

  private Objectives() {}

  /** The objective of the problem called {@code name}, with constants from its JSON. */
  static ToDoubleFunction<Assignment> of(String name, JsonNode objective) {
    return switch (name) {
      case "branin" -> p -> branin(p.getDouble("x1"), p.getDouble("x2"));
      case "hartmann6" -> hartmann6(objective.get("constants"));
      case "styblinski_tang_q" -> Objectives::styblinskiTang;
      case "logscale" -> Objectives::logscale;
      case "mixed_categorical" -> mixedCategorical(objective.get("constants"));
      case "conditional" -> Objectives::conditional;
      case "sphere10" -> Objectives::sphere10;
      default -> throw new IllegalArgumentException("no objective for problem " + name);
    };
  }

  /** Branin: {@code a(x2 − b·x1² + c·x1 − r)² + s(1 − t)cos(x1) + s}. */
  static double branin(double x1, double x2) {
    double a = 1;
    double b = 5.1 / (4 * Math.PI * Math.PI);
    double c = 5 / Math.PI;
    double r = 6;
    double s = 10;
    double t = 1 / (8 * Math.PI);
    double inner = x2 - b * x1 * x1 + c * x1 - r;
    return a * inner * inner + s * (1 - t) * Math.cos(x1) + s;
  }

  private static ToDoubleFunction<Assignment> hartmann6(JsonNode constants) {
    double[] alpha = vector(constants.get("alpha"));
    double[][] a = matrix(constants.get("A"));
    double[][] pp = matrix(constants.get("P"));
    return point -> {
      double f = 0;
      for (int i = 0; i < 4; i++) {
        double inner = 0;
        for (int j = 0; j < 6; j++) {
          double d = point.getDouble("x" + (j + 1)) - pp[i][j];
          inner += a[i][j] * d * d;
        }
        f += alpha[i] * Math.exp(-inner);
      }
      return -f;
    };
  }

  private static double styblinskiTang(Assignment p) {
    double sum = 0;
    for (int j = 1; j <= 4; j++) {
      double x = p.getDouble("x" + j);
      sum += x * x * x * x - 16 * x * x + 5 * x;
    }
    return 0.5 * sum;
  }

  private static double logscale(Assignment p) {
    double lr = Math.log10(p.getDouble("lr")) + 2.5;
    double reg = Math.log10(p.getDouble("reg")) + 4;
    return lr * lr + reg * reg;
  }

  private static ToDoubleFunction<Assignment> mixedCategorical(JsonNode constants) {
    return p -> {
      double f = 0;
      for (int i = 1; i <= 3; i++) {
        f += constants.get("cost" + i).get(p.getString("c" + i)).asDouble();
      }
      double x1 = p.getDouble("x1") - 1.7;
      double x2 = p.getDouble("x2") + 2.3;
      return f + 0.1 * x1 * x1 + 0.1 * x2 * x2;
    };
  }

  private static double conditional(Assignment p) {
    switch (p.getString("branch")) {
      case "a" -> {
        double x = p.getDouble("a_x") - 1;
        double y = p.getDouble("a_y") + 2;
        return 1 + x * x + y * y;
      }
      case "b" -> {
        return branin(p.getDouble("b_x1"), p.getDouble("b_x2")) + 0.1;
      }
      default -> {
        double x = p.getDouble("c_x") - 0.3;
        double lr = Math.log10(p.getDouble("c_lr")) + 2;
        double k = p.getDouble("c_k") - 7;
        return 10 * x * x + 0.5 * lr * lr + 0.05 * k * k;
      }
    }
  }

  private static double sphere10(Assignment p) {
    double sum = 0;
    for (int j = 0; j < 10; j++) {
      double d = p.getDouble("x" + j) - 1;
      sum += d * d;
    }
    return sum;
  }

  private static double[] vector(JsonNode node) {
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }

  private static double[][] matrix(JsonNode node) {
    double[][] out = new double[node.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vector(node.get(i));
    }
    return out;
  }
}
