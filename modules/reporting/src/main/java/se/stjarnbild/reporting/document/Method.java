package se.stjarnbild.reporting.document;

import java.io.Serializable;
import java.util.List;

/**
 * "Metod och deltagande", filled from the data: interviews by month, district and respondent
 * category; the reference groups with members and sessions; the open meetings with registered
 * and attending, the room's live reactions and the quotes kept from each; contributions on the
 * public form; feedback response rates; and who is missing (the coverage gaps).
 */
public record Method(long interviews, List<Count> byMonth, List<Count> byDistrict, List<Count> byCategory,
        List<GroupLine> groups, List<MeetingLine> meetings, OnlineLine online, List<RoundLine> rounds, List<String> gaps)
        implements Serializable {

    /** A reference group: members today, sessions held, and whether it speaks for a target group (else a district). */
    public record GroupLine(String name, long members, long sessions, boolean forTargetGroup) implements Serializable {
    }

    /**
     * An open meeting: when, registered (with a seat), how many came (null when not recorded), the
     * live reactions from phones in the room and how many phones sent them, and the quotes kept
     * from the meeting (approved sentences and words in the minutes).
     */
    public record MeetingLine(String title, String when, long registered, Integer attended, long reactions, long phones,
            long quotes) implements Serializable {
    }

    /** Contributions on the public form: received, and approved as quotes. */
    public record OnlineLine(long received, long approved) implements Serializable {
    }

    /** A feedback round: asked and answered. */
    public record RoundLine(String title, long invited, long answered) implements Serializable {

        public long percent() {
            return invited == 0 ? 0 : Math.round(100.0 * answered / invited);
        }
    }
}
