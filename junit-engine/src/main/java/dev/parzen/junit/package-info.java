/**
 * The {@code parzen} JUnit Platform engine, which runs {@code @Tune} methods as tunings with one
 * test per trial ({@link dev.parzen.junit.ParzenTestEngine}), its configuration parameters ({@link
 * dev.parzen.junit.ParzenConstants}) and AssertJ assertions on tuning results ({@link
 * dev.parzen.junit.ParzenAssertions}).
 */
package dev.parzen.junit;
