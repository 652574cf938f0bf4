package io.newsflow.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.publish.PublishedArticle;
import org.springframework.http.ProblemDetail;

import java.util.Map;

/**
 * What became of one line of a batch: status 202 with where the article was written, 200 with where it already
 * was ({@code duplicate} true: not written again), or the status and problem (RFC 9457 members) of a line that was
 * refused or is not known to be in Kafka.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchLineResult(int line, int status, String id, String version, String topic, Integer partition,
                       Long offset, Boolean duplicate, Map<String, Object> problem) {

    static BatchLineResult accepted(int line, PublishedArticle published) {
        return new BatchLineResult(line, published.duplicate() ? 200 : 202, published.id(), published.version(),
                published.topic(), published.partition(), published.offset(), published.duplicate(), null);
    }

    static BatchLineResult refused(int line, ProblemDetail problem) {
        return new BatchLineResult(line, problem.getStatus(), null, null, null, null, null, null,
                ArticleProblems.asMap(problem));
    }

    /** A valid line Kafka did not acknowledge; its id and version say which article to send again. */
    static BatchLineResult unavailable(int line, String id, String version, ProblemDetail problem) {
        return new BatchLineResult(line, problem.getStatus(), id, version, null, null, null, null,
                ArticleProblems.asMap(problem));
    }
}
