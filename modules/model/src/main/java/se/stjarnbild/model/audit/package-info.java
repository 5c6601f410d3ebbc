/**
 * The audit log: every create, change and delete of an entity (through a default entity listener),
 * logins and failed logins, imports, erasures and exports, written in the same transaction as the
 * change and never changed afterwards. Personal data appears only as "changed".
 */
package se.stjarnbild.model.audit;
