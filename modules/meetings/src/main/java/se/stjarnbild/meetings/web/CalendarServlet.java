package se.stjarnbild.meetings.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import se.stjarnbild.meetings.calendar.IcsWriter;
import se.stjarnbild.meetings.internal.MeetingCalendars;

/**
 * The open meetings as iCalendar, public: /public/meetings.ics is the feed to subscribe to,
 * /public/meeting.ics?id=… one meeting to add. Other kinds of meeting are not public.
 */
@WebServlet({"/public/meetings.ics", "/public/meeting.ics"})
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingCalendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body;
        String fileName;
        if (request.getServletPath().endsWith("/meetings.ics")) {
            body = calendars.openMeetingsFeed();
            fileName = "oppna-moten.ics";
        } else {
            Optional<String> one;
            try {
                one = calendars.openMeeting(Long.parseLong(String.valueOf(request.getParameter("id")).trim()));
            } catch (NumberFormatException e) {
                one = Optional.empty();
            }
            if (one.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            body = one.get();
            fileName = "mote.ics";
        }
        response.setContentType(IcsWriter.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(body);
    }
}
