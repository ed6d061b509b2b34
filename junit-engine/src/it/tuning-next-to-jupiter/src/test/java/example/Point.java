package example;

/** The parameters: a point of the plane. */
public record Point(double x, double y) {}
