package dev.parzen.it;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.LogNormal;
import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.Normal;
import dev.parzen.annotations.QLogNormal;
import dev.parzen.annotations.QLogUniform;
import dev.parzen.annotations.QNormal;
import dev.parzen.annotations.QUniform;
import dev.parzen.annotations.RandInt;
import dev.parzen.annotations.Uniform;

/**
 * Every distribution on the field types it allows, except {@code float} (see {@link Floats}): the
 * assignment's values survive a decode and encode unchanged.
 */
public record AllKinds(
    @Uniform(min = 0, max = 1) double uniform,
    @QUniform(min = 2, max = 12) int quniformInt,
    @QUniform(min = 0, max = 1000, q = 10) long quniformLong,
    @QUniform(min = 0, max = 1, q = 0.05) double quniformReal,
    @QUniform(min = 1, max = 9, q = 2) Integer quniformBoxed,
    @LogUniform(min = 1e-5, max = 1) double loguniform,
    @QLogUniform(min = 16, max = 4096, q = 16) int qloguniformInt,
    @QLogUniform(min = 0.01, max = 10, q = 0.01) double qloguniformReal,
    @Normal(mu = 0, sigma = 1) double normal,
    @QNormal(mu = 10, sigma = 3, q = 1) int qnormalInt,
    @QNormal(mu = 0, sigma = 1, q = 0.25) Double qnormalReal,
    @LogNormal(mu = -4.6, sigma = 1) double lognormal,
    @QLogNormal(mu = 3, sigma = 0.5, q = 1) long qlognormalLong,
    @RandInt(max = 4) int randint,
    @RandInt(min = -3, max = 3) Long randintBoxed,
    @Choice Booster booster,
    @Choice({"GBTREE", "DART"}) Booster boosterSubset,
    @Choice boolean flag,
    @Choice({"adam", "sgd", "rmsprop"}) String optimizer,
    @SuppressWarnings("parzen.ordinalChoice") @Choice({"32", "64", "128"}) int batch) {}
