package io.newsflow.enrich.training.topics;

import io.newsflow.enrich.conll.ConllReader;
import io.newsflow.enrich.conll.ConllSentence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the documents of a CoNLL-2003 file as plain news text. The topic model uses only the words, so the NER
 * tags are ignored and the tokens are joined with single spaces.
 */
final class ConllNewsReader {
    private final ConllReader reader = new ConllReader();

    List<ConllNewsDocument> read(Path file) throws IOException {
        return reader.readDocuments(file).stream().map(ConllNewsReader::toNews).toList();
    }

    private static ConllNewsDocument toNews(List<ConllSentence> sentences) {
        return new ConllNewsDocument(text(sentences.get(0)), sentences.subList(1, sentences.size()).stream()
                .map(ConllNewsReader::text).collect(Collectors.joining(" ")));
    }

    private static String text(ConllSentence sentence) {
        return String.join(" ", sentence.tokens());
    }
}
