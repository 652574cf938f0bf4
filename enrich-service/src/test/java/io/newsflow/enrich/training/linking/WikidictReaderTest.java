package io.newsflow.enrich.training.linking;

import io.newsflow.enrich.linking.LinkCandidate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class WikidictReaderTest {
    private static final String ROWS = String.join("\n",
            "Caracas\tCaracas\t0.971053",
            "caracas city\tCaracas\t0.9",
            "CARACAS\tCaracas_(band)\t0.99",
            "Venezuela\tVenezuela\t0.95",
            "VENEZUELA\tHugo_Chávez\t1.0",
            "Nicolás Maduro\tNicolás_Maduro\t1.0",
            "Nicolas Maduro\tNicolás_Maduro\t0.97",
            "Maduro\tHedwiges_Maduro\t0.8",
            "N. Maduro\tNicolás_Maduro\t0.9",
            "OAS\tOrganisation_de_l'armée_secrète\t0.210745",
            "http://en.wikipedia.org/wiki/Caracas\tCaracas\t1.0",
            "the Brooklyn-based octet\t!!!\t1.0",
            "Georgia\tGeorgia_(disambiguation)\t0.6",
            "Mercury\tList_of_things_named_Mercury\t0.7",
            "Каракас\tCaracas\t1.0",
            "broken line without tabs",
            "Bad Prior\tSomething\tnot-a-number");

    @Test
    void keepsCapitalisedLatinNamesWithAStrongEnoughPriorAndPrefersTheSpellingThatIsTheTitle() throws IOException {
        WikidictReader reader = new WikidictReader(0.3);

        Map<String, LinkCandidate> names = reader.read(gzip(ROWS));

        assertThat(names).containsOnlyKeys("caracas", "venezuela", "nicolas maduro", "n. maduro", "maduro");
        assertThat(names.get("caracas")).isEqualTo(new LinkCandidate("Caracas", 0.971053));
        assertThat(names.get("venezuela")).isEqualTo(new LinkCandidate("Venezuela", 0.95));
        assertThat(names.get("nicolas maduro")).isEqualTo(new LinkCandidate("Nicolás_Maduro", 1.0));
        assertThat(reader.rowsRead()).isEqualTo(17);
    }

    @Test
    void leavesOutTitlesThatTooFewNamesPointTo() throws IOException {
        Map<String, LinkCandidate> names = new WikidictReader(0.3).read(gzip(ROWS));

        assertThat(WikidictReader.keepTitlesNamedAtLeast(names, 2)).containsOnlyKeys("nicolas maduro", "n. maduro");
        assertThat(WikidictReader.keepTitlesNamedAtLeast(names, 3)).isEmpty();
        assertThat(WikidictReader.keepTitlesNamedAtLeast(names, 1)).isEqualTo(names);
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
