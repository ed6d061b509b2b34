package dev.parzen.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parzen.Assignment;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.annotations.Direction;
import dev.parzen.space.FlatSpace;
import dev.parzen.space.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a journal back: its header and its trials, typed against the current space. */
final class JournalReader {

  /** What a journal holds. */
  record Contents<T>(JournalHeader header, List<Trial<T>> trials, List<String> warnings) {}

  private final Path file;
  private final FlatSpace space;

  private JournalReader(Path file, FlatSpace space) {
    this.file = file;
    this.space = space;
  }

  static <T> Contents<T> read(Path file, Space<T> space) {
    return new JournalReader(file, FlatSpace.of(space)).contents(space);
  }

  private <T> Contents<T> contents(Space<T> typedSpace) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new JournalException(file, "cannot read the journal %s: %s".formatted(file, e), e);
    }
    String[] lines = text.split("\n", -1);
    boolean endsWithNewline = text.endsWith("\n");
    JournalHeader header = null;
    List<Trial<T>> trials = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int last = lastNonBlank(lines);
    for (int i = 0; i <= last; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Map<String, Object> m;
      try {
        m = JournalFormat.read(line);
      } catch (JsonProcessingException e) {
        if (i == last && !endsWithNewline) {
          warnings.add(
              "journal %s: ignored the unfinished last line %d (the previous run stopped while"
                      .formatted(file, i + 1)
                  + " writing it)");
          continue;
        }
        throw malformed(i, "it is not valid JSON (" + e.getOriginalMessage() + ")");
      }
      Object type = m.get("type");
      if (header == null) {
        if (!"header".equals(type)) {
          throw malformed(i, "a journal starts with its header line, found type " + type);
        }
        header = header(m, i);
      } else if ("trial".equals(type)) {
        trials.add(trial(m, i, typedSpace));
      } else if (!"resume".equals(type)) {
        warnings.add(
            "journal %s line %d: unknown line type %s ignored".formatted(file, i + 1, type));
      }
    }
    if (header == null) {
      throw new JournalException(
          file,
          "the journal %s is empty or has no header; delete it to start afresh".formatted(file));
    }
    return new Contents<>(header, trials, warnings);
  }

  @SuppressWarnings("unchecked")
  private JournalHeader header(Map<String, Object> m, int line) {
    try {
      return new JournalHeader(
          ((Number) m.get("format")).intValue(),
          (String) m.get("name"),
          (List<Map<String, Object>>) m.get("space"),
          (String) m.get("fingerprint"),
          (String) m.get("algorithm"),
          ((Number) m.get("seed")).longValue(),
          Direction.valueOf((String) m.get("direction")),
          ((Number) m.get("maxEvals")).intValue(),
          ((Number) m.get("parallelism")).intValue(),
          Instant.parse((String) m.get("created")));
    } catch (RuntimeException e) {
      throw malformed(line, "the header is incomplete (" + e + ")");
    }
  }

  @SuppressWarnings("unchecked")
  private <T> Trial<T> trial(Map<String, Object> m, int line, Space<T> typedSpace) {
    try {
      Assignment a = assignment((Map<String, Object>) m.get("params"), line);
      Instant start = Instant.parse((String) m.get("start"));
      Duration duration =
          Duration.ofNanos(Math.round(((Number) m.get("durationMs")).doubleValue() * 1e6));
      Map<String, Object> err = (Map<String, Object>) m.get("error");
      TrialError error =
          err == null
              ? null
              : new TrialError(
                  (String) err.get("type"), (String) err.get("message"), (String) err.get("stack"));
      Map<String, String> attachments =
          m.get("attachments") == null ? Map.of() : (Map<String, String>) m.get("attachments");
      return new Trial<>(
          ((Number) m.get("number")).intValue(),
          TrialStatus.valueOf((String) m.get("status")),
          a,
          decode(typedSpace, a),
          number(m.get("loss")),
          number(m.get("variance")),
          start,
          duration,
          error,
          attachments);
    } catch (JournalException e) {
      throw e;
    } catch (RuntimeException e) {
      throw malformed(line, "the trial record is incomplete (" + e + ")");
    }
  }

  private Assignment assignment(Map<String, Object> raw, int line) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FlatSpace.Param p : space.params()) {
      if (!raw.containsKey(p.label())) {
        continue;
      }
      Object v = Values.coerce(p.dimension(), raw.get(p.label()));
      if (v == null) {
        throw malformed(
            line,
            "'%s' = %s is not a value of that parameter".formatted(p.label(), raw.get(p.label())));
      }
      values.put(p.label(), v);
    }
    return Assignment.of(values);
  }

  private static <T> T decode(Space<T> space, Assignment a) {
    try {
      return space.decode(a);
    } catch (RuntimeException e) {
      return null; // e.g. a parameter added since: the raw assignment is kept
    }
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static int lastNonBlank(String[] lines) {
    for (int i = lines.length - 1; i >= 0; i--) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private JournalException malformed(int line, String why) {
    return new JournalException(
        file,
        ("journal %s, line %d: %s. Nothing was changed: fix or delete that line, or move the"
                + " journal away to start afresh")
            .formatted(file, line + 1, why));
  }
}
