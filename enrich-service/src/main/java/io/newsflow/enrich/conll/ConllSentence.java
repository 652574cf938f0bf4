package io.newsflow.enrich.conll;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and, for each, the gold NER tag (the file's last column). */
public record ConllSentence(List<String> tokens, List<String> tags) {
    public ConllSentence {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }
}
