package dev.parzen;

import dev.parzen.space.SpaceBuilder;
import java.util.List;
import java.util.Optional;

/**
 * A search space: the dimensions to tune and the mapping between an {@link Assignment} and the
 * typed parameter object {@code T} the objective receives.
 *
 * <p>Spaces for annotated records and classes are generated at compile time ({@code XSpace}, found
 * with {@link Spaces#of}); {@link #builder()} builds a {@code Space<Assignment>} in code.
 * Implementations are immutable and thread-safe.
 *
 * @param <T> the parameter type the objective receives
 */
public interface Space<T> {

  /** The top-level dimensions in declaration order; branches carry their own. Never empty. */
  List<Dimension> dimensions();

  /**
   * Builds the parameter object from the values of one trial.
   *
   * @throws IllegalArgumentException when the assignment does not fit the space
   */
  T decode(Assignment assignment);

  /**
   * The assignment that decodes to {@code value}: used to evaluate known points first and to resume
   * from a journal.
   */
  Assignment encode(T value);

  /**
   * The library defaults of the parameters, when every parameter has one: evaluated first so the
   * tuned result can be compared with the defaults. Empty by default.
   */
  default Optional<Assignment> defaults() {
    return Optional.empty();
  }

  /** A builder for a space whose parameter object is the {@link Assignment} itself. */
  static SpaceBuilder builder() {
    return new SpaceBuilder();
  }
}
