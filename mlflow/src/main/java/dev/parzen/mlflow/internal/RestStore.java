package dev.parzen.mlflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A {@link TrackingStore} on an MLflow tracking server: {@code experiments/get-by-name}, {@code
 * experiments/create}, {@code runs/create}, {@code runs/log-batch} and {@code runs/update}.
 */
public final class RestStore implements TrackingStore {

  private static final String ALREADY_EXISTS = "RESOURCE_ALREADY_EXISTS";
  private static final String DOES_NOT_EXIST = "RESOURCE_DOES_NOT_EXIST";

  private final URI base;
  private final RestClient client;

  /** A store on the server {@code client} talks to, whose UI is at {@code base}. */
  public RestStore(URI base, RestClient client) {
    this.base = base;
    this.client = client;
  }

  @Override
  public String experimentId(String name) throws IOException {
    Optional<JsonNode> found = find(name);
    if (found.isEmpty()) {
      ObjectNode body = RestClient.JSON.createObjectNode().put("name", name);
      try {
        return text(client.post("experiments/create", body), "experiment_id", "experiments/create");
      } catch (MlflowApiException e) {
        if (!ALREADY_EXISTS.equals(e.errorCode())) {
          throw e;
        }
        // Another process created it between our lookup and our create: use theirs.
        found = find(name);
        if (found.isEmpty()) {
          throw e;
        }
      }
    }
    JsonNode experiment = found.get();
    String id = text(experiment, "experiment_id", "experiments/get-by-name");
    if ("deleted".equalsIgnoreCase(experiment.path("lifecycle_stage").asText())) {
      throw new IOException(
          ("MLflow experiment '%s' (id %s) is deleted; restore it (mlflow experiments restore"
                  + " --experiment-id %s) or choose another name with parzen.mlflow.experiment")
              .formatted(name, id, id));
    }
    return id;
  }

  @Override
  public String createRun(NewRun run) throws IOException {
    // The name travels as the mlflow.runName tag only: run_name is unknown to 1.x servers.
    ObjectNode body =
        RestClient.JSON
            .createObjectNode()
            .put("experiment_id", run.experimentId())
            .put("start_time", run.startTime());
    body.set("tags", RestClient.JSON.valueToTree(run.tags()));
    JsonNode answer = client.post("runs/create", body);
    return text(answer.path("run").path("info"), "run_id", "runs/create");
  }

  @Override
  public void log(String runId, LogBatch batch) throws IOException {
    BatchSplitter splitter = new BatchSplitter(RestStore::jsonBytes, envelopeBytes(runId));
    for (LogBatch part : splitter.split(batch)) {
      client.post("runs/log-batch", body(runId, part));
    }
  }

  @Override
  public void finishRun(String runId, RunStatus status, long endTime) throws IOException {
    ObjectNode body =
        RestClient.JSON
            .createObjectNode()
            .put("run_id", runId)
            .put("status", status.name())
            .put("end_time", endTime);
    client.post("runs/update", body);
  }

  @Override
  public String describeRun(String experimentId, String runId) {
    return base + "/#/experiments/" + experimentId + "/runs/" + runId;
  }

  /** The size of a request's body for {@code batch}, in bytes. */
  static int requestBytes(String runId, LogBatch batch) {
    try {
      return RestClient.JSON.writeValueAsBytes(body(runId, batch)).length;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode body(String runId, LogBatch batch) {
    ObjectNode body = RestClient.JSON.createObjectNode().put("run_id", runId);
    body.set("metrics", RestClient.JSON.valueToTree(batch.metrics()));
    body.set("params", RestClient.JSON.valueToTree(batch.params()));
    body.set("tags", RestClient.JSON.valueToTree(batch.tags()));
    return body;
  }

  private Optional<JsonNode> find(String name) throws IOException {
    try {
      JsonNode e =
          client.get("experiments/get-by-name", "experiment_name", name).path("experiment");
      return e.isObject() ? Optional.of(e) : Optional.empty();
    } catch (MlflowApiException e) {
      if (DOES_NOT_EXIST.equals(e.errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static String text(JsonNode node, String field, String call) throws IOException {
    String v = node.path(field).asText("");
    if (v.isEmpty()) {
      throw new IOException(
          "MLflow's answer to %s has no %s (got %s); is the tracking URI an MLflow server?"
              .formatted(call, field, Limits.cut(node.toString(), 200)));
    }
    return v;
  }

  static int jsonBytes(Object entity) {
    try {
      return RestClient.JSON.writeValueAsBytes(entity).length;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The envelope of a batch, so the splitter counts it. */
  static int envelopeBytes(String runId) {
    return requestBytes(runId, new LogBatch(List.of(), List.of(), List.of()));
  }
}
