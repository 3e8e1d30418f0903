package dev.northstar.discovery.web;

import dev.northstar.discovery.SubmissionsLimitedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 429 problem with Retry-After when the public survey link is answered too often; other errors go through the shared ApiProblems. */
@RestControllerAdvice(assignableTypes = PublicSurveyApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicSurveyProblems {

    @ExceptionHandler(SubmissionsLimitedException.class)
    ResponseEntity<ProblemDetail> limited(SubmissionsLimitedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setTitle("Too many answers");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(p);
    }
}
