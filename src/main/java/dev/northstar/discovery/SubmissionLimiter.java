package dev.northstar.discovery;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets in memory for the public survey links: each client address may send
 * {@value #PER_CLIENT} answers a minute to one survey, and one survey takes at most
 * {@value #PER_SURVEY} a minute from everyone together, so a flood from many addresses cannot
 * bury a survey's real responses. Buckets refill continuously; idle ones are forgotten.
 * In a cluster each node keeps its own buckets, which only makes the limit per node.
 */
@Component
class SubmissionLimiter {

    static final int PER_CLIENT = 10;
    static final int PER_SURVEY = 600;
    private static final long MINUTE_MS = 60_000;
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SubmissionLimiter() {
        this(Clock.systemUTC());
    }

    SubmissionLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one token from the client's and the survey's buckets, or throws with how long to wait. */
    void acquire(String surveyKey, String client) {
        long now = clock.millis();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.isFullAt(now));
        }
        Bucket perClient = buckets.computeIfAbsent(surveyKey + "|" + client, k -> new Bucket(PER_CLIENT, now));
        Bucket perSurvey = buckets.computeIfAbsent(surveyKey, k -> new Bucket(PER_SURVEY, now));
        long wait = perClient.take(now);
        if (wait == 0) {
            wait = perSurvey.take(now);
        }
        if (wait > 0) {
            throw new SubmissionsLimitedException(Math.max(1, (wait + 999) / 1000));
        }
    }

    /** Refills {@code capacity} tokens a minute, continuously. */
    static final class Bucket {

        private final int capacity;
        private double tokens;
        private long at;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.at = now;
        }

        /** 0 when a token was taken, else the milliseconds until one is available. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MINUTE_MS / capacity);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * (double) capacity / MINUTE_MS);
                at = now;
            }
        }
    }
}
