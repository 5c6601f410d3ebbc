package se.stjarnbild.meetings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.stjarnbild.meetings.scheduling.Conflict;
import se.stjarnbild.meetings.scheduling.ConflictKind;

/**
 * The clashes as the organiser reads them: who or what clashes by name (the organiser, the
 * reference group), and one line per other meeting for members, with how many, since the same
 * people are in several groups and a line each would say the same thing many times.
 */
final class ConflictLines {

    /** A bundle text with its arguments, as MessageFormat fills it. */
    interface Texts {
        String get(String key, Object... arguments);
    }

    private ConflictLines() {
    }

    static List<String> of(List<Conflict> conflicts, Map<Long, String> organisers, Map<Long, String> groups,
            Function<Conflict, String> when, Texts texts) {
        List<String> lines = new ArrayList<>();
        Map<Long, List<Conflict>> membersByMeeting = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            String other = c.otherTitle();
            if (c.kind() == ConflictKind.MEMBER) {
                membersByMeeting.computeIfAbsent(c.otherMeetingId(), id -> new ArrayList<>()).add(c);
            } else if (c.kind() == ConflictKind.ORGANISER && organisers.containsKey(c.subjectId())) {
                lines.add(texts.get("conflict.ORGANISER.named", other, when.apply(c), organisers.get(c.subjectId())));
            } else if (c.kind() == ConflictKind.GROUP && groups.containsKey(c.subjectId())) {
                lines.add(texts.get("conflict.GROUP.named", other, when.apply(c), groups.get(c.subjectId())));
            } else {
                lines.add(texts.get("conflict." + c.kind(), other, when.apply(c)));
            }
        }
        membersByMeeting.values().forEach(same -> {
            Conflict first = same.get(0);
            long people = same.stream().map(Conflict::subjectId).distinct().count();
            lines.add(people == 1 ? texts.get("conflict.MEMBER", first.otherTitle(), when.apply(first))
                    : texts.get("conflict.MEMBER.many", first.otherTitle(), when.apply(first), people));
        });
        return lines;
    }
}
