package io.newsflow.enrich.pipeline;

/**
 * The named parts of an {@link ArticleDoc} that stages declare they read or write, one for each part the document
 * holds and guards (see its accessors). The pipeline checks the declarations when it is built, so a stage placed
 * before the one producing its input fails at start-up rather than on the first article; the document checks them
 * while a stage runs, so a stage cannot read or write a part it does not declare.
 */
enum DocField {
    NINJS_HEADLINES("ninjs.headlines", true),
    NINJS_BODIES("ninjs.bodies", true),
    NINJS_PEOPLE("ninjs.people", true),
    NINJS_ORGANISATIONS("ninjs.organisations", true),
    NINJS_PLACES("ninjs.places", true),
    NINJS_SUBJECTS("ninjs.subjects", true),
    NINJS_PUBLISHED("ninjs.firstCreated", true),
    CLEANED_TEXT("cleanedText", false),
    LANGUAGE("language", false),
    PARAGRAPHS("paragraphs", false),
    REMOVED("removed", false),
    TOKENS("tokens", false),
    SENTENCES("sentences", false),
    NER_TAGS("tokens.ner", false),
    MENTIONS("mentions", false),
    ENTITIES("entities", false),
    TOPICS("topics", false),
    SENTENCE_SENTIMENT("sentences.sentiment", false),
    ENTITY_SENTIMENT("entities.sentiment", false),
    ENTITY_LINKS("entities.link", false),
    ENTITY_GEO("entities.geo", false),
    TONE("tone", false),
    QUOTES("quotes", false),
    EXPRESSIONS("expressions", false),
    ENTITY_QUOTES("entities.quotes", false);

    private final String label;
    private final boolean input;

    DocField(String label, boolean input) {
        this.label = label;
        this.input = input;
    }

    String label() {
        return label;
    }

    /** Present on every document from the start, because the upstream ninjs item carries it. */
    boolean isInput() {
        return input;
    }
}
