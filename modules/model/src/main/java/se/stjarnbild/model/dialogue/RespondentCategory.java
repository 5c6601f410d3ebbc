package se.stjarnbild.model.dialogue;

/** Who was interviewed, as the July interview forms ask it. */
public enum RespondentCategory {
    VISITOR,
    RESIDENT,
    BUSINESS_OWNER,
    SUMMER_RESIDENT,
    OTHER
}
