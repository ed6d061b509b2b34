package dev.parzen.junit.examples;

/** The parameter object of most fixtures: a point of the plane. */
public record Point(double x, double y) {}
