package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;

/**
 * The one place that reads an entity's cross-article key, so that what refers to an entity (a quote's speaker)
 * carries the key as soon as entities have one.
 */
final class EntityKeys {

    private EntityKeys() {
    }

    /** The entity's cross-article key; null while the entity record has no key field. */
    static String keyOf(Enrichment.Entity entity) {
        return null;
    }
}
