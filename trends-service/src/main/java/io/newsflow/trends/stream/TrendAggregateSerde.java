package io.newsflow.trends.stream;

import io.newsflow.trends.trend.Dimension;
import io.newsflow.trends.trend.TrendAggregate;
import io.newsflow.trends.trend.TrendWindow;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of {@link TrendAggregate} for the {@value TrendsTopology#TREND_STORE} store and its
 * changelog. Every contribution reads and writes the aggregate of three windows, and a popular key's aggregate holds
 * a few hundred co-occurring entities; as JSON that read and write was most of the service's CPU time (see
 * docs/benchmarks.md). The first byte is a format version; a value starting with {@code {} is the JSON the store
 * held before, and is still read, so an existing changelog restores.
 */
public final class TrendAggregateSerde implements Serde<TrendAggregate> {
    private static final byte FORMAT_1 = 1;
    private static final JsonSerde<TrendAggregate> EARLIER_JSON = new JsonSerde<>(TrendAggregate.class);

    @Override
    public Serializer<TrendAggregate> serializer() {
        return (topic, aggregate) -> aggregate == null ? null : write(aggregate);
    }

    @Override
    public Deserializer<TrendAggregate> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            if (data.length > 0 && data[0] == '{') {
                return EARLIER_JSON.deserializer().deserialize(topic, data);
            }
            try {
                return read(data);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("not a binary TrendAggregate: " + e.getMessage(), e);
            }
        };
    }

    static byte[] write(TrendAggregate a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 24 * a.related().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_1);
            out.writeByte(a.dimension().ordinal());
            out.writeUTF(a.key());
            writeNullable(out, a.label());
            writeNullable(out, a.type());
            out.writeByte(a.window().ordinal());
            out.writeLong(a.windowStart().toEpochMilli());
            out.writeLong(a.articles());
            out.writeLong(a.mentions());
            out.writeDouble(a.sentimentSum());
            out.writeLong(a.sentimentCount());
            writeCounts(out, a.sources());
            writeCounts(out, a.related());
            out.writeInt(a.relatedLabels().size());
            for (Map.Entry<String, String> label : a.relatedLabels().entrySet()) {
                out.writeUTF(label.getKey());
                writeNullable(out, label.getValue());
            }
            writeCounts(out, a.topics());
            writeCounts(out, a.places());
            out.writeInt(a.articleIds().size());
            for (String id : a.articleIds()) {
                out.writeUTF(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static TrendAggregate read(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        byte format = in.readByte();
        if (format != FORMAT_1) {
            throw new IOException("unknown format " + format);
        }
        Dimension dimension = Dimension.values()[in.readByte()];
        String key = in.readUTF();
        String label = readNullable(in);
        String type = readNullable(in);
        TrendWindow window = TrendWindow.values()[in.readByte()];
        Instant windowStart = Instant.ofEpochMilli(in.readLong());
        long articles = in.readLong();
        long mentions = in.readLong();
        double sentimentSum = in.readDouble();
        long sentimentCount = in.readLong();
        Map<String, Long> sources = readCounts(in);
        Map<String, Long> related = readCounts(in);
        int labelCount = in.readInt();
        Map<String, String> relatedLabels = new LinkedHashMap<>(labelCount * 2);
        for (int i = 0; i < labelCount; i++) {
            relatedLabels.put(in.readUTF(), readNullable(in));
        }
        Map<String, Long> topics = readCounts(in);
        Map<String, Long> places = readCounts(in);
        int idCount = in.readInt();
        List<String> articleIds = new ArrayList<>(idCount);
        for (int i = 0; i < idCount; i++) {
            articleIds.add(in.readUTF());
        }
        return new TrendAggregate(dimension, key, label, type, window, windowStart, articles, mentions, sentimentSum,
                sentimentCount, sources, related, relatedLabels, topics, places, List.copyOf(articleIds));
    }

    private static void writeCounts(DataOutputStream out, Map<String, Long> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            out.writeUTF(count.getKey());
            out.writeLong(count.getValue());
        }
    }

    private static Map<String, Long> readCounts(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Long> counts = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            counts.put(in.readUTF(), in.readLong());
        }
        return counts;
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
