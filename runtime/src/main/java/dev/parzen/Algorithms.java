package dev.parzen;

import dev.parzen.internal.Rngs;
import dev.parzen.space.FlatSpace;
import dev.parzen.space.PriorSampler;
import dev.parzen.tpe.TpeOptions;
import dev.parzen.tpe.internal.TpeAlgorithm;
import java.util.List;

/** The built-in search strategies. */
public final class Algorithms {

  private Algorithms() {}

  /** Independent draws from the prior of every parameter: the baseline every search must beat. */
  public static Algorithm random() {
    return RandomSearch.INSTANCE;
  }

  /**
   * The Tree-structured Parzen Estimator with {@link TpeOptions#defaults()}: random draws for the
   * first trials, then suggestions that maximise the ratio of the good to the bad density.
   */
  public static Algorithm tpe() {
    return tpe(TpeOptions.defaults());
  }

  /**
   * The Tree-structured Parzen Estimator with {@code options} (e.g. {@link TpeOptions#hyperopt()}).
   */
  public static Algorithm tpe(TpeOptions options) {
    return new TpeAlgorithm(options);
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
