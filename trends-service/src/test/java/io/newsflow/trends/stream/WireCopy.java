package io.newsflow.trends.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the wire copy of src/test/resources/stories as {headline, body}. */
final class WireCopy {

    private WireCopy() {
    }

    static String[] read(String file) throws IOException {
        try (InputStream in = WireCopy.class.getResourceAsStream("/stories/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            int blank = text.indexOf("\n\n");
            return new String[] {text.substring(0, blank), text.substring(blank + 2).strip()};
        }
    }
}
