package se.stjarnbild.meetings.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The keys people hold to their own registration: a 256-bit random token for the personal link
 * (not guessable, not derived from anything), and a short code to say at the door, without
 * letters that are easily mixed up (0/O, 1/I/L).
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A door code not yet used at this meeting; {@code taken} asks the database about one code
     * (31^6, almost 900 million codes, so a second try is rare even at thousands of registrations).
     */
    static String newCode(Predicate<String> taken) {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!taken.test(code.toString())) {
                return code.toString();
            }
        }
    }

    /** Whether a string could be a token at all: anything else is not looked up. */
    static boolean wellFormed(String token) {
        return token != null && TOKEN_SHAPE.matcher(token).matches();
    }
}
