package dev.parzen.it;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.QUniform;
import dev.parzen.annotations.Uniform;

/** A space whose every parameter has a library default, like XGBoost's. */
public record WithDefaults(
    @QUniform(min = 2, max = 12, defaultValue = 6) int maxDepth,
    @LogUniform(min = 1e-3, max = 0.5, defaultValue = 0.3) double eta,
    @Uniform(min = 0.5, max = 1, defaultValue = 1) double subsample,
    @Choice(defaultOption = "GBTREE") Booster booster) {}
