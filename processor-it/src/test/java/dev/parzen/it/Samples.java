package dev.parzen.it;

import dev.parzen.Assignment;
import dev.parzen.Space;
import dev.parzen.space.FlatSpace;
import dev.parzen.space.PriorSampler;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Seeded draws from a space's prior. */
final class Samples {

  private Samples() {}

  static List<Assignment> draw(Space<?> space, int count, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    FlatSpace flat = FlatSpace.of(space);
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(PriorSampler.sample(flat, rng));
    }
    return out;
  }
}
