package se.stjarnbild.reporting.document;

import java.io.Serializable;

/** The reference groups' ratings of a star, all groups together (medians on 1–5; null without ratings). */
public record Ratings(Double truthMedian, Double uniquenessMedian, long answers) implements Serializable {
}
