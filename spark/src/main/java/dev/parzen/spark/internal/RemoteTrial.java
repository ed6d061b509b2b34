package dev.parzen.spark.internal;

import dev.parzen.spark.SparkBroadcasts;
import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * Everything one Spark task needs to evaluate one trial. Small by design: the objective travels by
 * name or by broadcast handle, never with the trial.
 *
 * @param tuningName the tuning's name
 * @param number the trial number
 * @param seed the seed for the objective's own randomness
 * @param threadsPerTrial the cores the trial may use
 * @param assignment the parameter values by label (numbers, strings, booleans, enum constants)
 * @param params how the executor obtains the parameter object
 * @param objective how the executor finds the objective
 * @param broadcasts the broadcast variables offered to the objective
 */
public record RemoteTrial(
    String tuningName,
    int number,
    long seed,
    int threadsPerTrial,
    LinkedHashMap<String, Object> assignment,
    RemoteParams params,
    RemoteObjective objective,
    SparkBroadcasts broadcasts)
    implements Serializable {}
