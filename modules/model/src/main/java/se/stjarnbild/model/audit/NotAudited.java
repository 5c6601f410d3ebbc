package se.stjarnbild.model.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows are not worth an audit entry each: anonymous, many, and never edited (a
 * phone's live reaction), or already audited as a whole elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotAudited {
}
