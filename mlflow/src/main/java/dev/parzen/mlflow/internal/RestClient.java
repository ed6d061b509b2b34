package dev.parzen.mlflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * A thin JSON client for MLflow's tracking REST API ({@code /api/2.0/mlflow/…}) on {@link
 * HttpClient}: a timeout on every request, the {@code Authorization} header when credentials are
 * set, and a short retry on connection failures and on 429/502/503/504 answers.
 *
 * <p>Why not {@code org.mlflow:mlflow-client}: it is an 8.6 MB shaded jar, it refuses {@code file:}
 * tracking URIs, and it shells out to a Python {@code mlflow} installation for artifacts. Parzen
 * needs five endpoints, which this class covers.
 */
public final class RestClient {

  /** The API prefix every endpoint shares. */
  public static final String API = "/api/2.0/mlflow/";

  static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);
  private static final int ATTEMPTS = 3;

  private final URI base;
  private final Credentials credentials;
  private final Duration timeout;
  private final Duration backoff;
  private final HttpClient http;

  /**
   * A client for the server at {@code base}.
   *
   * @param base the server's base URI, without trailing slash
   * @param credentials the credentials to send
   * @param timeout the connect and request timeout
   * @param backoff the wait before the first retry; doubled for the next
   */
  public RestClient(URI base, Credentials credentials, Duration timeout, Duration backoff) {
    this.base = base;
    this.credentials = credentials;
    this.timeout = timeout;
    this.backoff = backoff;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** {@code GET endpoint?name=value}. */
  public JsonNode get(String endpoint, String name, String value) throws IOException {
    String query = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    return send(request(endpoint + "?" + query).GET(), "GET " + endpoint);
  }

  /** {@code POST endpoint} with {@code body} as JSON. */
  public JsonNode post(String endpoint, Object body) throws IOException {
    byte[] json = JSON.writeValueAsBytes(body);
    HttpRequest.Builder b =
        request(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    return send(b, "POST " + endpoint);
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + API + pathAndQuery))
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("User-Agent", "parzen-mlflow");
    credentials.header().ifPresent(h -> b.header("Authorization", h));
    return b;
  }

  private JsonNode send(HttpRequest.Builder b, String call) throws IOException {
    HttpRequest request = b.build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (HttpTimeoutException e) {
        throw new IOException(
            "MLflow did not answer %s within %s; raise parzen.mlflow.requestTimeoutSeconds if the"
                    .formatted(call, timeout)
                + " server is just slow",
            e);
      } catch (IOException e) {
        if (attempt < ATTEMPTS) {
          pause(attempt);
          continue;
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.toString();
        throw new IOException(
            "cannot reach MLflow at %s for %s (%s); is the server running and the URI right?"
                .formatted(base, call, why),
            e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while calling MLflow " + call, e);
      }
      int status = response.statusCode();
      if (status / 100 == 2) {
        String body = response.body();
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
      }
      if (RETRIED.contains(status) && attempt < ATTEMPTS) {
        pause(attempt);
        continue;
      }
      throw error(call, status, credentials.scrub(response.body()));
    }
  }

  private static MlflowApiException error(String call, int status, String body) {
    String code = "";
    String text = body == null ? "" : body.strip();
    try {
      JsonNode n = JSON.readTree(text);
      if (n != null && n.isObject()) {
        code = n.path("error_code").asText("");
        text = n.path("message").asText(text);
      }
    } catch (IOException notJson) {
      // An HTML error page from a proxy: keep its start as the message.
    }
    return new MlflowApiException(
        call, status, code, Limits.cut(text.replaceAll("\\s+", " "), 300));
  }

  private void pause(int attempt) throws IOException {
    try {
      Thread.sleep(backoff.toMillis() << (attempt - 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry an MLflow call", e);
    }
  }
}
