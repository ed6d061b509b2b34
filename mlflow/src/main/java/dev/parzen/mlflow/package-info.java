/**
 * MLflow tracking for Parzen tunings: {@link dev.parzen.mlflow.MlflowTracking}, found on the class
 * path by {@link java.util.ServiceLoader}, logs to an MLflow tracking server or a local {@code
 * mlruns} file store.
 */
package dev.parzen.mlflow;
