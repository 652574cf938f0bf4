package io.newsflow.common.serde;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import tools.jackson.core.JacksonException;

/**
 * Kafka deserializer for one event type. Subclasses with a no-argument constructor exist so that the type
 * can be named in plain Kafka client configuration.
 */
public class JsonEventDeserializer<T> implements Deserializer<T> {
    private final Class<T> eventType;

    public JsonEventDeserializer(Class<T> eventType) {
        this.eventType = eventType;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(data, eventType);
        } catch (JacksonException e) {
            throw new SerializationException("Record on topic " + topic + " is not a valid "
                    + eventType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
