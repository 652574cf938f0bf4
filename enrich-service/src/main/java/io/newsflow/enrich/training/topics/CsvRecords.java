package io.newsflow.enrich.training.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated text into records of fields as RFC 4180 writes them: a field in double quotes may hold
 * commas, line breaks and doubled quotes. Both the IPTC taxonomy and AG News are written this way.
 */
public final class CsvRecords {
    private CsvRecords() {
    }

    /** @return every record of {@code text}, header included, blank lines skipped */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                endRecord(records, fields, field, fieldStarted);
                fields = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        endRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field,
                                  boolean fieldStarted) {
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        field.setLength(0);
    }
}
