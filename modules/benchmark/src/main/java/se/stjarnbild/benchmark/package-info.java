/**
 * The benchmark runner and its synthetic data generator: generates a campaign at a chosen scale,
 * starts the product on it as an operator would, measures it, and prints one table of figures
 * against their targets. Not part of the WAR; uses the model's migrations and nothing else of
 * the product's code, so it measures what a user meets.
 */
package se.stjarnbild.benchmark;
