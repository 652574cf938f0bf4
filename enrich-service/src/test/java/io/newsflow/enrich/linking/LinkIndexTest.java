package io.newsflow.enrich.linking;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkIndexTest {
    private static final Map<String, LinkCandidate> NAMES = Map.of(
            "caracas", new LinkCandidate("Caracas", 0.971),
            "nicolas maduro", new LinkCandidate("Nicolás_Maduro", 1.0),
            "trump", new LinkCandidate("Donald_Trump", 0.511),
            "zurich", new LinkCandidate("Zürich", 0.9));

    @Test
    void findsANameInAnySpellingItsNameFormMerges() {
        LinkIndex index = LinkIndex.of(NAMES);

        assertThat(index.lookup("Nicolás Maduro")).contains(new LinkCandidate("Nicolás_Maduro", 1.0));
        assertThat(index.lookup("NICOLAS  MADURO")).contains(new LinkCandidate("Nicolás_Maduro", 1.0));
        assertThat(index.lookup("Zürich")).contains(new LinkCandidate("Zürich", 0.9));
        assertThat(index.lookup("Trump").map(LinkCandidate::prior)).contains(0.511);
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void aNameItDoesNotHoldIsNotFound() {
        LinkIndex index = LinkIndex.of(NAMES);

        assertThat(index.lookup("Maduro")).isEmpty();
        assertThat(index.lookup("")).isEmpty();
        assertThat(index.lookup("zzz")).isEmpty();
        assertThat(LinkIndex.of(Map.of()).lookup("Caracas")).isEqualTo(Optional.empty());
    }

    @Test
    void theSameNamesGiveTheSameBytesWhateverTheOrderTheyCameIn() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        LinkIndex.write(new TreeMap<>(NAMES), first);
        Map<String, LinkCandidate> reversed = new LinkedHashMap<>();
        new TreeMap<>(NAMES).descendingMap().forEach(reversed::put);
        LinkIndex.write(reversed, second);

        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(LinkIndex.of(NAMES).version()).isEqualTo(LinkIndex.of(reversed).version());
    }

    @Test
    void titlesOutsideTheBasicPlaneAndWithNulsComeBackAsWritten() {
        String emoji = "Pile_of_\uD83D\uDCA9_(album)";
        String withNul = "Odd\u0000title";
        LinkIndex index = LinkIndex.of(Map.of("pile", new LinkCandidate(emoji, 0.5),
                "odd", new LinkCandidate(withNul, 0.25), "caracas", new LinkCandidate("Caracas", 0.971)));

        assertThat(index.lookup("pile")).contains(new LinkCandidate(emoji, 0.5));
        assertThat(index.lookup("odd")).contains(new LinkCandidate(withNul, 0.25));
        assertThat(index.lookup("caracas")).contains(new LinkCandidate("Caracas", 0.971));
    }

    @Test
    void aFileThatEndsEarlyIsRefusedNamingTheCommandThatRebuildsIt() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        LinkIndex.write(new TreeMap<>(NAMES), whole);
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(cut)) {
            byte[] inflated = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(whole.toByteArray())).readAllBytes();
            gzip.write(inflated, 0, inflated.length - 3);
        }

        assertThatThrownBy(() -> LinkIndex.read(cut.toByteArray()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(LinkIndex.BUILT_BY);
    }
}
