package io.newsflow.ingest.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits an NDJSON body into its lines, refusing the batch as soon as it has more articles than allowed. */
final class NdjsonLines {
    static final String MAX_BATCH_LINES = "newsflow.ingest.limits.max-batch-lines";

    private NdjsonLines() {
    }

    /**
     * @param body     the body, already bounded in bytes
     * @param maxLines most non-blank lines accepted
     * @throws RequestTooLargeException at the first non-blank line beyond {@code maxLines}
     */
    static List<BatchLine> read(InputStream body, int maxLines) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        List<BatchLine> lines = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (lines.size() == maxLines) {
                throw new RequestTooLargeException("The batch has more than " + maxLines + " articles; send at "
                        + "most " + maxLines + " lines per request", MAX_BATCH_LINES, maxLines);
            }
            lines.add(new BatchLine(number, line));
        }
        return lines;
    }
}
