/**
 * Dialogue management: interviews, quotes, places, the codebook of themes, candidate stars and
 * their evidence, search and import. This base package is the module's public API; its
 * {@code internal} and {@code web} packages are its own.
 * <p>
 * May use: the shared model. Used by: reference groups, reporting and the webapp, through this
 * API only.
 */
package se.stjarnbild.dialogue;
