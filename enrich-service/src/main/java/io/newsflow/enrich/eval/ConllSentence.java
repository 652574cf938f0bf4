package io.newsflow.enrich.eval;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and, for each, the gold NER tag (the file's last column). */
record ConllSentence(List<String> tokens, List<String> tags) {
    ConllSentence {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }
}
