package se.stjarnbild.model.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    LOGIN,
    LOGIN_FAILED,
    IMPORT,
    ERASE,
    EXPORT,
    RETENTION
}
