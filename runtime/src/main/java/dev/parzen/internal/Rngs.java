package dev.parzen.internal;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded generators and seed derivation. Every random decision in Parzen flows from one run seed
 * through {@link #derive}, so a trial's suggestion depends only on the run seed, the trial number
 * and the history — which is what makes seeded serial runs reproducible and resumed runs fresh.
 */
public final class Rngs {

  private Rngs() {}

  /** A fast, high-quality generator (xoroshiro128++) seeded with {@code seed}. */
  public static UniformRandomProvider create(long seed) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }

  /** A seed for stream {@code stream} of item {@code index} under {@code seed} (SplitMix64). */
  public static long derive(long seed, long index, long stream) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1) + 0xD1B54A32D192ED03L * (stream + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A fresh seed when the user gave none: non-negative, so it reads well in reports. */
  public static long freshSeed() {
    return RandomSource.createLong() & Long.MAX_VALUE;
  }
}
