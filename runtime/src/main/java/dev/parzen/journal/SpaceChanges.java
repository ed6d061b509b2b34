package dev.parzen.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a space changed between the run that wrote a journal and the run resuming it. Additive
 * changes keep every earlier trial a valid point: new parameters (earlier trials lack them), new
 * options, wider bounds, other prior weights. Anything else (a removed parameter or option, a
 * narrowed bound, another kind, quantum or branch) breaks the history.
 *
 * @param breaking differences that forbid resuming
 * @param additive differences that keep the history
 */
public record SpaceChanges(List<String> breaking, List<String> additive) {

  /** Compares the journal's space {@code before} with the current space {@code now}. */
  public static SpaceChanges between(
      List<Map<String, Object>> before, List<Map<String, Object>> now) {
    Map<String, Map<String, Object>> current = new HashMap<>();
    now.forEach(p -> current.put((String) p.get("label"), p));
    List<String> breaking = new ArrayList<>();
    List<String> additive = new ArrayList<>();
    for (Map<String, Object> old : before) {
      String label = (String) old.get("label");
      Map<String, Object> cur = current.remove(label);
      if (cur == null) {
        breaking.add("parameter '%s' was removed".formatted(label));
      } else {
        compare(label, old, cur, breaking, additive);
      }
    }
    now.stream()
        .filter(p -> current.containsKey((String) p.get("label")))
        .forEach(
            p ->
                additive.add(
                    "parameter '%s' is new; earlier trials have no value for it"
                        .formatted(p.get("label"))));
    return new SpaceChanges(List.copyOf(breaking), List.copyOf(additive));
  }

  /** True when nothing forbids resuming. */
  public boolean compatible() {
    return breaking.isEmpty();
  }

  private static void compare(
      String label,
      Map<String, Object> old,
      Map<String, Object> cur,
      List<String> breaking,
      List<String> additive) {
    for (String key : List.of("kind", "parent", "branch", "q", "integer", "mu", "sigma")) {
      if (!Objects.equals(old.get(key), cur.get(key))) {
        breaking.add(
            "'%s': %s changed from %s to %s".formatted(label, key, old.get(key), cur.get(key)));
      }
    }
    bound(label, "min", old, cur, true, breaking, additive);
    bound(label, "max", old, cur, false, breaking, additive);
    bound(label, "maxExclusive", old, cur, false, breaking, additive);
    options(label, old, cur, breaking, additive);
  }

  private static void bound(
      String label,
      String key,
      Map<String, Object> old,
      Map<String, Object> cur,
      boolean lower,
      List<String> breaking,
      List<String> additive) {
    if (!(old.get(key) instanceof Number o) || !(cur.get(key) instanceof Number c)) {
      return;
    }
    double before = o.doubleValue();
    double after = c.doubleValue();
    if (before == after) {
      return;
    }
    boolean widened = lower ? after < before : after > before;
    String text =
        "'%s': %s %s from %s to %s".formatted(label, key, widened ? "widened" : "narrowed", o, c);
    (widened ? additive : breaking).add(text);
  }

  private static void options(
      String label,
      Map<String, Object> old,
      Map<String, Object> cur,
      List<String> breaking,
      List<String> additive) {
    if (!(old.get("options") instanceof List<?> before)
        || !(cur.get("options") instanceof List<?> after)) {
      return;
    }
    for (Object o : before) {
      if (!after.contains(o)) {
        breaking.add("'%s': option %s was removed".formatted(label, o));
      }
    }
    for (Object o : after) {
      if (!before.contains(o)) {
        additive.add("'%s': option %s is new".formatted(label, o));
      }
    }
  }
}
