package se.stjarnbild.reporting.document;

import java.io.Serializable;
import java.util.List;

/**
 * "Metod och deltagande", filled from the data: interviews by month, district and respondent
 * category; the reference groups with members and sessions; the open meetings with registered
 * and attending; feedback response rates; and who is missing (the coverage gaps).
 */
public record Method(long interviews, List<Count> byMonth, List<Count> byDistrict, List<Count> byCategory,
        List<GroupLine> groups, List<MeetingLine> meetings, List<RoundLine> rounds, List<String> gaps)
        implements Serializable {

    /** A reference group: members today, sessions held. */
    public record GroupLine(String name, long members, long sessions) implements Serializable {
    }

    /** An open meeting: when, registered (with a seat), and how many came (null when not recorded). */
    public record MeetingLine(String title, String when, long registered, Integer attended) implements Serializable {
    }

    /** A feedback round: asked and answered. */
    public record RoundLine(String title, long invited, long answered) implements Serializable {

        public long percent() {
            return invited == 0 ? 0 : Math.round(100.0 * answered / invited);
        }
    }
}
