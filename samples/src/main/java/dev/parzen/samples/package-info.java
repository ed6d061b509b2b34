/**
 * Real models tuned on real data, the way a user writes them: the search spaces ({@code
 * xgboost.XgbParams}, {@code tribuo.ClassifierParams} …), the data and the scores. The tunings
 * themselves are the {@code *Tuning} classes of the test sources, run by {@code mvn test}.
 */
package dev.parzen.samples;
