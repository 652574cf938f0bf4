package io.newsflow.trends.stream;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads what {@link CompactWriter} wrote; a truncated or malformed value is an {@link IOException}. */
final class CompactReader {
    private final byte[] bytes;
    private int position;

    CompactReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int readByte() throws IOException {
        need(1);
        return bytes[position++];
    }

    long readLong() throws IOException {
        long zigzag = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 63) {
                throw new IOException("variable-length number longer than 10 bytes at " + position);
            }
            need(1);
            byte b = bytes[position++];
            zigzag |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return (zigzag >>> 1) ^ -(zigzag & 1);
            }
        }
    }

    int readCount() throws IOException {
        long count = readLong();
        if (count < 0 || count > bytes.length - position) {
            throw new IOException("impossible count " + count + " at " + position);
        }
        return (int) count;
    }

    double readDouble() throws IOException {
        need(8);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (bytes[position++] & 0xFF);
        }
        return Double.longBitsToDouble(bits);
    }

    String readString() throws IOException {
        long lengthPlusOne = readLong();
        if (lengthPlusOne == 0) {
            return null;
        }
        if (lengthPlusOne < 0 || lengthPlusOne - 1 > bytes.length - position) {
            throw new IOException("string length " + (lengthPlusOne - 1) + " beyond the value at " + position);
        }
        int length = (int) (lengthPlusOne - 1);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    boolean atEnd() {
        return position == bytes.length;
    }

    private void need(int count) throws IOException {
        if (position + count > bytes.length) {
            throw new EOFException("value ends after " + position + " bytes");
        }
    }
}
