package dev.northstar.common.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.ForbiddenException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 7807 problem details for every JSON API controller. Modules throw the shared exceptions of
 * {@code common}; each problem names the field (or line and column) at fault under {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid input");
        p.setProperty(
                "errors",
                e.errors().stream()
                        .map(f -> Map.of("field", f.field(), "message", f.message()))
                        .toList());
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getMostSpecificCause().getMessage();
        if (detail != null && detail.length() > 300) {
            detail = detail.substring(0, 300);
        }
        return ResponseEntity.badRequest()
                .body(withErrors(
                        problem(
                                HttpStatus.BAD_REQUEST,
                                "Malformed request body",
                                "The request body could not be read: " + detail),
                        "body",
                        "malformed JSON or wrong value type"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(withErrors(
                        problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getParameterName() + " is required"),
                        e.getParameterName(),
                        "required"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getName() + " has an invalid value"),
                e.getName(),
                "invalid value");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }

    private static ProblemDetail withErrors(ProblemDetail p, String field, String message) {
        p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return p;
    }
}
