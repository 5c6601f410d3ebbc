package se.stjarnbild.dialogue;

import java.util.List;

/** The named places people talk about: attractions, businesses and sites, each in a district. */
public interface Places {

    /** Every place, by district and name, with its quote count. */
    List<PlaceRow> list();

    /** Creates ({@code id} null) or updates a place; {@link InvalidInputException} names each broken rule's field. */
    long save(Long id, long version, PlaceInput input);

    /** Removes a place no interview or quote refers to; otherwise refused. */
    void delete(long id);
}
