package io.newsflow.trends.stream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Appends variable-length integers, doubles and UTF-8 strings to a growing byte array. A {@code DataOutputStream}
 * over a {@code ByteArrayOutputStream} spent most of its time in {@code writeUTF} and in growing its buffer (JFR on
 * the lag benchmark); each stream thread reuses one writer ({@link #forThisThread}).
 */
final class CompactWriter {
    private static final ThreadLocal<CompactWriter> PER_THREAD = ThreadLocal.withInitial(CompactWriter::new);

    private byte[] bytes = new byte[8192];
    private int length;

    /** This thread's writer, emptied. */
    static CompactWriter forThisThread() {
        CompactWriter writer = PER_THREAD.get();
        writer.length = 0;
        return writer;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    void writeByte(int value) {
        ensureRoom(1);
        bytes[length++] = (byte) value;
    }

    /** Unsigned LEB128 after zigzag, so small negative numbers stay short too. */
    void writeLong(long value) {
        ensureRoom(10);
        long zigzag = (value << 1) ^ (value >> 63);
        while ((zigzag & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        bytes[length++] = (byte) zigzag;
    }

    void writeDouble(double value) {
        ensureRoom(8);
        long bits = Double.doubleToRawLongBits(value);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (bits >>> shift);
        }
    }

    /** A string, or null: its UTF-8 length plus one (zero for null), then the bytes. */
    void writeString(String value) {
        if (value == null) {
            writeLong(0);
            return;
        }
        // most keys and labels are ASCII: copied char by char as they are checked, in one pass with no byte array
        // per string (getBytes was the largest allocation of the stream thread, a separate check pass a sixth of its
        // time: JFR on the lag benchmark); at the first other character, undone and written as UTF-8
        int start = length;
        int size = value.length();
        writeLong(size + 1L);
        ensureRoom(size);
        byte[] out = bytes;
        int at = length;
        for (int i = 0; i < size; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                length = start;
                writeUtf8(value);
                return;
            }
            out[at++] = (byte) c;
        }
        length = at;
    }

    private void writeUtf8(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeLong(utf8.length + 1L);
        ensureRoom(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    private void ensureRoom(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
