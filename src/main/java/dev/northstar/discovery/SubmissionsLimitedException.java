package dev.northstar.discovery;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Too many public survey submissions from one client (or for one survey) in a short time. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class SubmissionsLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    public SubmissionsLimitedException(long retryAfterSeconds) {
        super("Too many answers were sent from your network in the last minute. Please wait " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second" : " seconds") + " and send again.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
