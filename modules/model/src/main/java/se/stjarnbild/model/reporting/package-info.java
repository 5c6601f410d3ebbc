/**
 * The decision document the board decides from: the secretary's working draft and every
 * generated version with its files. Reads the campaign and the stars; nothing in the model reads it.
 */
package se.stjarnbild.model.reporting;
