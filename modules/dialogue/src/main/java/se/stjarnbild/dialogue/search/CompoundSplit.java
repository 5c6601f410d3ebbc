package se.stjarnbild.dialogue.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which dictionary words found inside a longer word really are its parts.
 *
 * <p>A plain substring search finds "ost" in "kosta", "frost" and "bostad", and "vän" in "använda".
 * A part only counts here when the word can be read as a chain: the start of the word or earlier
 * parts lead up to it, and later parts or an inflection ending finish the word after it. So
 * "bymejeriet" is by + mejeri + et and "fiskevänner" is fiske + vänner, while "kosta" is no chain.
 * A linking letter may join two parts ("skog-s-stig", "kyrk-o-gård", "gat-u-kök"), and an unknown
 * head ending in a genitive "s" may start the chain, because place names are endless
 * ("Hotag-s-strömmen").
 *
 * <p>For a last part followed by an ending, the inflected tail is indexed too ("strömmen" from
 * "Hotagsströmmen"), because the stemmer does not always bring "strömmen" and "ström" together and
 * the query side stems the tail the same way.
 */
final class CompoundSplit {

    /** A stretch of a word, start inclusive and end exclusive. */
    record Piece(int start, int end) implements Comparable<Piece> {

        int length() {
            return end - start;
        }

        @Override
        public int compareTo(Piece other) {
            return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
        }
    }

    /** Endings of Swedish nouns, adjectives and agent nouns that may follow the last part of a word. */
    private static final Set<String> ENDINGS = Set.of(
            "n", "t", "s", "r",
            "en", "et", "ar", "or", "er", "na", "ns", "ts", "rs",
            "ens", "ets", "ars", "ors", "ers", "nas", "rna", "are",
            "arna", "orna", "erna", "rnas", "aren", "ande", "ende",
            "arnas", "ornas", "ernas", "arens");

    /** Endings that may follow a doubled last consonant: ström, strömmen; vän, vänner. */
    private static final Set<String> ENDINGS_AFTER_DOUBLING = Set.of(
            "en", "et", "ar", "er", "ens", "ets", "ars", "ers", "arna", "erna", "arnas", "ernas");

    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    /** Letters that join two parts; the genitive "s" is by far the most common. */
    private static final String LINKING_LETTERS = "seou";

    private static final char GENITIVE_S = 's';

    /** Letters an unknown head needs before its "s"; shorter heads are mostly chance ("bo-s-tad"). */
    private static final int MIN_UNKNOWN_HEAD = 3;

    /** After an unknown head, two-letter parts are too often chance: "männi-s-ko-r" is no cow. */
    private static final int MIN_PART_AFTER_UNKNOWN_HEAD = 3;

    private CompoundSplit() {
    }

    /**
     * The pieces of the word worth indexing besides the word itself: the candidates that fit in a
     * chain, plus the inflected tail of a fitting last part. In word order, without the whole word.
     *
     * @param word       the lower-case word
     * @param candidates every place in the word where a dictionary word occurs
     */
    static List<Piece> piecesToIndex(String word, Set<Piece> candidates) {
        List<Piece>[] startingAt = byStart(word.length(), candidates);
        Reach reach = reachFromStart(word, startingAt);
        boolean[] finishable = finishableToEnd(word, startingAt);
        TreeSet<Piece> pieces = new TreeSet<>();
        for (Piece candidate : candidates) {
            if (reach.reaches(candidate) && finishable[candidate.end()] && !losesToDoubled(word, candidate, candidates)) {
                pieces.add(candidate);
                if (candidate.end() < word.length() && isInflection(word, candidate.end())) {
                    pieces.add(new Piece(candidate.start(), word.length()));
                }
            }
        }
        pieces.remove(new Piece(0, word.length()));
        return new ArrayList<>(pieces);
    }

    /** Whether what follows position {@code at} is nothing or just an inflection ending. */
    static boolean isInflection(String word, int at) {
        String rest = word.substring(at);
        if (rest.isEmpty() || ENDINGS.contains(rest)) {
            return true;
        }
        boolean doubled = at > 0 && at < word.length()
                && word.charAt(at) == word.charAt(at - 1)
                && CONSONANTS.indexOf(word.charAt(at)) >= 0;
        return doubled && ENDINGS_AFTER_DOUBLING.contains(word.substring(at + 1));
    }

    /**
     * Whether the part is only a part by reading a doubled consonant as inflection, while the
     * dictionary has the longer part: "grannar" is grann-ar, not gran-n-ar.
     */
    private static boolean losesToDoubled(String word, Piece part, Set<Piece> candidates) {
        int end = part.end();
        return end < word.length() && word.charAt(end) == word.charAt(end - 1)
                && candidates.contains(new Piece(part.start(), end + 1));
    }

    @SuppressWarnings("unchecked")
    private static List<Piece>[] byStart(int wordLength, Collection<Piece> candidates) {
        List<Piece>[] startingAt = new List[wordLength + 1];
        for (int i = 0; i <= wordLength; i++) {
            startingAt[i] = new ArrayList<>();
        }
        for (Piece candidate : candidates) {
            startingAt[candidate.start()].add(candidate);
        }
        return startingAt;
    }

    /**
     * Where a part may start.
     *
     * @param byParts          byParts[i]: the letters before i are a chain of linked parts
     * @param afterUnknownHead afterUnknownHead[i]: the letters before i are an unknown genitive head
     */
    private record Reach(boolean[] byParts, boolean[] afterUnknownHead) {

        boolean reaches(Piece part) {
            return byParts[part.start()]
                    || (afterUnknownHead[part.start()] && part.length() >= MIN_PART_AFTER_UNKNOWN_HEAD);
        }
    }

    private static Reach reachFromStart(String word, List<Piece>[] startingAt) {
        int length = word.length();
        Reach reach = new Reach(new boolean[length + 1], new boolean[length + 1]);
        reach.byParts()[0] = true;
        for (int i = MIN_UNKNOWN_HEAD; i < length; i++) {
            if (word.charAt(i) == GENITIVE_S) {
                reach.afterUnknownHead()[i + 1] = true;
            }
        }
        for (int at = 0; at < length; at++) {
            for (Piece part : startingAt[at]) {
                if (reach.reaches(part)) {
                    reach.byParts()[part.end()] = true;
                    if (part.end() < length && isLinking(word.charAt(part.end()))) {
                        reach.byParts()[part.end() + 1] = true;
                    }
                }
            }
        }
        return reach;
    }

    /** finishable[i]: the letters from i on are linked parts and an inflection ending. */
    private static boolean[] finishableToEnd(String word, List<Piece>[] startingAt) {
        int length = word.length();
        boolean[] finishable = new boolean[length + 1];
        for (int at = length; at >= 0; at--) {
            finishable[at] = isInflection(word, at)
                    || anyFinishes(startingAt[at], finishable)
                    || (at + 1 < length && isLinking(word.charAt(at)) && anyFinishes(startingAt[at + 1], finishable));
        }
        return finishable;
    }

    private static boolean isLinking(char letter) {
        return LINKING_LETTERS.indexOf(letter) >= 0;
    }

    private static boolean anyFinishes(List<Piece> parts, boolean[] finishable) {
        for (Piece part : parts) {
            if (finishable[part.end()]) {
                return true;
            }
        }
        return false;
    }
}
