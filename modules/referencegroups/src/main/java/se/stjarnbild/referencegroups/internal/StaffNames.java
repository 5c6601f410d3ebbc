package se.stjarnbild.referencegroups.internal;

import jakarta.persistence.EntityManager;
import se.stjarnbild.model.users.AppUser;

/** Who did something is stored as a username (it outlives renames); pages show the person's name. */
final class StaffNames {

    private StaffNames() {
    }

    static String of(EntityManager em, String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst().map(AppUser::getDisplayName).orElse(username);
    }
}
