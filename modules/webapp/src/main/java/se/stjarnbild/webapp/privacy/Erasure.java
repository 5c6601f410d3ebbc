package se.stjarnbild.webapp.privacy;

import java.io.Serializable;

/** What an erasure did: how many records of each kind lost the person's data. */
public record Erasure(int registrations, int members, int contributions, int mails) implements Serializable {

    public int total() {
        return registrations + members + contributions + mails;
    }
}
