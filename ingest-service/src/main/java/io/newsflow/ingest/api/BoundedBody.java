package io.newsflow.ingest.api;

import jakarta.servlet.http.HttpServletRequest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body without trusting its size: a declared Content-Length over the limit is refused
 * before reading, and a chunked body is refused as soon as it passes the limit, so no client can make the
 * service buffer more than the limit.
 */
final class BoundedBody {
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private BoundedBody() {
    }

    /** @throws RequestTooLargeException as soon as the body is known to exceed {@code maxBytes} */
    static byte[] readAll(HttpServletRequest request, long maxBytes, String limitProperty) throws IOException {
        rejectDeclaredOversize(request, maxBytes, limitProperty);
        // One byte more than allowed is enough to know the body is too large.
        int enough = (int) Math.min(maxBytes + 1, MAX_ARRAY_SIZE);
        byte[] body = request.getInputStream().readNBytes(enough);
        if (body.length > maxBytes) {
            throw RequestTooLargeException.bytes("The request body", limitProperty, maxBytes);
        }
        return body;
    }

    /** The body as a stream that throws {@link RequestTooLargeException} once more than maxBytes are read. */
    static InputStream stream(HttpServletRequest request, long maxBytes, String limitProperty) throws IOException {
        rejectDeclaredOversize(request, maxBytes, limitProperty);
        return new LimitedInputStream(request.getInputStream(), maxBytes, limitProperty);
    }

    private static void rejectDeclaredOversize(HttpServletRequest request, long maxBytes, String limitProperty) {
        if (request.getContentLengthLong() > maxBytes) {
            throw RequestTooLargeException.bytes("The request body", limitProperty, maxBytes);
        }
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private final long maxBytes;
        private final String limitProperty;
        private long read;

        LimitedInputStream(InputStream in, long maxBytes, String limitProperty) {
            super(in);
            this.maxBytes = maxBytes;
            this.limitProperty = limitProperty;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw RequestTooLargeException.bytes("The request body", limitProperty, maxBytes);
            }
        }
    }
}
