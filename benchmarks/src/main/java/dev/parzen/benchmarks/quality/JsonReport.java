package dev.parzen.benchmarks.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The quality results as JSON: per problem and optimiser (Parzen's configurations, then the
 * anchors), each checkpoint's summary; for Parzen, also each seed's best loss and the rank test
 * against every anchor at every checkpoint.
 */
final class JsonReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReport() {}

  /** The report of {@code outcomes}, pretty-printed. */
  static String of(List<ProblemOutcome> outcomes, int seeds) {
    ObjectNode root = JSON.createObjectNode();
    root.put("seeds", seeds);
    root.put("alpha", Verdict.ALPHA);
    root.put(
        "test",
        "two-sided Mann-Whitney U, normal approximation with tie and continuity corrections");
    ArrayNode problems = root.putArray("problems");
    outcomes.forEach(o -> problems.add(problem(o)));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the quality results as JSON: " + e, e);
    }
  }

  private static ObjectNode problem(ProblemOutcome o) {
    ObjectNode p = JSON.createObjectNode();
    p.put("name", o.problem().name());
    p.put("budget", o.problem().budget());
    p.put("target", o.problem().target());
    ArrayNode cps = p.putArray("checkpoints");
    for (int cp : o.problem().checkpoints()) {
      cps.add(cp);
    }
    ArrayNode rows = p.putArray("optimisers");
    for (String c : o.best().keySet()) {
      ObjectNode row = rows.addObject().put("name", c).put("source", "parzen");
      ArrayNode at = row.putArray("at");
      for (int k = 0; k < o.problem().checkpoints().length; k++) {
        ObjectNode cell = summary(at.addObject(), o.summary(c, k));
        ArrayNode values = cell.putArray("per_seed_best");
        for (double v : o.best().get(c)[k]) {
          values.add(v);
        }
        versus(cell.putObject("versus"), o, c, k);
      }
    }
    for (String a : Anchors.OPTIMIZERS) {
      if (Anchors.summary(o.problem().name(), a, 0) != null) {
        ArrayNode at = rows.addObject().put("name", a).put("source", "anchor").putArray("at");
        for (int k = 0; k < o.problem().checkpoints().length; k++) {
          summary(at.addObject(), Anchors.summary(o.problem().name(), a, k));
        }
      }
    }
    return p;
  }

  private static void versus(ObjectNode into, ProblemOutcome o, String configuration, int k) {
    for (String a : Anchors.OPTIMIZERS) {
      RankTest t = o.test(configuration, a, k);
      if (t != null) {
        into.putObject(a)
            .put("u", t.u())
            .put("p", t.p())
            .put("verdict", Verdict.of(t).name().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  private static ObjectNode summary(ObjectNode into, Summary s) {
    return into.put("median", s.median())
        .put("q25", s.q25())
        .put("q75", s.q75())
        .put("success", s.success());
  }
}
