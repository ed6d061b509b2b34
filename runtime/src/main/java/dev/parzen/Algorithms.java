package dev.parzen;

import dev.parzen.internal.Rngs;
import dev.parzen.space.FlatSpace;
import dev.parzen.space.PriorSampler;
import java.util.List;

/** The built-in search strategies. */
public final class Algorithms {

  private Algorithms() {}

  /** Independent draws from the prior of every parameter: the baseline every search must beat. */
  public static Algorithm random() {
    return RandomSearch.INSTANCE;
  }

  /** The algorithm used when none is chosen. */
  static Algorithm standard() {
    return random();
  }

  /** Draws from the prior, ignoring history. */
  private static final class RandomSearch implements Algorithm {
    static final RandomSearch INSTANCE = new RandomSearch();

    @Override
    public Assignment suggest(Space<?> space, List<Observation> history, long seed) {
      return PriorSampler.sample(FlatSpace.of(space), Rngs.create(seed));
    }

    @Override
    public String name() {
      return "random";
    }
  }
}
