package se.stjarnbild.referencegroups.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.stjarnbild.dialogue.QrCodes;
import se.stjarnbild.referencegroups.FeedbackRounds;
import se.stjarnbild.referencegroups.Letter;

/** Backs referencegroups/letters.xhtml ({@code ?round=}): one printable page per member without e-mail. */
@Named
@RequestScoped
public class LettersBacking {

    @Inject
    private FeedbackRounds rounds;

    private Long round;
    private List<Letter> letters;

    private String problem;

    public List<Letter> getLetters() {
        if (letters == null) {
            letters = List.of();
            if (round == null) {
                problem = "letters.noRound";
            } else {
                try {
                    letters = rounds.letters(round);
                } catch (RuntimeException e) {
                    // An unknown round (an old or mistyped address) is told, not shown as an error page;
                    // anything else is a fault and goes to the error page as before.
                    if (!refused(e)) {
                        throw e;
                    }
                    problem = "round.notFound";
                }
            }
        }
        return letters;
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof se.stjarnbild.meetings.RefusedException) {
                return true;
            }
        }
        return false;
    }

    /** Why there are no letters to print when the address names no round that exists; null otherwise. */
    public String getProblem() {
        getLetters();
        return problem;
    }

    public String qr(Letter letter) {
        return QrCodes.svg(letter.link(), word(letter, "letters.qr.label"));
    }

    /** A text of the letter in the member's language, whatever the language of the staff member printing it. */
    public String word(Letter letter, String key) {
        return texts(letter).getString(key);
    }

    public String body(Letter letter, String municipality) {
        java.util.Locale locale = letter.locale();
        String signed = municipality == null || municipality.isBlank() ? word(letter, "municipality.unknown") : municipality;
        return new java.text.MessageFormat(word(letter, "letters.body"), locale).format(new Object[] {letter.member(),
                letter.group(), letter.round(), java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                        .format(letter.closesOn()), signed});
    }

    private static java.util.ResourceBundle texts(Letter letter) {
        return java.util.ResourceBundle.getBundle("se.stjarnbild.referencegroups.web.messages", letter.locale(),
                LettersBacking.class.getClassLoader());
    }

    public Long getRound() { return round; }
    public void setRound(Long round) { this.round = round; }
}
