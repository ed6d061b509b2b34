package dev.parzen.it;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.Normal;
import dev.parzen.annotations.QUniform;
import dev.parzen.annotations.Uniform;

/**
 * {@code float} fields. Assignments hold doubles, so a decoded float keeps float precision and
 * encodes to the nearest double of that float: stable after the first decode rather than exact.
 */
public record Floats(
    @Uniform(min = -2, max = 2) float uniform,
    @QUniform(min = 0, max = 1, q = 0.1) Float quniform,
    @Normal(mu = 0, sigma = 1) float normal,
    @SuppressWarnings("parzen.ordinalChoice") @Choice({"0.5", "0.9"}) float momentum) {}
