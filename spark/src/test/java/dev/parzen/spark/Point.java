package dev.parzen.spark;

/** A parameter type with a hand-written space named like a generated one. */
record Point(double x, long n) {}
