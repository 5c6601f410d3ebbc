/**
 * The one WAR: assembles the modules, and owns what cuts across them: configuration, the
 * database and its migrations, security and users, the layout, the dashboard, languages and
 * error pages.
 * <p>
 * May use: every module's public API and the shared model. Nothing may use it.
 */
package se.stjarnbild.webapp;
