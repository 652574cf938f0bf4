package io.newsflow.enrich.training.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pseudo-documents written from the taxonomy itself, so that topics no labelled news corpus covers (crime,
 * health, weather...) can be learnt: IPTC gives each of its 1,372 concepts a label and a definition, and every
 * concept sits under one level-1 topic. Each concept yields one short text (its label as headline; definition,
 * parent label and level-2 ancestor label as body), and each level-2 topic one long text joining everything in
 * its subtree, which looks more like an article's bag of words. Retired concepts are kept: their words still
 * describe the topic.
 */
final class TaxonomyDocuments {
    private TaxonomyDocuments() {
    }

    static List<LabelledDocument> from(Taxonomy taxonomy) {
        List<LabelledDocument> documents = new ArrayList<>();
        Map<String, StringBuilder> subtreeText = new LinkedHashMap<>();
        for (TaxonomyConcept concept : taxonomy.concepts()) {
            String levelTwo = taxonomy.levelTwoAncestor(concept).map(TaxonomyConcept::qcode).orElse(null);
            String parentLabel = concept.parentQcode() == null ? ""
                    : taxonomy.concept(concept.parentQcode()).map(TaxonomyConcept::label).orElse("");
            String levelTwoLabel = levelTwo == null || levelTwo.equals(concept.qcode()) ? ""
                    : taxonomy.concept(levelTwo).map(TaxonomyConcept::label).orElse("");
            String body = concept.definition() + ". " + parentLabel + ". " + levelTwoLabel;
            documents.add(new LabelledDocument(concept.label(), body, Set.of(concept.topLevelQcode()),
                    levelTwo == null ? Set.of() : Set.of(levelTwo), LabelledDocument.Source.TAXONOMY));
            if (levelTwo != null) {
                subtreeText.computeIfAbsent(levelTwo, q -> new StringBuilder())
                        .append(concept.label()).append(". ").append(concept.definition()).append(". ");
            }
        }
        subtreeText.forEach((qcode, text) -> taxonomy.concept(qcode).ifPresent(levelTwo ->
                documents.add(new LabelledDocument(levelTwo.label(), text.toString(),
                        Set.of(levelTwo.topLevelQcode()), Set.of(qcode), LabelledDocument.Source.TAXONOMY))));
        return documents;
    }
}
