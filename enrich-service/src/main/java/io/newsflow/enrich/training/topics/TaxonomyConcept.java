package io.newsflow.enrich.training.topics;

/**
 * One IPTC Media Topic concept as the taxonomy file describes it.
 *
 * @param qcode          e.g. {@code medtop:20000082}
 * @param label          English label
 * @param level          1 for the 17 top-level topics, 2 for their children, and so on down to 6
 * @param parentQcode    the broader concept, {@code null} at level 1
 * @param topLevelQcode  the level-1 ancestor (the concept itself at level 1)
 * @param definition     English definition, possibly empty
 * @param retired        whether IPTC has retired the concept (its text still describes the topic)
 */
record TaxonomyConcept(String qcode, String label, int level, String parentQcode, String topLevelQcode,
                       String definition, boolean retired) {
}
