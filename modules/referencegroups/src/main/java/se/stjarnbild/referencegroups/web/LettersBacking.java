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

    public List<Letter> getLetters() {
        if (letters == null) {
            letters = round == null ? List.of() : rounds.letters(round);
        }
        return letters;
    }

    public String qr(Letter letter) {
        return QrCodes.svg(letter.link(), GroupsTexts.get("letters.qr.label"));
    }

    public Long getRound() { return round; }
    public void setRound(Long round) { this.round = round; }
}
