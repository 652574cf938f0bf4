package io.newsflow.ingest.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an NDJSON body into its lines, refusing the batch as soon as it has more articles than allowed.
 * Lines stay bytes: each is decoded, and refused on its own if it is not UTF-8, when its article is read.
 */
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
        InputStream in = new BufferedInputStream(body);
        List<BatchLine> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        int b;
        do {
            b = in.read();
            if (b != '\n' && b != -1) {
                line.write(b);
                continue;
            }
            if (b == -1 && line.size() == 0) {
                break;
            }
            number++;
            byte[] bytes = withoutCarriageReturn(line.toByteArray());
            line.reset();
            if (isBlank(bytes)) {
                continue;
            }
            if (lines.size() == maxLines) {
                throw new RequestTooLargeException("The batch has more than " + maxLines + " articles; send at "
                        + "most " + maxLines + " lines per request", MAX_BATCH_LINES, maxLines);
            }
            lines.add(new BatchLine(number, bytes));
        } while (b != -1);
        return lines;
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        if (line.length > 0 && line[line.length - 1] == '\r') {
            return java.util.Arrays.copyOf(line, line.length - 1);
        }
        return line;
    }

    /** JSON's whitespace is ASCII: space, tab, line feed, carriage return. */
    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
