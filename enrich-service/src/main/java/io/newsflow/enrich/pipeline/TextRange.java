package io.newsflow.enrich.pipeline;

/** A half-open character range {@code [start, end)} of the cleaned text. */
record TextRange(int start, int end) {

    TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a text range: [" + start + ", " + end + ")");
        }
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
