package se.stjarnbild.meetings;

import java.util.List;

/** Where meetings are held. */
public interface Venues {

    /** Every venue by name. */
    List<VenueRow> list();

    /** Creates ({@code id} null) or updates a venue; {@link RefusedException} names each broken rule's field. */
    long save(Long id, long version, VenueInput input);

    /** Removes a venue no meeting uses; otherwise refused. */
    void delete(long id);
}
