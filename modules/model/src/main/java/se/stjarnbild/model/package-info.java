/**
 * The shared JPA model of Stjärnbild: every module's entities, in one persistence unit whose
 * schema comes from the Flyway migrations in {@code db/migration}.
 * <p>
 * May use: the Jakarta APIs only. Used by: every other module. Must never depend on a feature
 * module, the reporting module or the webapp.
 */
package se.stjarnbild.model;
