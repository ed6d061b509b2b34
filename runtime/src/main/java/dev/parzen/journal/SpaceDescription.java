package dev.parzen.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parzen.Dimension;
import dev.parzen.Space;
import dev.parzen.space.FlatSpace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A space written as plain JSON values — one map per parameter, in topological order — and its
 * fingerprint. It is what a journal remembers of the space, so a resumed run can tell whether the
 * space changed and how.
 */
public final class SpaceDescription {

  private SpaceDescription() {}

  /** The description of {@code space}. */
  public static List<Map<String, Object>> of(Space<?> space) {
    FlatSpace flat = FlatSpace.of(space);
    List<Map<String, Object>> out = new ArrayList<>();
    for (FlatSpace.Param p : flat.params()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", p.label());
      m.put("kind", p.dimension().kind());
      if (!p.unconditional()) {
        m.put("parent", flat.params().get(p.parent()).label());
        m.put("branch", p.branchKey());
      }
      describe(p.dimension(), m);
      out.add(m);
    }
    return out;
  }

  /** A SHA-256 of the canonical JSON of {@code description}. */
  public static String fingerprint(List<Map<String, Object>> description) {
    try {
      byte[] json = JournalFormat.MAPPER.writeValueAsBytes(description);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the space", e);
    }
  }

  /** The JSON form of a choice option: enum constants by name, numbers and booleans as such. */
  public static Object optionValue(Object option) {
    if (option instanceof Enum<?> e) {
      return e.name();
    }
    if (option instanceof Number || option instanceof Boolean || option instanceof String) {
      return option;
    }
    return String.valueOf(option);
  }

  private static void describe(Dimension d, Map<String, Object> m) {
    if (d instanceof Dimension.Choice c) {
      m.put("options", c.options().stream().map(SpaceDescription::optionValue).toList());
      m.put("weights", c.weights());
    } else if (d instanceof Dimension.Branches b) {
      m.put("options", b.keys());
      m.put("weights", b.weights());
    } else if (d instanceof Dimension.RandInt r) {
      m.put("min", r.min());
      m.put("maxExclusive", r.maxExclusive());
    } else {
      Dimension.Numeric n = (Dimension.Numeric) d;
      if (n.bounded()) {
        m.put("min", n.lower());
        m.put("max", n.upper());
      } else {
        m.put("mu", n.priorMu());
        m.put("sigma", n.priorSigma());
      }
      if (n.q() > 0) {
        m.put("q", n.q());
      }
      m.put("integer", n.integer());
    }
  }

  /** Bytes of a string, for messages about sizes. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
