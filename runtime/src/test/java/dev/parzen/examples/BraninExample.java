package dev.parzen.examples;

import dev.parzen.Assignment;
import dev.parzen.EarlyStop;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TuningResult;
import java.nio.file.Path;

/**
 * A tuning in code on the Branin function (three global minima of 0.397887): the runtime without
 * JUnit. Run it with {@code mvn -B -q -pl runtime -am test-compile exec:java}.
 */
public final class BraninExample {

  private BraninExample() {}

  /** Tunes x1, x2 of the Branin function and prints the best parameters. */
  public static void main(String[] args) {
    Space<Assignment> space = Space.builder().uniform("x1", -5, 10).uniform("x2", 0, 15).build();
    TuningResult<Assignment> result =
        Parzen.minimize(space, BraninExample::branin)
            .name("BraninExample")
            .maxEvals(200)
            .seed(7)
            .earlyStop(EarlyStop.noProgress(80))
            .journal(Path.of("target", "parzen", "BraninExample", "journal.jsonl"))
            .resume(false)
            .run();
    Trial<Assignment> best = result.best();
    System.out.printf(
        "best %.6f at trial #%d: %s (the optimum is 0.397887); stopped: %s; seed %d%n",
        best.loss(),
        best.number(),
        best.params(),
        result.stopReason().description(),
        result.seed());
    result.diagnostics().forEach(d -> System.out.println("  - " + d.message()));
  }

  /** The Branin–Hoo function. */
  static double branin(Assignment p) {
    double x1 = p.getDouble("x1");
    double x2 = p.getDouble("x2");
    double b = 5.1 / (4 * Math.PI * Math.PI);
    double c = 5 / Math.PI;
    double t = 1 / (8 * Math.PI);
    double r = x2 - b * x1 * x1 + c * x1 - 6;
    return r * r + 10 * (1 - t) * Math.cos(x1) + 10;
  }
}
