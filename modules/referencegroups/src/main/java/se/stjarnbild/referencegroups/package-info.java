/**
 * Reference groups: the nine groups, their members, feedback rounds on candidate stars from a
 * personal link, and coverage. This base package is the module's public API.
 * <p>
 * May use: the shared model and the dialogue and meetings APIs. Used by: reporting and the
 * webapp, through this API only.
 */
package se.stjarnbild.referencegroups;
