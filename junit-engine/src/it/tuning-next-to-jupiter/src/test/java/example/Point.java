package example;

import dev.parzen.annotations.Uniform;

/** The parameters: a point of the plane. The processor generates its space, PointSpace. */
public record Point(@Uniform(min = -5, max = 5) double x, @Uniform(min = -5, max = 5) double y) {}
