/**
 * Reporting: the December decision document for the municipal board (tjänsteskrivelse), its
 * versions and its exports (HTML, PDF/A, DOCX).
 * <p>
 * May use: the shared model and the public APIs of the other modules. Nothing but the webapp may
 * use it.
 */
package se.stjarnbild.reporting;
