package dev.parzen.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parzen.Assignment;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of journal lines: Jackson over plain maps, so the format is explicit here. */
final class JournalFormat {

  static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private JournalFormat() {}

  static List<Map<String, Object>> roundTrip(List<Map<String, Object>> value) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsBytes(value), new TypeReference<>() {});
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot convert the space description to JSON", e);
    }
  }

  static String header(JournalHeader h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "header");
    m.put("format", h.format());
    m.put("name", h.name());
    m.put("algorithm", h.algorithm());
    m.put("seed", h.seed());
    m.put("direction", h.direction().name());
    m.put("maxEvals", h.maxEvals());
    m.put("parallelism", h.parallelism());
    m.put("created", h.created().toString());
    m.put("fingerprint", h.fingerprint());
    m.put("space", h.space());
    return write(m);
  }

  static String resumed(long seed, Instant at) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "resume");
    m.put("at", at.toString());
    m.put("seed", seed);
    return write(m);
  }

  static String trial(Trial<?> t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "trial");
    m.put("number", t.number());
    m.put("status", t.status().name());
    Map<String, Object> params = new LinkedHashMap<>();
    t.assignment().asMap().forEach((k, v) -> params.put(k, SpaceDescription.optionValue(v)));
    m.put("params", params);
    m.put("loss", finite(t.loss()));
    m.put("variance", finite(t.variance()));
    m.put("start", t.start().toString());
    m.put("end", t.start().plus(t.duration()).toString());
    m.put("durationMs", t.duration().toNanos() / 1e6);
    t.error().ifPresent(e -> m.put("error", error(e)));
    if (!t.attachments().isEmpty()) {
      m.put("attachments", t.attachments());
    }
    return write(m);
  }

  static Map<String, Object> read(String line) throws JsonProcessingException {
    return MAPPER.readValue(line, new TypeReference<>() {});
  }

  static Map<String, Object> error(TrialError e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.type());
    m.put("message", e.message());
    m.put("stack", e.stackTrace());
    return m;
  }

  static TrialStatus status(Object raw) {
    return TrialStatus.valueOf(String.valueOf(raw));
  }

  static Assignment params(Map<String, Object> raw) {
    return Assignment.of(raw);
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static String write(Map<String, Object> m) {
    try {
      return MAPPER.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a journal line", e);
    }
  }
}
