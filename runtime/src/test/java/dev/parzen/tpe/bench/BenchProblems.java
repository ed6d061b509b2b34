package dev.parzen.tpe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import dev.parzen.space.FlatSpace;
import dev.parzen.space.SpaceBuilder;
import dev.parzen.space.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of {@code bench/problems.json} on the test classpath, as Parzen spaces. */
public final class BenchProblems {

  private static final JsonNode ROOT = read("/bench/problems.json");

  private BenchProblems() {}

  /** The six quality problems, in file order. */
  public static List<BenchProblem> all() {
    List<BenchProblem> out = new ArrayList<>();
    ROOT.get("problems").forEach(p -> out.add(problem(p)));
    return out;
  }

  /** The 10-dimensional sphere used to time suggestions. */
  public static BenchProblem timing() {
    return problem(ROOT.get("timing_problem"));
  }

  /** The problem called {@code name}. */
  public static BenchProblem named(String name) {
    for (BenchProblem p : all()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no benchmark problem " + name);
  }

  /** Reads a JSON resource of the test classpath. */
  static JsonNode read(String resource) {
    try (InputStream in = BenchProblems.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BenchProblem problem(JsonNode p) {
    String name = p.get("name").asText();
    Space<Assignment> space = space(p.get("space"));
    int[] checkpoints = new int[p.get("checkpoints").size()];
    for (int i = 0; i < checkpoints.length; i++) {
      checkpoints[i] = p.get("checkpoints").get(i).asInt();
    }
    JsonNode target = p.get("target");
    double limit = target == null || target.isNull() ? Double.NaN : target.get("value").asDouble();
    return new BenchProblem(
        name,
        space,
        Objectives.of(name, p.get("objective")),
        p.get("budget").asInt(),
        checkpoints,
        limit,
        testVectors(space, p.get("test_vectors")));
  }

  private static Space<Assignment> space(JsonNode params) {
    Map<String, Map<String, List<Dimension>>> children = new LinkedHashMap<>();
    List<Dimension> top = new ArrayList<>();
    for (JsonNode param : params) {
      Dimension d = dimension(param);
      JsonNode condition = param.get("condition");
      if (condition == null) {
        top.add(d);
        continue;
      }
      String parent = condition.get("parent").asText();
      for (JsonNode value : condition.get("values")) {
        children
            .computeIfAbsent(parent, k -> new LinkedHashMap<>())
            .computeIfAbsent(value.asText(), k -> new ArrayList<>())
            .add(d);
      }
    }
    SpaceBuilder builder = Space.builder();
    for (Dimension d : top) {
      builder.add(children.containsKey(d.label()) ? branches((Dimension.Choice) d, children) : d);
    }
    return builder.build();
  }

  private static Dimension branches(
      Dimension.Choice choice, Map<String, Map<String, List<Dimension>>> children) {
    List<Dimension.Branch> branches = new ArrayList<>();
    for (Object option : choice.options()) {
      String key = String.valueOf(option);
      List<Dimension> dims = children.get(choice.label()).getOrDefault(key, List.of());
      branches.add(new Dimension.Branch(key, dims));
    }
    return new Dimension.Branches(choice.label(), branches, choice.weights());
  }

  private static Dimension dimension(JsonNode p) {
    String label = p.get("name").asText();
    return switch (p.get("kind").asText()) {
      case "uniform" -> new Dimension.Uniform(label, num(p, "low"), num(p, "high"));
      case "quniform" ->
          new Dimension.QUniform(label, num(p, "low"), num(p, "high"), num(p, "q"), false);
      case "loguniform" -> new Dimension.LogUniform(label, num(p, "low"), num(p, "high"));
      case "qloguniform" ->
          new Dimension.QLogUniform(label, num(p, "low"), num(p, "high"), num(p, "q"), false);
      case "uniformint" -> new Dimension.QUniform(label, num(p, "low"), num(p, "high"), 1, true);
      case "randint" ->
          new Dimension.RandInt(label, p.get("low").asLong(), p.get("high").asLong() + 1);
      case "choice" -> Dimension.Choice.of(label, options(p));
      case "pchoice" -> new Dimension.Choice(label, options(p), probabilities(p));
      default -> throw new IllegalArgumentException("unsupported kind in " + p);
    };
  }

  private static double num(JsonNode p, String field) {
    return p.get(field).asDouble();
  }

  private static List<Object> options(JsonNode p) {
    List<Object> out = new ArrayList<>();
    p.get("options").forEach(o -> out.add(o.isNumber() ? o.numberValue() : o.asText()));
    return out;
  }

  private static List<Double> probabilities(JsonNode p) {
    List<Double> out = new ArrayList<>();
    p.get("probs").forEach(x -> out.add(x.asDouble()));
    return out;
  }

  private static List<BenchProblem.TestVector> testVectors(Space<?> space, JsonNode vectors) {
    FlatSpace flat = FlatSpace.of(space);
    List<BenchProblem.TestVector> out = new ArrayList<>();
    for (JsonNode v : vectors) {
      Assignment.Builder point = Assignment.builder();
      v.get("params")
          .fields()
          .forEachRemaining(
              e -> {
                Dimension d = flat.param(e.getKey()).dimension();
                Object raw =
                    e.getValue().isNumber() ? e.getValue().numberValue() : e.getValue().asText();
                point.put(e.getKey(), Values.coerce(d, raw));
              });
      out.add(new BenchProblem.TestVector(point.build(), v.get("f").asDouble()));
    }
    return out;
  }
}
