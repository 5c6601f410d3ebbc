package se.stjarnbild.dialogue.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import se.stjarnbild.dialogue.LiveReactions;
import se.stjarnbild.dialogue.ReactionOutcome;

/**
 * Takes a phone's reaction (a plain form post, so it works without scripts) and sends the phone
 * back to the reaction page with the outcome. A missing or forged device token is refused and a
 * fresh one is given, so the person can simply answer again; nothing is stored for it.
 */
@WebServlet("/public/live/react")
public class ReactServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LiveReactions live;

    @Inject
    private transient LiveDeviceThrottle throttle;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String code = request.getParameter("c");
        Optional<String> device = DeviceCookie.read(request);
        ReactionOutcome outcome = outcome(code, device.orElse(null), request);
        if (code != null && KeptSentence.worthKeeping(outcome, request.getParameter("sentence")) && live.joined(code).isPresent()) {
            // only for a room that exists: a stray post makes no session
            KeptSentence.keep(request, outcome, request.getParameter("sentence"));
        }
        if (outcome == ReactionOutcome.BAD_DEVICE && throttle.allow(request.getRemoteAddr(), java.time.Instant.now())) {
            live.newDevice(code).ifPresent(token -> DeviceCookie.write(request, response, token));
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/public/react.xhtml?c="
                + URLEncoder.encode(code == null ? "" : code, StandardCharsets.UTF_8)
                + "&r=" + outcome.name().toLowerCase(Locale.ROOT));
    }

    private ReactionOutcome outcome(String code, String device, HttpServletRequest request) {
        long star;
        int score;
        try {
            star = Long.parseLong(request.getParameter("star"));
            score = Integer.parseInt(request.getParameter("score"));
        } catch (NumberFormatException | NullPointerException e) {
            return request.getParameter("star") == null ? ReactionOutcome.NOT_ON_SCREEN : ReactionOutcome.BAD_SCORE;
        }
        try {
            return live.react(code, device, star, score, request.getParameter("sentence"));
        } catch (EJBException twoAtOnce) {
            // the same device answering twice in the same instant: the database let one through
            return ReactionOutcome.ALREADY_ANSWERED;
        }
    }
}
