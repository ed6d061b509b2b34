package dev.parzen.it;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.QUniform;

/** A JavaBean-style class: private fields with accessors, and a package-private field. */
class SvmParams {

  @LogUniform(min = 1e-3, max = 1e3)
  private double c;

  @QUniform(min = 2, max = 5)
  private int degree;

  @Choice({"rbf", "linear", "poly"})
  String kernel;

  /** Not a parameter: keeps its initial value. */
  double cacheSize = 200;

  double getC() {
    return c;
  }

  void setC(double c) {
    this.c = c;
  }

  int getDegree() {
    return degree;
  }

  void setDegree(int degree) {
    this.degree = degree;
  }
}
