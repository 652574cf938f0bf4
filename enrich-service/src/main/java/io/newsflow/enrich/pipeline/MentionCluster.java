package io.newsflow.enrich.pipeline;

import java.util.Comparator;
import java.util.List;

/**
 * Mentions that refer to one real-world entity.
 *
 * @param type          the label all its mentions share
 * @param canonicalName the fullest name among the mentions
 * @param mentions      in text order
 */
record MentionCluster(String type, String canonicalName, List<NerSpan> mentions) {

    MentionCluster {
        mentions = mentions.stream().sorted(Comparator.comparingInt(NerSpan::start)).toList();
    }

    int firstStart() {
        return mentions.get(0).start();
    }
}
