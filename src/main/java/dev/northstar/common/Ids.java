package dev.northstar.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7: 48 bits of Unix milliseconds, then random bits). Rows
 * inserted together land next to each other in a primary-key index, which makes bulk inserts
 * several times faster than with random (version 4) UUIDs.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
