package dev.parzen.journal;

import dev.parzen.Space;
import dev.parzen.annotations.Direction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first line of a journal: which tuning wrote it, over which space, with which settings.
 *
 * @param format the journal format version
 * @param name the tuning's name
 * @param space the space description (see {@link SpaceDescription})
 * @param fingerprint the space description's fingerprint
 * @param algorithm the algorithm's name
 * @param seed the run seed; a resumed run continues with it
 * @param direction the objective's direction
 * @param maxEvals the requested budget, or -1 when the advice chose it
 * @param parallelism the requested parallelism
 * @param created when the journal was started
 */
public record JournalHeader(
    int format,
    String name,
    List<Map<String, Object>> space,
    String fingerprint,
    String algorithm,
    long seed,
    Direction direction,
    int maxEvals,
    int parallelism,
    Instant created) {

  /** The current journal format. */
  public static final int FORMAT = 1;

  /** Validates the record. */
  public JournalHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(direction, "direction");
  }

  /** The header for a new journal of a tuning with these settings. */
  public static JournalHeader create(
      String name,
      Space<?> space,
      String algorithm,
      long seed,
      Direction direction,
      int maxEvals,
      int parallelism) {
    List<Map<String, Object>> description = JournalFormat.roundTrip(SpaceDescription.of(space));
    return new JournalHeader(
        FORMAT,
        name,
        description,
        SpaceDescription.fingerprint(description),
        algorithm,
        seed,
        direction,
        maxEvals,
        parallelism,
        Instant.now());
  }
}
