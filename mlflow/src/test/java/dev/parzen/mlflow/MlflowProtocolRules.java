package dev.parzen.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of MLflow's tracking REST API that a client must follow, written from its protocol
 * documentation ({@code service.proto}) and the server's validation: field names and types, key
 * syntax, value lengths and the {@code log-batch} limits. Each check returns violations in words.
 */
final class MlflowProtocolRules {

  static final Pattern KEY = Pattern.compile("^[/\\w.\\- ]*$", Pattern.UNICODE_CHARACTER_CLASS);
  static final Set<String> STATUSES =
      Set.of("RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED");

  /** The strictest documented param-value limit (the proto docs); servers since 2.x take 6000. */
  static final int PARAM_VALUE = 250;

  static final int TAG_VALUE = 5000;
  static final int KEY_LENGTH = 250;

  private MlflowProtocolRules() {}

  /** {@code POST experiments/create}. */
  static List<String> createExperiment(String call, JsonNode b) {
    List<String> v = new ArrayList<>();
    v.addAll(fields(call, b, Set.of("name"), Set.of("artifact_location", "tags")));
    v.addAll(string(call, b, "name"));
    return v;
  }

  /** {@code POST runs/create}. */
  static List<String> createRun(String call, JsonNode b) {
    List<String> v = new ArrayList<>();
    v.addAll(fields(call, b, Set.of("experiment_id", "start_time"), Set.of("run_name", "tags")));
    v.addAll(string(call, b, "experiment_id"));
    v.addAll(integer(call, b, "start_time"));
    v.addAll(keyValues(call, "tag", b.get("tags"), TAG_VALUE));
    return v;
  }

  /** {@code POST runs/log-batch}, with the param-value limit the server enforces. */
  static List<String> logBatch(String call, JsonNode b, int bodyBytes, int paramValue) {
    List<String> v = new ArrayList<>();
    v.addAll(fields(call, b, Set.of("run_id"), Set.of("metrics", "params", "tags")));
    v.addAll(string(call, b, "run_id"));
    v.addAll(metrics(call, b.get("metrics")));
    v.addAll(keyValues(call, "param", b.get("params"), paramValue));
    v.addAll(keyValues(call, "tag", b.get("tags"), TAG_VALUE));
    v.addAll(batchLimits(b, bodyBytes));
    return v;
  }

  /** {@code POST runs/update}. */
  static List<String> updateRun(String call, JsonNode b) {
    List<String> v = new ArrayList<>();
    v.addAll(fields(call, b, Set.of("run_id"), Set.of("status", "end_time", "run_name")));
    v.addAll(string(call, b, "run_id"));
    v.addAll(integer(call, b, "end_time"));
    if (b.has("status") && !STATUSES.contains(b.get("status").asText())) {
      v.add(call + ": unknown status " + b.get("status"));
    }
    return v;
  }

  /** Violations of the field set: unknown fields, missing required ones. */
  static List<String> fields(
      String call, JsonNode body, Set<String> required, Set<String> optional) {
    List<String> v = new ArrayList<>();
    if (!body.isObject()) {
      v.add(call + ": body is not a JSON object");
      return v;
    }
    for (String r : required) {
      if (!body.has(r)) {
        v.add(call + ": missing required field " + r);
      }
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!required.contains(f) && !optional.contains(f)) {
        v.add(call + ": unknown field " + f + " (the server rejects unknown fields)");
      }
    }
    return v;
  }

  static List<String> string(String call, JsonNode body, String field) {
    return body.has(field) && !body.get(field).isTextual()
        ? List.of(call + ": " + field + " must be a string, was " + body.get(field))
        : List.of();
  }

  static List<String> integer(String call, JsonNode body, String field) {
    return body.has(field) && !body.get(field).isIntegralNumber()
        ? List.of(call + ": " + field + " must be an integer, was " + body.get(field))
        : List.of();
  }

  /** A param, metric or tag key as the server validates it. */
  static List<String> key(String call, String what, JsonNode keyNode) {
    if (keyNode == null || !keyNode.isTextual()) {
      return List.of(call + ": " + what + " key must be a string, was " + keyNode);
    }
    String k = keyNode.asText();
    List<String> v = new ArrayList<>();
    if (k.isEmpty() || k.length() > KEY_LENGTH) {
      v.add(call + ": " + what + " key length must be 1.." + KEY_LENGTH + ": '" + k + "'");
    }
    if (!KEY.matcher(k).matches()) {
      v.add(call + ": " + what + " key has characters outside [/\\w.\\- ]: '" + k + "'");
    }
    if (!normpath(k).equals(k) || k.startsWith("/") || k.startsWith("..")) {
      v.add(call + ": " + what + " key is not a normalised relative path: '" + k + "'");
    }
    return v;
  }

  /** A list of {key, value} entities: params or tags. */
  static List<String> keyValues(String call, String what, JsonNode list, int maxValue) {
    List<String> v = new ArrayList<>();
    if (list == null) {
      return v;
    }
    if (!list.isArray()) {
      return List.of(call + ": " + what + "s must be an array");
    }
    for (JsonNode e : list) {
      v.addAll(fields(call + " " + what, e, Set.of("key", "value"), Set.of()));
      v.addAll(key(call, what, e.get("key")));
      JsonNode value = e.get("value");
      if (value == null || !value.isTextual()) {
        v.add(call + ": " + what + " value must be a string, was " + value);
      } else if (value.asText().codePointCount(0, value.asText().length()) > maxValue) {
        v.add(call + ": " + what + " value longer than " + maxValue + " characters");
      }
    }
    return v;
  }

  static List<String> metrics(String call, JsonNode list) {
    List<String> v = new ArrayList<>();
    if (list == null) {
      return v;
    }
    for (JsonNode m : list) {
      v.addAll(fields(call + " metric", m, Set.of("key", "value", "timestamp"), Set.of("step")));
      v.addAll(key(call, "metric", m.get("key")));
      if (m.has("value") && !m.get("value").isNumber()) {
        v.add(call + ": metric value must be a number, was " + m.get("value"));
      }
      v.addAll(integer(call, m, "timestamp"));
      v.addAll(integer(call, m, "step"));
    }
    return v;
  }

  /** The log-batch limits. */
  static List<String> batchLimits(JsonNode body, int bodyBytes) {
    int metrics = size(body.get("metrics"));
    int params = size(body.get("params"));
    int tags = size(body.get("tags"));
    List<String> v = new ArrayList<>();
    if (metrics > 1000) {
      v.add("log-batch: " + metrics + " metrics > 1000");
    }
    if (params > 100) {
      v.add("log-batch: " + params + " params > 100");
    }
    if (tags > 100) {
      v.add("log-batch: " + tags + " tags > 100");
    }
    if (metrics + params + tags > 1000) {
      v.add("log-batch: " + (metrics + params + tags) + " entities > 1000");
    }
    if (bodyBytes > 1_000_000) {
      v.add("log-batch: request of " + bodyBytes + " bytes > 1 MB");
    }
    Set<String> seen = new HashSet<>();
    if (body.has("params")) {
      for (JsonNode p : body.get("params")) {
        if (!seen.add(p.path("key").asText())) {
          v.add("log-batch: duplicate param key " + p.path("key").asText());
        }
      }
    }
    return v;
  }

  private static int size(JsonNode list) {
    return list == null ? 0 : list.size();
  }

  /** Python's {@code posixpath.normpath}, which the server compares keys against. */
  static String normpath(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean absolute = path.startsWith("/");
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
        out.remove(out.size() - 1);
      } else if (!(part.equals("..") && absolute)) {
        out.add(part);
      }
    }
    String joined = String.join("/", out);
    return absolute ? "/" + joined : joined.isEmpty() ? "." : joined;
  }
}
