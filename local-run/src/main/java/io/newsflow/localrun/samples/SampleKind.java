package io.newsflow.localrun.samples;

import java.util.Locale;
import java.util.Optional;

/** How a sample file is posted to ingest-service, told by its file name extension. */
public enum SampleKind {
    PLAIN_TEXT(".txt", "text/plain; charset=UTF-8", "/api/v1/articles"),
    JSON(".json", "application/json", "/api/v1/articles"),
    NDJSON(".ndjson", "application/x-ndjson", "/api/v1/articles/batch");

    private final String extension;
    private final String contentType;
    private final String path;

    SampleKind(String extension, String contentType, String path) {
        this.extension = extension;
        this.contentType = contentType;
        this.path = path;
    }

    public String contentType() {
        return contentType;
    }

    /** The ingest API path the sample goes to. */
    public String path() {
        return path;
    }

    public boolean isBatch() {
        return this == NDJSON;
    }

    /** Empty for files that are not articles (a README, an editor's backup file). */
    public static Optional<SampleKind> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".")) {
            return Optional.empty();
        }
        for (SampleKind kind : values()) {
            if (lower.endsWith(kind.extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
