package se.stjarnbild.dialogue.web;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import se.stjarnbild.dialogue.LiveReactions;
import se.stjarnbild.dialogue.PhoneState;

/**
 * The presentation's live results as server-sent events, for the projector and the phones
 * (public: the code is what the room sees on the screen; the stream carries counts only).
 * The browser's EventSource reconnects by itself when a stream ends.
 */
@WebServlet(urlPatterns = "/public/live/events", asyncSupported = true)
public class LiveEventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long STREAM_MILLIS = 10 * 60 * 1000L;

    @Inject
    private transient LiveReactions live;

    @Inject
    private transient LiveHub hub;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PhoneState> joined = live.joined(request.getParameter("c"));
        if (joined.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        response.getWriter().write("retry: 2000\n\n");
        response.flushBuffer();
        AsyncContext stream = request.startAsync();
        stream.setTimeout(STREAM_MILLIS);
        hub.listen(joined.get().code(), stream);
    }
}
