package dev.parzen.tpe.internal;

import dev.parzen.space.FlatSpace;
import dev.parzen.tpe.TpeOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partitions a space's parameters into the groups that are modelled jointly, in topological order:
 * a branch's group comes after the group of the parameter that selects the branch.
 */
final class Groups {

  private Groups() {}

  /**
   * One parameter at a time ({@code OFF}); the unconditional parameters together and the others one
   * at a time ({@code UNCONDITIONAL}); every set of parameters active under the same branch
   * together ({@code GROUPED}). Randints too large to model form groups of their own.
   */
  static List<int[]> of(FlatSpace space, Axis[] axes, TpeOptions.Multivariate mode) {
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (FlatSpace.Param p : space.params()) {
      String key = key(p, axes[p.index()], mode);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p.index());
    }
    List<int[]> groups = new ArrayList<>(byKey.size());
    for (List<Integer> members : byKey.values()) {
      groups.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    groups.sort((a, b) -> Integer.compare(a[0], b[0]));
    return groups;
  }

  private static String key(FlatSpace.Param p, Axis axis, TpeOptions.Multivariate mode) {
    boolean alone =
        mode == TpeOptions.Multivariate.OFF
            || (mode == TpeOptions.Multivariate.UNCONDITIONAL && !p.unconditional())
            || (axis instanceof CategoricalAxis c && !c.modelled());
    if (alone) {
      return "#" + p.index();
    }
    return p.parent() + "/" + p.branchKey();
  }
}
