package se.stjarnbild.webapp.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the form {@code PBKDF2WithHmacSHA512:iterations:salt:hash} (Base64).
 * The stored form carries its own parameters, so the cost can be raised later without breaking
 * existing passwords.
 */
public final class Pbkdf2Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    /** OWASP's recommendation for PBKDF2-HMAC-SHA512. */
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int HASH_BITS = 512;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public Pbkdf2Passwords() {
        this(ITERATIONS);
    }

    Pbkdf2Passwords(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(ALGORITHM, password, salt, iterations, HASH_BITS);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    /** True when the password matches; false for a wrong password or a malformed stored hash. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2With")) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (storedIterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            byte[] actual = derive(parts[0], password, salt, storedIterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unsupported password hash " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A hash of a random password: verifying against it costs as much as a real check. */
    public static String decoy() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return new Pbkdf2Passwords().hash(new String(Base64.getEncoder().encode(random), StandardCharsets.US_ASCII).toCharArray());
    }
}
