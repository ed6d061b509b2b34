package dev.parzen.report.engine;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.QUniform;

/** The parameters of {@link BowlTuningTestCase}: one of each common kind. */
public record Bowl(
    @LogUniform(min = 1e-4, max = 1) double rate,
    @QUniform(min = 1, max = 8) int depth,
    @Choice({"near", "far"}) String side) {}
