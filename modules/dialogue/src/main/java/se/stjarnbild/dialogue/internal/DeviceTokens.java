package se.stjarnbild.dialogue.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device tokens for live reactions: a random id and its HMAC-SHA256 under the session's secret,
 * "id.signature". The server keeps no list of devices: a token it did not sign (forged, or from
 * another meeting's session) fails the check. Short codes for joining are drawn here too.
 */
public final class DeviceTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** Letters and digits that cannot be mistaken for each other when read off a screen. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 6;

    private DeviceTokens() {
    }

    public static String newSecret() {
        return B64.encodeToString(bytes(32));
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as typed: spaces and case do not matter. */
    public static String normalizeCode(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static String issue(String secret) {
        String id = B64.encodeToString(bytes(16));
        return id + "." + sign(secret, id);
    }

    /** The device id inside a token this secret signed; empty for anything else. */
    public static Optional<String> verify(String secret, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        byte[] expected = sign(secret, id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) && id.length() <= 32 ? Optional.of(id) : Optional.empty();
    }

    private static String sign(String secret, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return B64.encodeToString(Arrays.copyOf(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
