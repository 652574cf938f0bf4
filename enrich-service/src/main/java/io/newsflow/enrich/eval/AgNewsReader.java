package io.newsflow.enrich.eval;

import io.newsflow.enrich.training.topics.CsvRecords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads AG News CSV ({@code label,title,description}, header optional). */
final class AgNewsReader {

    List<AgNewsItem> read(Path file) throws IOException {
        List<AgNewsItem> items = new ArrayList<>();
        List<List<String>> records = CsvRecords.parse(Files.readString(file));
        for (int i = 0; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (i == 0 && record.get(0).equals("label")) {
                continue;
            }
            if (record.size() != 3 || !record.get(0).matches("[1-4]")) {
                throw new IOException(file + " record " + (i + 1) + " is not label(1-4),title,description");
            }
            items.add(new AgNewsItem(i + 1, Integer.parseInt(record.get(0)), clean(record.get(1)), clean(record.get(2))));
        }
        return items;
    }

    /**
     * The corpus carries the remnants of its sources' HTML: line breaks as a backslash, character references
     * without their ampersand ("#36;" for $, "#39;" for an apostrophe, "quot;", "amp;") and escaped tags
     * ("&amp;lt;b&amp;gt;...&amp;lt;/b&amp;gt;"). They are undone here as the pipeline's cleaning stage undoes real
     * HTML, so that the model is measured on the text and not on the debris.
     */
    static String clean(String text) {
        return text.replace("\\", " ").replace("#36;", "$").replace("#39;", "'").replace("quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("amp;", "&")
                .replaceAll("#\\d+;", " ").replaceAll("<[^>]*>", " ").replace("...", " ");
    }
}
