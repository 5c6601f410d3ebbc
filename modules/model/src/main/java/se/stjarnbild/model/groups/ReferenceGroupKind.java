package se.stjarnbild.model.groups;

/** A reference group speaks either for a target group or for a district. */
public enum ReferenceGroupKind {
    TARGET_GROUP,
    DISTRICT
}
