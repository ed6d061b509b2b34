package dev.parzen.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link MlflowTestServer} was told: experiments and runs with their tags, params and metric
 * histories, kept with the server-side rules (params write-once, runs in active experiments).
 */
final class MlflowTestState {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: HTTP status and JSON body. */
  record Answer(int status, JsonNode body) {}

  /** An experiment. */
  record Experiment(String id, String name, String lifecycleStage) {}

  /** One metric value. */
  record Point(double value, long timestamp, long step) {}

  /** A run and everything logged to it. */
  static final class Run {
    final String id;
    final String experimentId;
    final long startTime;
    final Map<String, String> tags = new LinkedHashMap<>();
    final Map<String, String> params = new LinkedHashMap<>();
    final Map<String, List<Point>> metrics = new LinkedHashMap<>();
    String status = "RUNNING";
    Long endTime;

    Run(String id, String experimentId, long startTime) {
      this.id = id;
      this.experimentId = experimentId;
      this.startTime = startTime;
    }

    String name() {
      return tags.get("mlflow.runName");
    }

    String parentId() {
      return tags.get("mlflow.parentRunId");
    }
  }

  private final Map<String, Experiment> experiments = new LinkedHashMap<>();
  private final Map<String, Run> runs = new LinkedHashMap<>();
  private boolean raceOnCreate;
  private int nextExperiment = 1;

  /** An experiment that already exists on the server. */
  synchronized Experiment addExperiment(String name, String lifecycleStage) {
    Experiment e = new Experiment(Integer.toString(nextExperiment++), name, lifecycleStage);
    experiments.put(e.id(), e);
    return e;
  }

  /** The next {@code experiments/create} finds that another client created the experiment. */
  synchronized void raceOnNextCreate() {
    raceOnCreate = true;
  }

  synchronized List<Experiment> experiments() {
    return List.copyOf(experiments.values());
  }

  synchronized List<Run> runs() {
    return List.copyOf(runs.values());
  }

  synchronized List<Run> parents() {
    return runs.values().stream().filter(r -> r.parentId() == null).toList();
  }

  synchronized List<Run> children(Run parent) {
    return runs.values().stream().filter(r -> parent.id.equals(r.parentId())).toList();
  }

  synchronized Answer getByName(String name) {
    return experiments.values().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .map(e -> new Answer(200, JSON.createObjectNode().set("experiment", experimentJson(e))))
        .orElseGet(
            () ->
                new Answer(
                    404,
                    MlflowTestServer.error(
                        "RESOURCE_DOES_NOT_EXIST", "No experiment named '" + name + "'")));
  }

  synchronized Answer createExperiment(String name) {
    if (raceOnCreate) {
      raceOnCreate = false;
      addExperiment(name, "active");
    }
    if (experiments.values().stream().anyMatch(e -> e.name().equals(name))) {
      return new Answer(
          400,
          MlflowTestServer.error(
              "RESOURCE_ALREADY_EXISTS", "Experiment '" + name + "' already exists."));
    }
    Experiment e = addExperiment(name, "active");
    return new Answer(200, JSON.createObjectNode().put("experiment_id", e.id()));
  }

  synchronized Answer createRun(JsonNode b) {
    Experiment e = experiments.get(b.get("experiment_id").asText());
    if (e == null || !e.lifecycleStage().equals("active")) {
      return new Answer(
          404, MlflowTestServer.error("RESOURCE_DOES_NOT_EXIST", "no active experiment"));
    }
    Run run = new Run(MlflowTestServer.newId(), e.id(), b.get("start_time").asLong());
    if (b.has("tags")) {
      b.get("tags").forEach(t -> run.tags.put(t.get("key").asText(), t.get("value").asText()));
    }
    if (b.has("run_name")) {
      if (run.name() != null && !run.name().equals(b.get("run_name").asText())) {
        return new Answer(
            400, MlflowTestServer.error("INVALID_PARAMETER_VALUE", "run_name != mlflow.runName"));
      }
      run.tags.put("mlflow.runName", b.get("run_name").asText());
    }
    runs.put(run.id, run);
    ObjectNode info =
        JSON.createObjectNode()
            .put("run_id", run.id)
            .put("run_uuid", run.id)
            .put("experiment_id", e.id())
            .put("run_name", run.name())
            .put("status", run.status)
            .put("start_time", run.startTime)
            .put("lifecycle_stage", "active");
    ObjectNode answer = JSON.createObjectNode();
    answer.putObject("run").set("info", info);
    return new Answer(200, answer);
  }

  synchronized Answer logBatch(JsonNode b, List<String> violations) {
    Run run = runs.get(b.get("run_id").asText());
    if (run == null) {
      violations.add("log-batch: unknown run " + b.get("run_id"));
      return null;
    }
    if (b.has("params")) {
      for (JsonNode p : b.get("params")) {
        String key = p.get("key").asText();
        String value = p.get("value").asText();
        String old = run.params.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
          violations.add("log-batch: param " + key + " changed from " + old + " to " + value);
          return null;
        }
      }
    }
    if (b.has("tags")) {
      b.get("tags").forEach(t -> run.tags.put(t.get("key").asText(), t.get("value").asText()));
    }
    if (b.has("metrics")) {
      for (JsonNode m : b.get("metrics")) {
        run.metrics
            .computeIfAbsent(m.get("key").asText(), k -> new ArrayList<>())
            .add(
                new Point(
                    m.get("value").asDouble(),
                    m.get("timestamp").asLong(),
                    m.path("step").asLong()));
      }
    }
    return new Answer(200, JSON.createObjectNode());
  }

  synchronized Answer updateRun(JsonNode b) {
    Run run = runs.get(b.get("run_id").asText());
    if (run == null) {
      return new Answer(404, MlflowTestServer.error("RESOURCE_DOES_NOT_EXIST", "no such run"));
    }
    if (b.has("status")) {
      run.status = b.get("status").asText();
    }
    if (b.has("end_time")) {
      run.endTime = b.get("end_time").asLong();
    }
    ObjectNode info = JSON.createObjectNode().put("run_id", run.id).put("status", run.status);
    return new Answer(200, JSON.createObjectNode().set("run_info", info));
  }

  private static ObjectNode experimentJson(Experiment e) {
    return JSON.createObjectNode()
        .put("experiment_id", e.id())
        .put("name", e.name())
        .put("artifact_location", "mlflow-artifacts:/" + e.id())
        .put("lifecycle_stage", e.lifecycleStage());
  }
}
