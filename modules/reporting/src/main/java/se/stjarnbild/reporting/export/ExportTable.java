package se.stjarnbild.reporting.export;

import java.util.List;

/**
 * One table of the campaign export: its file and sheet name, its column names, and the query
 * that reads it. No table holds what identifies a person: members, registrants and respondents
 * appear only as ids, dates and the optional background they gave.
 */
public record ExportTable(String name, List<String> columns, String sql) {

    public static final List<ExportTable> ALL = List.of(
            new ExportTable("interviews", List.of("id", "date", "district", "village", "place", "interviewer",
                    "respondent_category", "home_region", "consent_given", "consent_date"),
                    "select i.id, i.interview_date, d.name, v.name, p.name, i.interviewer, i.respondent_category, "
                    + "i.home_region, i.consent_given, i.consent_date from interview i left join district d on d.id = i.district_id "
                    + "left join village v on v.id = i.village_id left join place p on p.id = i.place_id order by i.id"),
            new ExportTable("quotes", List.of("id", "text", "source", "attribution", "district", "village", "place",
                    "interview_id", "meeting_id", "created_at"),
                    "select q.id, q.text, q.source, q.attribution, d.name, v.name, p.name, q.interview_id, q.meeting_id, "
                    + "q.created_at from quote q left join district d on d.id = q.district_id left join village v "
                    + "on v.id = q.village_id left join place p on p.id = q.place_id order by q.id"),
            new ExportTable("places", List.of("id", "name", "kind", "district", "village"),
                    "select p.id, p.name, p.kind, d.name, v.name from place p left join district d on d.id = p.district_id "
                    + "left join village v on v.id = p.village_id order by p.id"),
            new ExportTable("themes", List.of("id", "name", "parent_id", "description"),
                    "select id, name, parent_id, description from theme order by id"),
            new ExportTable("codings", List.of("quote_id", "theme_id"),
                    "select quote_id, theme_id from quote_theme order by quote_id, theme_id"),
            new ExportTable("stars", List.of("id", "title", "description", "status"),
                    "select id, title, description, status from star order by id"),
            new ExportTable("star_evidence", List.of("star_id", "quote_id"),
                    "select star_id, quote_id from star_evidence order by star_id, quote_id"),
            new ExportTable("reference_groups", List.of("id", "name", "kind"),
                    "select id, name, kind from reference_group order by id"),
            new ExportTable("members", List.of("id", "joined_on", "left_on", "recruited_how", "age_band",
                    "district_of_residence", "years_here", "erased"),
                    "select m.id, m.joined_on, m.left_on, m.recruited_how, m.age_band, d.name, m.years_here, "
                    + "case when m.erased_at is null then false else true end from group_member m "
                    + "left join district d on d.id = m.residence_district_id order by m.id"),
            new ExportTable("memberships", List.of("member_id", "group_id"),
                    "select member_id, group_id from group_membership order by member_id, group_id"),
            new ExportTable("feedback_rounds", List.of("id", "title", "closes_on", "status"),
                    "select id, title, closes_on, status from feedback_round order by id"),
            new ExportTable("feedback_answers", List.of("round_id", "group_id", "member_id", "star_id", "truth", "uniqueness",
                    "comment", "quote_id"),
                    "select i.round_id, i.group_id, i.member_id, a.star_id, a.truth, a.uniqueness, a.comment, a.quote_id "
                    + "from feedback_answer a join feedback_invitation i on i.id = a.invitation_id order by a.id"),
            new ExportTable("meetings", List.of("id", "kind", "title", "starts_at", "ends_at", "venue", "status", "attendance"),
                    "select m.id, m.kind, m.title, m.starts_at, m.ends_at, v.name, m.status, m.attendance from meeting m "
                    + "left join venue v on v.id = m.venue_id order by m.starts_at, m.id"),
            new ExportTable("registrations", List.of("meeting_id", "status", "count"),
                    "select meeting_id, status, count(*) from registration group by meeting_id, status order by meeting_id, status"));
}
