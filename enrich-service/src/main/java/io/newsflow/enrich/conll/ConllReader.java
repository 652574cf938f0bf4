package io.newsflow.enrich.conll;

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
 * exports) work too. The NER evaluation reads the sentences; the topic model reads the documents as news text.
 */
public final class ConllReader {
    /** The first token of the line between two documents. */
    public static final String DOCUMENT_START = "-DOCSTART-";

    /** Every sentence of the file, in order, whatever document it belongs to. */
    public List<ConllSentence> read(Path file) throws IOException {
        return readDocuments(file).stream().flatMap(List::stream).toList();
    }

    /** The file's documents, each as its sentences in order; documents without sentences are left out. */
    public List<List<ConllSentence>> readDocuments(Path file) throws IOException {
        List<List<ConllSentence>> documents = new ArrayList<>();
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
                    if (!trimmed.isEmpty()) {
                        endDocument(sentences, documents);
                    }
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
        endDocument(sentences, documents);
        return documents;
    }

    private static void endDocument(List<ConllSentence> sentences, List<List<ConllSentence>> documents) {
        if (!sentences.isEmpty()) {
            documents.add(List.copyOf(sentences));
            sentences.clear();
        }
    }

    private static void flush(List<String> tokens, List<String> tags, List<ConllSentence> sentences) {
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }
}
