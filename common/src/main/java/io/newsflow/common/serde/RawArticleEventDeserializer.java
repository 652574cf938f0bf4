package io.newsflow.common.serde;

import io.newsflow.common.event.RawArticleEvent;

public class RawArticleEventDeserializer extends JsonEventDeserializer<RawArticleEvent> {
    public RawArticleEventDeserializer() {
        super(RawArticleEvent.class);
    }
}
