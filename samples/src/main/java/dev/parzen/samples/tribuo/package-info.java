/** A conditional search space over Tribuo classifiers, and the glue to Tribuo's data sets. */
package dev.parzen.samples.tribuo;
