/** XGBoost search spaces and a small wrapper that trains, predicts and saves silently. */
package dev.parzen.samples.xgboost;
