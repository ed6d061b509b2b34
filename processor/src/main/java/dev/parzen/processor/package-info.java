/**
 * The Parzen annotation processor, {@link dev.parzen.processor.SpaceProcessor}: put {@code
 * parzen-processor} on the compiler's annotation processor path.
 */
package dev.parzen.processor;
