package io.newsflow.ingest.web.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding in which each byte that is not part of a valid UTF-8 sequence is read as Windows-1252. */
final class Utf8WithWindows1252Repair {
    private static final String WINDOWS_1252_CHARS = windows1252Table();

    private Utf8WithWindows1252Repair() {
    }

    static String decode(byte[] bytes, int offset) {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // One char per byte at most: a 4-byte sequence gives two chars, a repaired byte one.
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put(WINDOWS_1252_CHARS.charAt(in.get() & 0xFF));
                }
            } else {
                decoder.flush(out);
                return out.flip().toString();
            }
        }
    }

    /** True when the bytes are entirely valid UTF-8 and at least one character is beyond ASCII. */
    static boolean isUtf8WithNonAscii(byte[] bytes, int offset) {
        boolean nonAscii = false;
        for (int i = offset; i < bytes.length && !nonAscii; i++) {
            nonAscii = bytes[i] < 0;
        }
        if (!nonAscii) {
            return false;
        }
        CharsetDecoder decoder = strictUtf8();
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset),
                CharBuffer.allocate(bytes.length - offset), true);
        return !result.isError();
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String windows1252Table() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return new String(all, Charset.forName("windows-1252"));
    }
}
