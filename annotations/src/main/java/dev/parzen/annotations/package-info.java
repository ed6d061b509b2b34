/**
 * The annotations users write: search-space annotations on record components and fields ({@link
 * dev.parzen.annotations.Uniform}, {@link dev.parzen.annotations.QUniform}, {@link
 * dev.parzen.annotations.LogUniform}, {@link dev.parzen.annotations.Choice}, …) and the tuning
 * annotations for test classes ({@link dev.parzen.annotations.Tune}, {@link
 * dev.parzen.annotations.AfterTuning}).
 *
 * <p>Which distribution to use: ordinal integers such as depth or counts take {@code @QUniform};
 * learning rates and other scales spanning decades take {@code @LogUniform}; ratios take
 * {@code @Uniform(min = 0, max = 1)}; categories take {@code @Choice}.
 */
package dev.parzen.annotations;
