package io.newsflow.common.serde;

import io.newsflow.common.event.EnrichedArticleEvent;

public class EnrichedArticleEventDeserializer extends JsonEventDeserializer<EnrichedArticleEvent> {
    public EnrichedArticleEventDeserializer() {
        super(EnrichedArticleEvent.class);
    }
}
