package io.newsflow.ingest.feeds.poll;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** {@code GET /api/v1/feeds}: what each configured feed has done on this replica. */
@RestController
@RequestMapping(path = "/api/v1/feeds", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedStatusController {
    static final URI UNKNOWN_FEED = URI.create("urn:newsflow:problem:unknown-feed");

    /** The answer to the list request; an object rather than a bare array so fields can be added. */
    record FeedList(List<FeedStatusView> feeds) {
    }

    private final FeedStatuses statuses;

    FeedStatusController(FeedStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping
    FeedList all() {
        return new FeedList(statuses.all().stream().map(FeedStatus::view).toList());
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id) {
        return statuses.get(id).<ResponseEntity<?>>map(status -> ResponseEntity.ok(status.view()))
                .orElseGet(() -> unknown(id));
    }

    private ResponseEntity<ProblemDetail> unknown(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No feed has the id '" + id
                + "'; GET /api/v1/feeds lists the configured feeds");
        problem.setType(UNKNOWN_FEED);
        problem.setTitle("Unknown feed");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
