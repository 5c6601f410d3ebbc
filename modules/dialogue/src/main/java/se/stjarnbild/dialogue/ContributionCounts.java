package se.stjarnbild.dialogue;

import java.io.Serializable;

/** Contributions on the public form (not sentences sent during a meeting): received, and approved as quotes. */
public record ContributionCounts(long received, long approved) implements Serializable {
}
