package io.newsflow.common.serde;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;

/** Kafka serializer writing any newsflow event as UTF-8 JSON with {@link EventJson}'s mapping. */
public class JsonEventSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T event) {
        if (event == null) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsBytes(event);
        } catch (JacksonException e) {
            throw new SerializationException("Cannot write " + event.getClass().getSimpleName()
                    + " as JSON for topic " + topic + ": " + e.getOriginalMessage(), e);
        }
    }
}
