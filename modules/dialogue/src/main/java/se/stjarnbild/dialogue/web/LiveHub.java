package se.stjarnbild.dialogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.stjarnbild.dialogue.LiveReactions;
import se.stjarnbild.dialogue.LiveResult;
import se.stjarnbild.dialogue.internal.LiveChange;

/**
 * Pushes a presentation's results to the projector and the phones as server-sent events. A change
 * (a reaction, a step) only marks its code; twice a second one query per marked code builds the
 * new state and every listener gets it, so 300 reactions at once cost a few queries, not 300
 * times 300 writes. Each code is also re-read every few seconds, so a change made on another
 * server reaches these listeners too.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());
    private static final long TICK_MILLIS = 500;
    private static final long REFRESH_MILLIS = 3_000;
    private static final long PING_MILLIS = 15_000;

    private final Map<String, Set<AsyncContext>> listeners = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final Map<String, String> lastSent = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRead = new ConcurrentHashMap<>();
    private volatile long lastPing = System.currentTimeMillis();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private LiveReactions live;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void startTicking() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        listeners.values().forEach(set -> set.forEach(LiveHub::complete));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChange change) {
        dirty.add(change.code());
    }

    /** Starts sending {@code code}'s state to an open event stream, beginning with the state now. */
    public void listen(String code, AsyncContext stream) {
        stream.addListener(new AsyncListener() {
            @Override public void onComplete(AsyncEvent event) { forget(code, stream); }
            @Override public void onTimeout(AsyncEvent event) { forget(code, stream); complete(stream); }
            @Override public void onError(AsyncEvent event) { forget(code, stream); }
            @Override public void onStartAsync(AsyncEvent event) { }
        });
        listeners.computeIfAbsent(code, c -> ConcurrentHashMap.newKeySet()).add(stream);
        snapshot(code).ifPresent(data -> send(code, stream, data));
    }

    /** How many streams are open for a code (the page shows it as "connected"). */
    public int listening(String code) {
        Set<AsyncContext> set = listeners.get(code);
        return set == null ? 0 : set.size();
    }

    private void tick() {
        try {
            long now = System.currentTimeMillis();
            boolean ping = now - lastPing >= PING_MILLIS;
            for (String code : listeners.keySet()) {
                boolean due = dirty.remove(code) || now - lastRead.getOrDefault(code, 0L) >= REFRESH_MILLIS;
                if (due) {
                    lastRead.put(code, now);
                    Optional<String> data = snapshot(code);
                    if (data.isPresent() && !data.get().equals(lastSent.get(code))) {
                        lastSent.put(code, data.get());
                        listeners.getOrDefault(code, Set.of()).forEach(stream -> send(code, stream, data.get()));
                        continue;
                    }
                }
                if (ping) {
                    listeners.getOrDefault(code, Set.of()).forEach(stream -> write(code, stream, ": ping\n\n"));
                }
            }
            if (ping) {
                lastPing = now;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Live results could not be sent this time; trying again", e);
        }
    }

    private Optional<String> snapshot(String code) {
        return live.result(code).map(LiveHub::json);
    }

    static String json(LiveResult r) {
        return "{\"star\":" + (r.starId() == null ? "null" : r.starId()) + ",\"closed\":" + r.closed()
                + ",\"counts\":[" + r.counts().get(0) + "," + r.counts().get(1) + "," + r.counts().get(2) + ","
                + r.counts().get(3) + "],\"total\":" + r.total() + ",\"percent\":" + r.ringsTruePercent()
                + ",\"sentences\":" + r.sentences() + "}";
    }

    private void send(String code, AsyncContext stream, String data) {
        write(code, stream, "data: " + data + "\n\n");
    }

    private void write(String code, AsyncContext stream, String text) {
        try {
            synchronized (stream) {
                PrintWriter out = stream.getResponse().getWriter();
                out.write(text);
                out.flush();
                if (out.checkError()) {
                    throw new IOException("the client went away");
                }
            }
        } catch (IOException | IllegalStateException e) {
            forget(code, stream);
            complete(stream);
        }
    }

    private void forget(String code, AsyncContext stream) {
        Set<AsyncContext> set = listeners.get(code);
        if (set != null) {
            set.remove(stream);
            if (set.isEmpty()) {
                listeners.remove(code, set);
                lastSent.remove(code);
            }
        }
    }

    private static void complete(AsyncContext stream) {
        try {
            stream.complete();
        } catch (IllegalStateException alreadyDone) {
            // the stream was completed by the container or an earlier failure
        }
    }
}
