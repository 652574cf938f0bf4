package io.newsflow.trends.trend;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Appends JSON tokens to a growing byte array, escaping strings as the project's Jackson mapper does (quote,
 * backslash, the short escapes {@code \b \t \n \f \r}, other control characters as upper-case {@code \}{@code u00XX},
 * everything else as UTF-8), so what it writes is byte for byte what Jackson writes. Commas are the caller's.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[4096];
    private int length;

    JsonBytes clear() {
        length = 0;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    JsonBytes raw(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** {@code "name":} */
    JsonBytes name(String name) {
        string(name);
        return raw(':');
    }

    /** Digits straight into the buffer: {@code Long.toString} per number was the view writer's largest allocation. */
    JsonBytes number(long value) {
        if (value >= 0 && value < 10) {
            // most counts in a view are single digits: one byte, no loops
            room(1);
            bytes[length++] = (byte) ('0' + value);
            return this;
        }
        if (value == Long.MIN_VALUE) {
            return ascii(Long.toString(value));
        }
        room(20);
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int at = length + digits - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    /** As Jackson writes a double by default: {@link Double#toString}. */
    JsonBytes number(double value) {
        return ascii(Double.toString(value));
    }

    JsonBytes nullValue() {
        room(NULL.length);
        System.arraycopy(NULL, 0, bytes, length, NULL.length);
        length += NULL.length;
        return this;
    }

    JsonBytes string(String value) {
        if (value == null) {
            return nullValue();
        }
        // room for the worst case once (an escape is six bytes; a character outside ASCII at most three), so the
        // loop over the characters checks nothing else
        int size = value.length();
        room(size * 6 + 2);
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < size; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                out[at++] = (byte) c;
            } else if (c >= 0x80) {
                int end = i + 1;
                while (end < size && value.charAt(end) >= 0x80) {
                    end++;
                }
                byte[] utf8 = value.substring(i, end).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, out, at, utf8.length);
                at += utf8.length;
                i = end - 1;
            } else {
                length = at;
                escape(c);
                at = length;
            }
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    private void escape(char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        room(6);
        bytes[length++] = '\\';
        if (shortForm != 0) {
            bytes[length++] = (byte) shortForm;
            return;
        }
        bytes[length++] = 'u';
        bytes[length++] = '0';
        bytes[length++] = '0';
        bytes[length++] = HEX[c >> 4];
        bytes[length++] = HEX[c & 0xF];
    }

    private JsonBytes ascii(String token) {
        room(token.length());
        for (int i = 0; i < token.length(); i++) {
            bytes[length++] = (byte) token.charAt(i);
        }
        return this;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
