package dev.parzen.junit.examples;

import dev.parzen.annotations.Uniform;

/** The parameter object of most fixtures: a point of the plane; its space is generated. */
public record Point(@Uniform(min = -5, max = 5) double x, @Uniform(min = -5, max = 5) double y) {}
