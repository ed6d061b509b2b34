package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-test server catches protocol mistakes, so a clean run against it means something. */
class MlflowTestServerTests {

  private final MlflowTestServer server = MlflowTestServer.start();
  private final HttpClient http = HttpClient.newHttpClient();
  private String runId;

  @BeforeEach
  void createRun() throws Exception {
    String exp =
        post("experiments/create", "{\"name\":\"e\"}")
            .replaceAll(".*\"experiment_id\":\"(\\d+)\".*", "$1");
    String run = post("runs/create", "{\"experiment_id\":\"" + exp + "\",\"start_time\":1}");
    runId = run.replaceAll(".*\"run_id\":\"([0-9a-f]+)\".*", "$1");
    assertThat(server.violations()).isEmpty();
  }

  @AfterEach
  void close() {
    server.close();
  }

  private String post(String endpoint, String json) throws IOException, InterruptedException {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(server.uri() + MlflowTestServer.API + endpoint))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString()).body();
  }

  private String batch(String fields) throws Exception {
    return post("runs/log-batch", "{\"run_id\":\"" + runId + "\"," + fields + "}");
  }

  @Test
  void unknownFieldsAreViolations() throws Exception {
    batch("\"run_uuid\":\"x\"");
    assertThat(server.violations()).singleElement().asString().contains("unknown field run_uuid");
  }

  @Test
  void moreThanOneHundredParamsInABatchAreAViolation() throws Exception {
    String params =
        IntStream.range(0, 101)
            .mapToObj(i -> "{\"key\":\"p" + i + "\",\"value\":\"1\"}")
            .collect(Collectors.joining(","));
    batch("\"params\":[" + params + "]");
    assertThat(server.violations()).anySatisfy(v -> assertThat(v).contains("101 params > 100"));
  }

  @Test
  void keysOutsideTheCharsetAreViolations() throws Exception {
    batch("\"params\":[{\"key\":\"a:b\",\"value\":\"1\"},{\"key\":\"../x\",\"value\":\"1\"}]");
    assertThat(server.violations())
        .anySatisfy(v -> assertThat(v).contains("characters outside"))
        .anySatisfy(v -> assertThat(v).contains("not a normalised relative path"));
  }

  @Test
  void metricTimestampsMustBeIntegers() throws Exception {
    batch("\"metrics\":[{\"key\":\"loss\",\"value\":1.5,\"timestamp\":\"now\",\"step\":0}]");
    assertThat(server.violations())
        .singleElement()
        .asString()
        .contains("timestamp must be an integer");
  }

  @Test
  void changingAParamIsAViolation() throws Exception {
    batch("\"params\":[{\"key\":\"lr\",\"value\":\"0.1\"}]");
    batch("\"params\":[{\"key\":\"lr\",\"value\":\"0.2\"}]");
    assertThat(server.violations()).singleElement().asString().contains("param lr changed");
  }

  @Test
  void longParamValuesAreViolations() throws Exception {
    batch("\"params\":[{\"key\":\"text\",\"value\":\"" + "x".repeat(251) + "\"}]");
    assertThat(server.violations()).singleElement().asString().contains("longer than 250");
  }

  @Test
  void getOnAPostEndpointIsAViolation() throws Exception {
    http.send(
        HttpRequest.newBuilder(URI.create(server.uri() + MlflowTestServer.API + "runs/update"))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(server.violations()).anySatisfy(v -> assertThat(v).contains("must be POST"));
  }

  @Test
  void unknownEndpointsAreViolations() throws Exception {
    post("runs/log-metric", "{}");
    assertThat(server.violations()).singleElement().asString().contains("unknown endpoint");
  }
}
