package io.newsflow.trends.stream;

import io.newsflow.trends.article.PlaceGeo;
import io.newsflow.trends.trend.Counts;
import io.newsflow.trends.trend.Dimension;
import io.newsflow.trends.trend.TrendAggregate;
import io.newsflow.trends.trend.TrendWindow;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of {@link TrendAggregate} for the {@value TrendsTopology#TREND_STORE} store and its
 * changelog. Every contribution writes the aggregate of three windows, and a popular key's aggregate holds a few
 * hundred co-occurring entities; as JSON that write was most of the service's CPU time (see docs/benchmarks.md).
 * The first byte is a format version: format 2 (written) has variable-length numbers and UTF-8 strings and keeps
 * each co-occurring entity's count and label together, and a place's geo; format 1 ({@code DataOutputStream}) and a value starting
 * with {@code {} (the JSON the store held first) are still read, so an existing changelog restores.
 */
public final class TrendAggregateSerde implements Serde<TrendAggregate> {
    private static final byte FORMAT_1 = 1;
    private static final byte FORMAT_2 = 2;
    private static final int LABEL_ABSENT = 0;
    private static final int LABEL_NULL = 1;
    private static final int LABEL_GIVEN = 2;
    /** how many of the most frequent co-occurring entities keep their label in the store (a view shows ten) */
    static final int LABELLED_RELATED = 20;
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
        CompactWriter out = CompactWriter.forThisThread();
        out.writeByte(FORMAT_2);
        out.writeByte(a.dimension().ordinal());
        out.writeString(a.key());
        out.writeString(a.label());
        out.writeString(a.type());
        out.writeByte(a.window().ordinal());
        out.writeLong(a.windowStart().toEpochMilli());
        out.writeLong(a.articles());
        out.writeLong(a.mentions());
        out.writeDouble(a.sentimentSum());
        out.writeLong(a.sentimentCount());
        writeCounts(out, a.sources());
        // each co-occurring entity with its count and label together: one pass, one key written
        out.writeLong(a.related().size());
        long labelledFrom = lowestLabelledCount(a.related());
        for (Map.Entry<String, Long> related : a.related().entrySet()) {
            out.writeString(related.getKey());
            out.writeLong(related.getValue());
            String label = related.getValue() >= labelledFrom ? a.relatedLabels().get(related.getKey()) : null;
            out.writeByte(label != null ? LABEL_GIVEN : related.getValue() >= labelledFrom
                    && a.relatedLabels().containsKey(related.getKey()) ? LABEL_NULL : LABEL_ABSENT);
            if (label != null) {
                out.writeString(label);
            }
        }
        writeCounts(out, a.topics());
        writeCounts(out, a.places());
        out.writeLong(a.articleIds().size());
        for (String id : a.articleIds()) {
            out.writeString(id);
        }
        PlaceGeo geo = a.geo();
        out.writeByte(geo == null ? 0 : 1);
        if (geo != null) {
            out.writeString(geo.kind());
            out.writeString(geo.countryCode());
            out.writeDouble(geo.latitude());
            out.writeDouble(geo.longitude());
        }
        return out.toByteArray();
    }

    /**
     * The lowest count whose co-occurring entities keep their label in the store: that of the
     * {@value #LABELLED_RELATED}th most frequent, so ties at the edge keep theirs too. A view shows the ten most
     * frequent; an entity below the edge can only climb into them through an article of its own, and that article
     * brings its label back into the aggregate. The labels of a full aggregate were 40 % of its bytes, written to the
     * store and its changelog at every change of a busy window (ADR 0031).
     */
    static long lowestLabelledCount(Map<String, Long> related) {
        return related.size() <= LABELLED_RELATED ? Long.MIN_VALUE
                : Counts.nthHighest(related.values(), LABELLED_RELATED);
    }

    static TrendAggregate read(byte[] data) throws IOException {
        return switch (data[0]) {
            case FORMAT_1 -> readFormat1(data);
            case FORMAT_2 -> readFormat2(data);
            default -> throw new IOException("unknown format " + data[0]);
        };
    }

    private static TrendAggregate readFormat2(byte[] data) throws IOException {
        CompactReader in = new CompactReader(data);
        in.readByte();
        Dimension dimension = Dimension.values()[in.readByte()];
        String key = in.readString();
        String label = in.readString();
        String type = in.readString();
        TrendWindow window = TrendWindow.values()[in.readByte()];
        Instant windowStart = Instant.ofEpochMilli(in.readLong());
        long articles = in.readLong();
        long mentions = in.readLong();
        double sentimentSum = in.readDouble();
        long sentimentCount = in.readLong();
        Map<String, Long> sources = readCounts(in);
        int relatedCount = in.readCount();
        Map<String, Long> related = new LinkedHashMap<>(relatedCount * 2);
        Map<String, String> relatedLabels = new LinkedHashMap<>(relatedCount * 2);
        for (int i = 0; i < relatedCount; i++) {
            String relatedKey = in.readString();
            related.put(relatedKey, Counts.boxed(in.readLong()));
            switch (in.readByte()) {
                case LABEL_GIVEN -> relatedLabels.put(relatedKey, in.readString());
                case LABEL_NULL -> relatedLabels.put(relatedKey, null);
                case LABEL_ABSENT -> { }
                default -> throw new IOException("bad label marker for " + relatedKey);
            }
        }
        Map<String, Long> topics = readCounts(in);
        Map<String, Long> places = readCounts(in);
        int idCount = in.readCount();
        List<String> articleIds = new ArrayList<>(idCount);
        for (int i = 0; i < idCount; i++) {
            articleIds.add(in.readString());
        }
        PlaceGeo geo = in.readByte() == 0 ? null
                : new PlaceGeo(in.readString(), in.readString(), in.readDouble(), in.readDouble());
        if (!in.atEnd()) {
            throw new IOException("bytes left after the aggregate");
        }
        return new TrendAggregate(dimension, key, label, type, window, windowStart, articles, mentions, sentimentSum,
                sentimentCount, sources, related, relatedLabels, topics, places, List.copyOf(articleIds), geo);
    }

    private static void writeCounts(CompactWriter out, Map<String, Long> counts) {
        out.writeLong(counts.size());
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            out.writeString(count.getKey());
            out.writeLong(count.getValue());
        }
    }

    private static Map<String, Long> readCounts(CompactReader in) throws IOException {
        int size = in.readCount();
        Map<String, Long> counts = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            counts.put(in.readString(), Counts.boxed(in.readLong()));
        }
        return counts;
    }

    /** The format this serde wrote before {@link #FORMAT_2}, still read so an existing changelog restores. */
    private static TrendAggregate readFormat1(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        in.readByte();
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
                sentimentCount, sources, related, relatedLabels, topics, places, List.copyOf(articleIds), null);
    }

    private static Map<String, Long> readCounts(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Long> counts = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            counts.put(in.readUTF(), in.readLong());
        }
        return counts;
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
