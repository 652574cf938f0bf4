package io.newsflow.enrich.training.topics;

import java.util.Set;

/**
 * A training text with the topics it is about.
 *
 * @param headline the headline (counted twice, as in classification)
 * @param body     the body text
 * @param level1   qcodes of the level-1 topics it belongs to
 * @param level2   qcodes of level-2 topics it belongs to, empty where the source does not say
 * @param source   where the text comes from
 */
record LabelledDocument(String headline, String body, Set<String> level1, Set<String> level2, Source source) {

    enum Source {
        /** a news article of a labelled corpus */
        ARTICLE,
        /** the headline and first sentence of such an article, a second view of it */
        LEAD,
        /**
         * a news article without a label: it shows what ordinary news looks like (standardisation, self-training)
         * but is no negative for any topic
         */
        UNLABELLED,
        /** a pseudo-document written from the IPTC taxonomy */
        TAXONOMY
    }

    boolean taxonomyText() {
        return source == Source.TAXONOMY;
    }

    /** A news text whose topics are known: a labelled article or its lead. */
    boolean labelledNews() {
        return source == Source.ARTICLE || source == Source.LEAD;
    }
}
