package dev.parzen.it;

/** Boosters of a gradient-boosting library. */
public enum Booster {
  GBTREE,
  GBLINEAR,
  DART
}
