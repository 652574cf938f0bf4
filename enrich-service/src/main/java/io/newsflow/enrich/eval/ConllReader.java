package io.newsflow.enrich.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003-style files: one token per line, white-space separated columns with the token first and the
 * NER tag last, a blank line after each sentence, and {@code -DOCSTART-} lines between documents. Only the
 * first and last columns are read, so files with more or fewer columns between them (CoNLL-2002, WikiNER
 * exports) work too.
 */
final class ConllReader {
    private static final String DOCUMENT_START = "-DOCSTART-";

    List<ConllSentence> read(Path file) throws IOException {
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith(DOCUMENT_START)) {
                    flush(tokens, tags, sentences);
                    continue;
                }
                String[] columns = trimmed.split("\\s+");
                if (columns.length < 2) {
                    throw new IOException(file + " line " + lineNumber + ": expected a token and an NER tag "
                            + "separated by white space, found '" + trimmed + "'");
                }
                tokens.add(columns[0]);
                tags.add(columns[columns.length - 1]);
            }
        }
        flush(tokens, tags, sentences);
        return sentences;
    }

    private static void flush(List<String> tokens, List<String> tags, List<ConllSentence> sentences) {
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }
}
