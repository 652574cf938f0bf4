package io.newsflow.ingest.api;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.ArticleViolation;
import io.newsflow.common.article.TextRules;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.publish.KafkaUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC 9457 problem details of the push API. Each problem type is a stable URN clients can switch on;
 * the extension members name what to fix ({@code violations}, {@code limit}, {@code retryAfterSeconds}).
 */
final class ArticleProblems {
    static final URI INVALID_ARTICLE = URI.create("urn:newsflow:problem:invalid-article");
    static final URI TOO_LARGE = URI.create("urn:newsflow:problem:request-too-large");
    static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:newsflow:problem:unsupported-media-type");
    static final URI KAFKA_UNAVAILABLE = URI.create("urn:newsflow:problem:kafka-unavailable");
    static final URI URL_NOT_ALLOWED = URI.create("urn:newsflow:problem:url-not-allowed");
    static final URI PAGE_FETCH_FAILED = URI.create("urn:newsflow:problem:page-fetch-failed");
    /** A request the API cannot read as such: a malformed header, a query parameter of the wrong type. */
    static final URI INVALID_REQUEST = URI.create("urn:newsflow:problem:invalid-request");
    static final URI NOT_FOUND = URI.create("urn:newsflow:problem:not-found");
    static final URI METHOD_NOT_ALLOWED = URI.create("urn:newsflow:problem:method-not-allowed");
    static final URI NOT_ACCEPTABLE = URI.create("urn:newsflow:problem:not-acceptable");
    static final URI REQUEST_TIMEOUT = URI.create("urn:newsflow:problem:request-timeout");
    static final URI INTERNAL_ERROR = URI.create("urn:newsflow:problem:internal-error");
    private static final String ABOUT_BLANK = "about:blank";
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)",
            Pattern.CASE_INSENSITIVE);

    private ArticleProblems() {
    }

    static ProblemDetail invalidArticle(ArticleValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_ARTICLE, "Invalid article", e.getMessage());
        problem.setProperty("violations", e.violations());
        return problem;
    }

    static ProblemDetail tooLarge(RequestTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Request too large", e.getMessage());
        problem.setProperty("limit", e.limit());
        problem.setProperty("limitProperty", e.limitProperty());
        return problem;
    }

    static ProblemDetail kafkaUnavailable(KafkaUnavailableException e, long retryAfterSeconds) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, KAFKA_UNAVAILABLE, "Kafka unavailable",
                e.getMessage());
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    /** The url of an article to fetch (fetchPage=true) names a host or address pages are not fetched from. */
    static ProblemDetail urlNotAllowed(FetchException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, URL_NOT_ALLOWED, "URL not allowed", e.getMessage());
        problem.setProperty("violations", List.of(new ArticleViolation("url", e.reason(), e.getMessage())));
        return problem;
    }

    /** The page of an article to fetch (fetchPage=true) did not come back as a usable page. */
    static ProblemDetail pageFetchFailed(FetchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, PAGE_FETCH_FAILED, "Page could not be fetched",
                e.getMessage());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    /**
     * A batch none of whose lines can be accepted: {@code lines} holds each line's result as the NDJSON answer
     * would, {@code violations} every line's violations with the field prefixed by its line
     * ({@code lines[3].headline}).
     *
     * @param anyInvalid whether some line was invalid (400); otherwise every line was too large (413)
     */
    static ProblemDetail invalidBatch(boolean anyInvalid, List<BatchLineResult> lines,
                                      List<ArticleViolation> violations) {
        ProblemDetail problem = anyInvalid
                ? problem(HttpStatus.BAD_REQUEST, INVALID_ARTICLE, "Invalid batch", "None of the " + lines.size()
                        + " articles of the batch can be accepted; each line's problem is in lines and violations")
                : problem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Request too large", "Every article of the "
                        + "batch is over newsflow.ingest.limits.max-article-size; split or shorten them");
        problem.setProperty("violations", violations);
        problem.setProperty("lines", lines);
        return problem;
    }

    /**
     * A line's violation with its field prefixed by the line: {@code lines[3].headline}, {@code lines[3]/bodies/0};
     * a fault in the line's bytes rather than in a field ({@code utf-8}) names the line itself, {@code lines[3]}.
     */
    static ArticleViolation onLine(int line, ArticleViolation violation) {
        String field = violation.field();
        String prefix = "lines[" + line + "]";
        boolean wholeLine = field.isEmpty() || TextRules.REQUEST_BODY.equals(field);
        String onLine = wholeLine ? prefix : field.startsWith("/") ? prefix + field : prefix + "." + field;
        return new ArticleViolation(onLine, violation.rule(), violation.message(), violation.offset());
    }

    /**
     * A Content-Type header Spring could not parse: an unknown charset ({@code text/plain; charset=klingon})
     * or not a media type at all ({@code text/}), answered 400 naming what is wrong.
     */
    static ProblemDetail unreadableContentType(String sent, String why) {
        Matcher charset = CHARSET.matcher(sent);
        if (charset.find() && !isKnownCharset(charset.group(1))) {
            String message = "Charset '" + charset.group(1) + "' in Content-Type '" + sent + "' is unknown; send "
                    + "UTF-8 (text/plain; charset=utf-8) or a charset Java knows (iso-8859-1, windows-1252, ...)";
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", message);
            problem.setProperty("violations", List.of(new ArticleViolation("Content-Type", "charset", message)));
            return problem;
        }
        String message = "Content-Type '" + sent + "' is not a media type (type/subtype; parameter=value): " + why;
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", message);
        problem.setProperty("violations", List.of(new ArticleViolation("Content-Type", "media-type", message)));
        return problem;
    }

    private static boolean isKnownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }

    /**
     * Gives a problem Spring built a {@code type} URN by its status, unless it has one, and the violations
     * (for the client's errors) unless it has them: every error answer has the same members.
     */
    static void complete(ProblemDetail problem, List<ArticleViolation> violations) {
        if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType().toString())) {
            problem.setType(typeFor(problem.getStatus()));
        }
        boolean clientError = problem.getStatus() >= 400 && problem.getStatus() < 500;
        boolean hasViolations = problem.getProperties() != null && problem.getProperties().containsKey("violations");
        if (clientError && !hasViolations) {
            problem.setProperty("violations", violations);
        }
    }

    static URI typeFor(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> KAFKA_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : URI.create("urn:newsflow:problem:http-" + status);
        };
    }

    /** A rule token for a status without a more precise one: "Request Timeout" → {@code request-timeout}. */
    static String slug(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "http-" + status : known.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** A problem as the plain JSON object that goes into a batch result line. */
    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
