package io.newsflow.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the documents of a CoNLL-2003 file (one token per line, token in the first column, a blank line after each
 * sentence, {@code -DOCSTART-} lines between documents) as plain text. The topic model uses only the words, so the
 * NER tags are ignored and the tokens are joined with single spaces.
 */
final class ConllNewsReader {
    private static final String DOCUMENT_START = "-DOCSTART-";

    List<ConllNewsDocument> read(Path file) throws IOException {
        List<ConllNewsDocument> documents = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String trimmed = line.strip();
                if (trimmed.startsWith(DOCUMENT_START)) {
                    endSentence(sentence, sentences);
                    endDocument(sentences, documents);
                } else if (trimmed.isEmpty()) {
                    endSentence(sentence, sentences);
                } else {
                    int end = trimmed.indexOf(' ');
                    sentence.append(sentence.isEmpty() ? "" : " ").append(end < 0 ? trimmed : trimmed.substring(0, end));
                }
            }
        }
        endSentence(sentence, sentences);
        endDocument(sentences, documents);
        return documents;
    }

    private static void endSentence(StringBuilder sentence, List<String> sentences) {
        if (!sentence.isEmpty()) {
            sentences.add(sentence.toString());
            sentence.setLength(0);
        }
    }

    private static void endDocument(List<String> sentences, List<ConllNewsDocument> documents) {
        if (!sentences.isEmpty()) {
            documents.add(new ConllNewsDocument(sentences.get(0),
                    String.join(" ", sentences.subList(1, sentences.size()))));
            sentences.clear();
        }
    }
}
