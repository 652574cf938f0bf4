package io.newsflow.trends.stream;

import io.newsflow.trends.article.PlaceGeo;
import io.newsflow.trends.trend.Contribution;
import io.newsflow.trends.trend.Dimension;
import io.newsflow.trends.trend.NamedKey;
import io.newsflow.trends.trend.TrendAggregate;
import io.newsflow.trends.trend.TrendWindow;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrendAggregateSerdeTest {
    private final TrendAggregateSerde serde = new TrendAggregateSerde();

    private static TrendAggregate aggregate() {
        Instant published = Instant.parse("2026-12-07T10:20:00Z");
        Contribution first = new Contribution(Dimension.ENTITY, "person:angela merkel", "Angela Merkel", "PERSON",
                published, "reuters:1", "reuters", 1, 3, -0.25,
                List.of(new NamedKey("org:bundestag", "Bundestag"), new NamedKey("place:berlin", null)),
                List.of("medtop:11000000"), List.of("place:berlin"), null);
        Contribution second = new Contribution(Dimension.ENTITY, "person:angela merkel", "Angela Merkel", "PERSON",
                published, "ap:2", "ap", 1, 1, null, List.of(new NamedKey("org:bundestag", "Bundestag")),
                List.of(), List.of(), null);
        TrendWindow window = TrendWindow.HOUR;
        return TrendAggregate.empty(first, window, window.startOf(published)).plus(first).plus(second);
    }

    @Test
    void readsBackWhatItWrote() {
        TrendAggregate written = aggregate();

        TrendAggregate read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", written));

        assertThat(read).isEqualTo(written);
        assertThat(read.related()).containsEntry("org:bundestag", 2L).containsEntry("place:berlin", 1L);
        assertThat(read.relatedLabels()).containsEntry("place:berlin", null);
        assertThat(read.articleIds()).containsExactly("ap:2", "reuters:1");
    }

    @Test
    void writesAsciiAndOtherTextAsTheSameUtf8() {
        Instant published = Instant.parse("2026-12-07T10:20:00Z");
        Contribution accented = new Contribution(Dimension.ENTITY, "Nicolás_Maduro", "Nicolás Maduro", "PERSON",
                published, "efe:1", "efe", 1, 2, null,
                List.of(new NamedKey("Zürich", "Zürich"), new NamedKey("place:caracas", "Caracas"),
                        new NamedKey("ORGANIZATION:東京電力", "東京電力")),
                List.of(), List.of(), null);
        TrendAggregate written = TrendAggregate.empty(accented, TrendWindow.DAY, TrendWindow.DAY.startOf(published))
                .plus(accented);

        byte[] bytes = serde.serializer().serialize("t", written);

        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(written);
        // the ASCII shortcut and the UTF-8 path write the same bytes a plain UTF-8 encoder would
        assertThat(containsSubsequence(bytes, "place:caracas".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(containsSubsequence(bytes, "Nicolás Maduro".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isTrue();
    }

    private static boolean containsSubsequence(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void storesTheLabelsOfTheMostFrequentCoOccurringEntitiesOnly() {
        Instant published = Instant.parse("2026-12-07T10:20:00Z");
        TrendAggregate written = null;
        // ORG:o<i> co-occurs in 31 - i articles: o0 in 31 ... o29 in 2; ORG:late<j> once each, added last
        for (int article = 0; article < 31; article++) {
            List<NamedKey> related = new java.util.ArrayList<>();
            for (int i = 0; i < 31 - article && i < 30; i++) {
                related.add(new NamedKey("ORG:o" + i, "Org " + i));
            }
            if (article == 30) {
                for (int j = 0; j < 40; j++) {
                    related.add(new NamedKey("ORG:late" + j, "Late " + j));
                }
            }
            Contribution c = new Contribution(Dimension.ENTITY, "person:x", "X", "PERSON", published, "a:" + article,
                    "reuters", 1, 1, null, related, List.of(), List.of(), null);
            written = (written == null ? TrendAggregate.empty(c, TrendWindow.DAY, TrendWindow.DAY.startOf(published))
                    : written).absorb(c);
        }

        TrendAggregate read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", written));

        // every count is kept; labels only down to the 20th most frequent (o19, in 12 articles)
        assertThat(read.related()).isEqualTo(written.related());
        assertThat(read.relatedLabels()).containsEntry("ORG:o0", "Org 0").containsEntry("ORG:o19", "Org 19")
                .doesNotContainKeys("ORG:o20", "ORG:o29", "ORG:late0");
        assertThat(read.relatedLabels()).hasSize(TrendAggregateSerde.LABELLED_RELATED);
        // what a view shows is the same either way
        assertThat(io.newsflow.trends.trend.TrendView.of(read)).isEqualTo(io.newsflow.trends.trend.TrendView.of(written));
    }

    @Test
    void labelsEveryCoOccurringEntityTiedAtTheEdge() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            counts.put("k" + i, i < 15 ? 5L : 2L);
        }

        assertThat(TrendAggregateSerde.lowestLabelledCount(counts)).isEqualTo(2L);
        assertThat(TrendAggregateSerde.lowestLabelledCount(java.util.Map.of("a", 1L, "b", 9L)))
                .isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void keepsWhereAPlaceIs() {
        Instant published = Instant.parse("2026-12-07T10:20:00Z");
        PlaceGeo rotterdam = new PlaceGeo("city", "NL", 51.9225, 4.47917);
        Contribution place = new Contribution(Dimension.PLACE, "LOCATION:rotterdam", "Rotterdam", "LOCATION",
                published, "reuters:1", "reuters", 1, 2, null, List.of(), List.of(), List.of("LOCATION:rotterdam"),
                rotterdam);
        TrendAggregate written = TrendAggregate.empty(place, TrendWindow.DAY, TrendWindow.DAY.startOf(published))
                .plus(place);

        TrendAggregate read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", written));

        assertThat(read.geo()).isEqualTo(rotterdam);
        assertThat(read).isEqualTo(written);
    }

    @Test
    void isSmallerThanTheJsonItReplaces() {
        TrendAggregate aggregate = aggregate();

        assertThat(serde.serializer().serialize("t", aggregate))
                .hasSizeLessThan(new JsonSerde<>(TrendAggregate.class).serializer().serialize("t", aggregate).length);
    }

    @Test
    void stillReadsTheJsonAnEarlierVersionStored() {
        TrendAggregate aggregate = aggregate();
        byte[] json = new JsonSerde<>(TrendAggregate.class).serializer().serialize("t", aggregate);

        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(aggregate);
    }

    @Test
    void stillReadsTheFirstBinaryFormat() throws IOException {
        // format 1 as the serde wrote it before: DataOutputStream, counts as int and long, labels after the counts
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeByte(Dimension.ENTITY.ordinal());
            out.writeUTF("person:angela merkel");
            out.writeBoolean(true);
            out.writeUTF("Angela Merkel");
            out.writeBoolean(true);
            out.writeUTF("PERSON");
            out.writeByte(TrendWindow.HOUR.ordinal());
            out.writeLong(Instant.parse("2026-12-07T10:00:00Z").toEpochMilli());
            out.writeLong(2);
            out.writeLong(4);
            out.writeDouble(-0.25);
            out.writeLong(1);
            out.writeInt(1);
            out.writeUTF("reuters");
            out.writeLong(2);
            out.writeInt(1);
            out.writeUTF("org:bundestag");
            out.writeLong(2);
            out.writeInt(1);
            out.writeUTF("org:bundestag");
            out.writeBoolean(true);
            out.writeUTF("Bundestag");
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(2);
            out.writeUTF("ap:2");
            out.writeUTF("reuters:1");
        }

        TrendAggregate read = serde.deserializer().deserialize("t", bytes.toByteArray());

        assertThat(read.key()).isEqualTo("person:angela merkel");
        assertThat(read.window()).isEqualTo(TrendWindow.HOUR);
        assertThat(read.articles()).isEqualTo(2);
        assertThat(read.meanSentiment()).isEqualTo(-0.25);
        assertThat(read.sources()).containsEntry("reuters", 2L);
        assertThat(read.related()).containsEntry("org:bundestag", 2L);
        assertThat(read.relatedLabels()).containsEntry("org:bundestag", "Bundestag");
        assertThat(read.articleIds()).containsExactly("ap:2", "reuters:1");
    }

    @Test
    void rejectsATruncatedValue() {
        byte[] whole = serde.serializer().serialize("t", aggregate());

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", Arrays.copyOf(whole, whole.length - 3)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void rejectsBytesOfAnotherFormat() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {9, 1, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown format 9");
    }
}
