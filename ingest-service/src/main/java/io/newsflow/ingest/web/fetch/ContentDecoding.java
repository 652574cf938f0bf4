package io.newsflow.ingest.web.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the Content-Encoding of a body (gzip or deflate), inflating at most one byte more than allowed:
 * a few kilobytes of gzip can expand to gigabytes, so the decompressed size is counted while inflating
 * and never trusted from the stream.
 */
final class ContentDecoding {
    private ContentDecoding() {
    }

    /**
     * @param body            the body as received, already within {@code maxBytes}
     * @param contentEncoding the Content-Encoding header, or null
     * @throws FetchException {@code decompression-bomb} when the decoded body would exceed {@code maxBytes},
     *                        {@code unsupported-encoding} or {@code bad-encoding}
     */
    static byte[] decode(byte[] body, String contentEncoding, long maxBytes) {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            switch (encoding) {
                case "", "identity":
                    return body;
                case "gzip", "x-gzip":
                    return inflateBounded(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes, encoding);
                case "deflate":
                    // RFC 9110 says zlib-wrapped, but some servers send raw deflate; the zlib header tells them apart.
                    Inflater inflater = new Inflater(!hasZlibHeader(body));
                    try {
                        return inflateBounded(new InflaterInputStream(new ByteArrayInputStream(body), inflater),
                                maxBytes, encoding);
                    } finally {
                        inflater.end();
                    }
                default:
                    throw new FetchException(FetchFailure.UNSUPPORTED_ENCODING, "The server sent Content-Encoding '"
                            + contentEncoding + "'; only gzip and deflate are read (they are all we ask for)");
            }
        } catch (IOException e) {
            throw new FetchException(FetchFailure.BAD_ENCODING,
                    "The body is not valid " + encoding + " data: " + e.getMessage(), e);
        }
    }

    private static byte[] inflateBounded(InputStream inflating, long maxBytes, String encoding) throws IOException {
        try (inflating) {
            byte[] decoded = inflating.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (decoded.length > maxBytes) {
                throw new FetchException(FetchFailure.DECOMPRESSION_BOMB,
                        "The " + encoding + " body inflates to more than "
                        + maxBytes + " bytes; it was not decompressed further. Raise the size limit only if the "
                        + "source really sends documents that large");
            }
            return decoded;
        }
    }

    private static boolean hasZlibHeader(byte[] body) {
        if (body.length < 2) {
            return false;
        }
        int cmf = body[0] & 0xff;
        int flg = body[1] & 0xff;
        return (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }
}
