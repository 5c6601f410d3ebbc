package se.stjarnbild.dialogue.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The short link on the projector, /r/CODE, easy to type on a phone: leads to the reaction page. */
@WebServlet("/r/*")
public class ShortLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
        response.sendRedirect(request.getContextPath() + "/public/react.xhtml"
                + (code.isEmpty() ? "" : "?c=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
    }
}
