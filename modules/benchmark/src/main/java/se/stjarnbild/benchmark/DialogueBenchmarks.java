package se.stjarnbild.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dialogue's figures through the product's own pages: Swedish search (its JSON form, one
 * person searching) and the spreadsheet import (upload, check, save in the background, poll).
 */
final class DialogueBenchmarks {

    /** Words people search for in the generated text: stems, compounds, places and two-word searches. */
    static final List<String> QUERIES = List.of("ost", "fiske", "fjäll", "älv", "mejeri", "lanthandel", "skoter",
            "fäbod", "sommarteater", "hembygdsgård", "kolbulle", "myr", "vandringsled", "gårdsbutik", "småföretag",
            "fjällröding", "midnattssol", "ost fjäll", "fiske älv", "bymejeri", "Föllinge", "Hotagen", "Krokom",
            "hjortronsylt", "surdegsbröd", "spelmansstämma", "kyrkbacke", "skogssjö", "fiskevatten", "Laxsjö");

    private static final Pattern SERVER_TIMING = Pattern.compile("dur=([0-9.]+)");
    private static final Pattern NUMBER_FIELD = Pattern.compile("\"(indexed|inDatabase)\":(\\d+)");
    private static final Pattern SAVED_QUOTES = Pattern.compile("Citat sparade: ([0-9\\s\u00a0\u202f]+)\\.");
    private static final Pattern AJAX_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private DialogueBenchmarks() {
    }

    /** Waits (at most ten minutes) until the search index holds what the database holds. */
    static void awaitSearchIndex(StaffSession session) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            String body = session.page("dialogue/search.json?q=ost&status=1");
            Map<String, Long> numbers = new LinkedHashMap<>();
            Matcher m = NUMBER_FIELD.matcher(body);
            while (m.find()) {
                numbers.put(m.group(1), Long.parseLong(m.group(2)));
            }
            if (numbers.size() == 2 && numbers.get("indexed").equals(numbers.get("inDatabase")) && !body.contains("\"rebuilding\":true")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The search index did not catch up with the database in ten minutes");
    }

    /** One person's searches, in turn: per search the round trip and the server's own search time, in ms. */
    static Map<String, List<Double>> search(StaffSession session, int passes) throws IOException, InterruptedException {
        List<Double> roundTrips = new ArrayList<>();
        List<Double> serverTimes = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            for (String query : QUERIES) {
                long started = System.nanoTime();
                HttpResponse<String> answer = session.fetch("dialogue/search.json?limit=20&q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8));
                double millis = (System.nanoTime() - started) / 1_000_000.0;
                if (answer.statusCode() != 200 || !answer.body().contains("\"total\":")) {
                    throw new IllegalStateException("Search for '" + query + "' answered " + answer.statusCode());
                }
                if (answer.body().contains("\"total\":0")) {
                    throw new IllegalStateException("Search for '" + query + "' found nothing in the generated text");
                }
                Matcher timing = SERVER_TIMING.matcher(answer.headers().firstValue("Server-Timing").orElse(""));
                roundTrips.add(millis);
                serverTimes.add(timing.find() ? Double.parseDouble(timing.group(1)) : Double.NaN);
            }
        }
        return Map.of("roundTrip", roundTrips, "server", serverTimes);
    }

    /** Milliseconds for: upload and check (until the preview), and saving (until the page says done). */
    record ImportTimes(long checkMillis, long saveMillis) {
        long total() {
            return checkMillis + saveMillis;
        }
    }

    /** Imports the file as staff do on the import page, and fails unless every row was saved. */
    static ImportTimes importFile(StaffSession session, Path csv, int expectedQuotes) throws IOException, InterruptedException {
        String page = session.page("dialogue/import.xhtml");
        long started = System.nanoTime();
        String preview = session.upload("dialogue/import.xhtml", Map.of("uploadForm", "uploadForm",
                "uploadForm:encoding", "AUTO", "uploadForm:separator", "AUTO", "uploadForm:check", "Läs in och granska",
                "jakarta.faces.ViewState", StaffSession.viewState(page)), "uploadForm:file", csv);
        long checked = System.nanoTime();
        if (!preview.contains("id=\"readyToSave\"")) {
            int problems = preview.indexOf("id=\"problems\"");
            throw new IllegalStateException("The import refused the generated file: "
                    + (problems < 0 ? preview.substring(0, Math.min(preview.length(), 2_000))
                    : preview.substring(problems, Math.min(preview.length(), problems + 2_000))));
        }
        String viewState = StaffSession.viewState(preview);
        String answer = session.post("dialogue/import.xhtml", ajax("saveForm:save", viewState), true);
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!answer.contains("id=\"done\"")) {
            if (answer.contains("msg-error") || System.nanoTime() > deadline) {
                throw new IllegalStateException("The import did not finish: " + answer.substring(0, Math.min(answer.length(), 2_000)));
            }
            Thread.sleep(250);
            Matcher state = AJAX_VIEW_STATE.matcher(answer);
            if (state.find()) {
                viewState = state.group(1);
            }
            answer = session.post("dialogue/import.xhtml", ajax("saveForm:poll", viewState), true);
        }
        long done = System.nanoTime();
        Matcher saved = SAVED_QUOTES.matcher(answer);
        long savedQuotes = saved.find() ? Long.parseLong(saved.group(1).replaceAll("\\D", "")) : -1;
        if (savedQuotes != expectedQuotes) {
            throw new IllegalStateException("The import saved " + savedQuotes + " quotes, not " + expectedQuotes);
        }
        return new ImportTimes((checked - started) / 1_000_000, (done - checked) / 1_000_000);
    }

    private static Map<String, String> ajax(String source, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", "saveForm");
        fields.put(source, source);
        fields.put("saveForm", "saveForm");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }
}
