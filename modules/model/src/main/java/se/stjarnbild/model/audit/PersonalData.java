package se.stjarnbild.model.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field holding a person's data (name, e-mail, phone, needs): the audit log says that it
 * changed, never what it said, so erasing the person leaves nothing of it in the log.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {
}
