package dev.parzen.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real HTTP server on 127.0.0.1 that implements the subset of MLflow's tracking REST API Parzen
 * calls, keeps what it is sent, and checks every request against {@link MlflowProtocolRules}. No
 * MLflow server runs in CI: this is the protocol, as documented, in process.
 */
final class MlflowTestServer implements AutoCloseable {

  static final String API = "/api/2.0/mlflow/";
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // Without it the JDK server's small answers wait ~40 ms for delayed ACKs: slow tests, not a
    // slow client.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One request as received. */
  record Request(
      String method,
      String path,
      String query,
      String authorization,
      String contentType,
      byte[] body) {
    String endpoint() {
      return path.startsWith(API) ? path.substring(API.length()) : path;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A fault the server answers with instead of doing the work. */
  private record Fault(String endpoint, int fromCall, int untilCall, int status, String code) {}

  private final HttpServer http;
  private final MlflowTestState state = new MlflowTestState();
  private final List<Request> requests = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private final List<Fault> faults = new ArrayList<>();
  private final Map<String, Integer> calls = new LinkedHashMap<>();
  private String requiredAuthorization;
  private int paramValueLimit = MlflowProtocolRules.PARAM_VALUE;

  private MlflowTestServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", this::handle);
    http.start();
  }

  static MlflowTestServer start() {
    try {
      return new MlflowTestServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String uri() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  MlflowTestState state() {
    return state;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  synchronized List<Request> requests(String endpoint) {
    return requests.stream().filter(r -> r.endpoint().equals(endpoint)).toList();
  }

  synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  /** Answers calls number {@code from} (1-based) and later to {@code endpoint} with an error. */
  synchronized void failFrom(String endpoint, int from, int status, String code) {
    faults.add(new Fault(endpoint, from, Integer.MAX_VALUE, status, code));
  }

  /** Answers call number {@code n} (1-based) to {@code endpoint} with an error. */
  synchronized void failCall(String endpoint, int n, int status, String code) {
    faults.add(new Fault(endpoint, n, n, status, code));
  }

  /** Accepts param values up to {@code limit} characters, as MLflow 2.x servers do (6000). */
  synchronized void acceptParamValuesUpTo(int limit) {
    this.paramValueLimit = limit;
  }

  /** Answers 401 to requests without exactly this {@code Authorization} header. */
  synchronized void requireAuthorization(String header) {
    this.requiredAuthorization = header;
  }

  @Override
  public void close() {
    http.stop(0);
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    Request r =
        new Request(
            ex.getRequestMethod(),
            ex.getRequestURI().getPath(),
            ex.getRequestURI().getRawQuery(),
            auth,
            ex.getRequestHeaders().getFirst("Content-Type"),
            body);
    requests.add(r);
    int n = calls.merge(r.endpoint(), 1, Integer::sum);
    if (requiredAuthorization != null && !requiredAuthorization.equals(auth)) {
      answer(ex, 401, error("UNAUTHENTICATED", "credentials required"));
      return;
    }
    for (Fault f : faults) {
      if (f.endpoint().equals(r.endpoint()) && n >= f.fromCall() && n <= f.untilCall()) {
        answer(ex, f.status(), error(f.code(), "injected failure of call " + n));
        return;
      }
    }
    List<String> found = new ArrayList<>();
    MlflowTestState.Answer a;
    try {
      a = route(r, found);
    } catch (IOException badJson) {
      found.add(r.endpoint() + ": body is not JSON: " + badJson.getMessage());
      a = new MlflowTestState.Answer(400, error("MALFORMED_REQUEST", "bad JSON"));
    }
    if (!found.isEmpty()) {
      violations.addAll(found);
      a = new MlflowTestState.Answer(400, error("INVALID_PARAMETER_VALUE", found.toString()));
    }
    answer(ex, a.status(), a.body());
  }

  private MlflowTestState.Answer route(Request r, List<String> v) throws IOException {
    String e = r.endpoint();
    if (e.equals("experiments/get-by-name")) {
      expectMethod(r, "GET", v);
      String q = r.query() == null ? "" : r.query();
      if (!q.startsWith("experiment_name=")) {
        v.add("get-by-name: query must be experiment_name=…, was " + q);
        return new MlflowTestState.Answer(400, error("INVALID_PARAMETER_VALUE", q));
      }
      String name =
          java.net.URLDecoder.decode(
              q.substring("experiment_name=".length()), StandardCharsets.UTF_8);
      return state.getByName(name);
    }
    expectMethod(r, "POST", v);
    if (r.contentType() == null || !r.contentType().startsWith("application/json")) {
      v.add(r.endpoint() + ": Content-Type must be application/json, was " + r.contentType());
    }
    JsonNode b = JSON.readTree(r.body());
    String call = "POST " + e;
    switch (e) {
      case "experiments/create" -> {
        v.addAll(MlflowProtocolRules.createExperiment(call, b));
        return v.isEmpty() ? state.createExperiment(b.get("name").asText()) : null;
      }
      case "runs/create" -> {
        v.addAll(MlflowProtocolRules.createRun(call, b));
        return v.isEmpty() ? state.createRun(b) : null;
      }
      case "runs/log-batch" -> {
        v.addAll(MlflowProtocolRules.logBatch(call, b, r.body().length, paramValueLimit));
        return v.isEmpty() ? state.logBatch(b, v) : null;
      }
      case "runs/update" -> {
        v.addAll(MlflowProtocolRules.updateRun(call, b));
        return v.isEmpty() ? state.updateRun(b) : null;
      }
      default -> {
        v.add("unknown endpoint " + r.method() + " " + r.path());
        return new MlflowTestState.Answer(404, error("ENDPOINT_NOT_FOUND", r.path()));
      }
    }
  }

  private static void expectMethod(Request r, String method, List<String> v) {
    if (!r.method().equals(method)) {
      v.add(r.endpoint() + ": must be " + method + ", was " + r.method());
    }
  }

  static ObjectNode error(String code, String message) {
    return JSON.createObjectNode().put("error_code", code).put("message", message);
  }

  private static void answer(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
