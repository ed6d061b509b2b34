package dev.parzen.space;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter of a space, branches unfolded, in topological order (a branch dimension before
 * the parameters inside its branches). Algorithms, journals and reports walk this instead of the
 * tree. Immutable and thread-safe.
 */
public final class FlatSpace {

  /**
   * One parameter and where it lives.
   *
   * @param index position in {@link #params()}
   * @param dimension the parameter's dimension
   * @param parent index of the {@link Dimension.Branches} it belongs to, or {@code -1} at the top
   * @param branchKey the branch of {@code parent} in which it is active, or {@code null} at the top
   */
  public record Param(int index, Dimension dimension, int parent, String branchKey) {

    /** The parameter's label. */
    public String label() {
      return dimension.label();
    }

    /** True for parameters that exist in every trial. */
    public boolean unconditional() {
      return parent < 0;
    }
  }

  private final List<Param> params;
  private final Map<String, Param> byLabel;

  private FlatSpace(List<Param> params) {
    this.params = Collections.unmodifiableList(params);
    Map<String, Param> map = new HashMap<>();
    for (Param p : params) {
      if (map.put(p.label(), p) != null) {
        throw new IllegalArgumentException(
            "two parameters are labelled '%s'; labels must be unique across the whole space,"
                    .formatted(p.label())
                + " branches included: rename one");
      }
    }
    this.byLabel = map;
  }

  /** The flattened form of {@code space}. */
  public static FlatSpace of(Space<?> space) {
    return of(space.dimensions());
  }

  /**
   * The flattened form of these top-level dimensions.
   *
   * @throws IllegalArgumentException when there are none or two share a label
   */
  public static FlatSpace of(List<Dimension> dimensions) {
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("a space needs at least one dimension; add a parameter");
    }
    List<Param> out = new ArrayList<>();
    add(dimensions, -1, null, out);
    return new FlatSpace(out);
  }

  private static void add(List<Dimension> dims, int parent, String key, List<Param> out) {
    for (Dimension d : dims) {
      int index = out.size();
      out.add(new Param(index, d, parent, key));
      if (d instanceof Dimension.Branches b) {
        for (Dimension.Branch branch : b.branches()) {
          add(branch.dimensions(), index, branch.key(), out);
        }
      }
    }
  }

  /** All parameters, topologically ordered. */
  public List<Param> params() {
    return params;
  }

  /** The number of parameters, branches unfolded. */
  public int size() {
    return params.size();
  }

  /** The parameter labelled {@code label}, or {@code null}. */
  public Param param(String label) {
    return byLabel.get(label);
  }

  /**
   * True when {@code p} is active given the values already chosen for its ancestors in {@code
   * values} (indexed like {@link #params()}, {@code null} for inactive ones).
   */
  public boolean active(Param p, Object[] values) {
    return p.parent < 0 || p.branchKey.equals(values[p.parent]);
  }

  /** True when {@code p} is active in {@code assignment}. */
  public boolean active(Param p, Assignment assignment) {
    if (p.parent < 0) {
      return true;
    }
    Param parent = params.get(p.parent);
    return assignment.has(parent.label())
        && p.branchKey.equals(assignment.get(parent.label()))
        && active(parent, assignment);
  }

  /**
   * What is wrong with {@code assignment} for this space: missing active parameters, parameters
   * that are inactive or unknown, and values of the wrong type or out of range. Empty when it fits.
   */
  public List<String> problems(Assignment assignment) {
    List<String> problems = new ArrayList<>();
    for (Param p : params) {
      boolean active = active(p, assignment);
      boolean present = assignment.has(p.label());
      if (active && !present) {
        problems.add("'%s' is missing".formatted(p.label()));
      } else if (!active && present) {
        problems.add("'%s' is set but not active in this branch".formatted(p.label()));
      } else if (present) {
        String bad = Values.problem(p.dimension(), assignment.get(p.label()));
        if (bad != null) {
          problems.add(bad);
        }
      }
    }
    for (String label : assignment.labels()) {
      if (!byLabel.containsKey(label)) {
        problems.add("'%s' is not a parameter of this space (%s)".formatted(label, labels()));
      }
    }
    return problems;
  }

  /**
   * Checks that {@code assignment} fits this space.
   *
   * @throws IllegalArgumentException listing every problem
   */
  public void requireValid(Assignment assignment) {
    List<String> problems = problems(assignment);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "assignment %s does not fit the space: %s".formatted(assignment, problems));
    }
  }

  /** The labels, topologically ordered. */
  public List<String> labels() {
    return params.stream().map(Param::label).toList();
  }
}
