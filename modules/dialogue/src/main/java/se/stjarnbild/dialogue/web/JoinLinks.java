package se.stjarnbild.dialogue.web;

import java.net.URI;
import java.util.Set;

/** Which base address the projector's join link uses (see {@link PresentBacking#getShortLink()}). */
final class JoinLinks {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private JoinLinks() {
    }

    static String choose(String configured, String used) {
        if (configured.isBlank()) {
            return used;
        }
        return isLoopback(configured) && !isLoopback(used) ? used : configured;
    }

    private static boolean isLoopback(String address) {
        try {
            String host = URI.create(address).getHost();
            return host == null || LOOPBACK.contains(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
