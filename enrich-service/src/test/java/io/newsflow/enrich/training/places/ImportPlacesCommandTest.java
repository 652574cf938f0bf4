package io.newsflow.enrich.training.places;

import io.newsflow.enrich.places.Gazetteer;
import io.newsflow.enrich.places.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The import on a small GeoNames table and ISO tables written for the test, in the packages' formats. */
class ImportPlacesCommandTest {
    @TempDir
    Path dir;

    @Test
    void buildsTheSameIndexTwiceWithCountriesRegionsAndCitiesAboveTheThreshold() throws Exception {
        Path cities = dir.resolve("cities500.txt");
        Files.writeString(cities, String.join("\n",
                row(100, "Springfield", "Springfield", "Springfeld,spring tian", "P", "PPLA", "US", "IL", 116_000),
                row(101, "Tinyville", "Tinyville", "", "P", "PPL", "US", "IL", 800),
                row(102, "Capitol City", "Capitol City", "", "P", "PPLC", "US", "DC", 690_000),
                row(103, "Zurich", "Zurich", "Zürich,ZRH", "P", "PPL", "CH", "ZH", 400_000)) + "\n");
        Path iso = Files.createDirectories(dir.resolve("iso"));
        Files.writeString(iso.resolve("iso_3166-1.json"), """
                {"3166-1": [{"alpha_2": "US", "name": "United States", "official_name": "United States of America"},
                            {"alpha_2": "CH", "name": "Switzerland"}]}""");
        Files.writeString(iso.resolve("iso_3166-2.json"), """
                {"3166-2": [{"code": "US-IL", "name": "Illinois", "type": "State"},
                            {"code": "US-DC", "name": "District of Columbia", "type": "District"},
                            {"code": "CH-ZH", "name": "Zürich", "type": "Canton"},
                            {"code": "FR-75", "name": "Paris", "parent": "IDF", "type": "Metropolitan department"}]}""");

        Path first = dir.resolve("a.tsv.gz");
        Path second = dir.resolve("b.tsv.gz");
        assertThat(run("--cities", cities.toString(), "--iso-codes", iso.toString(), "--out", first.toString()))
                .isZero();
        assertThat(run("--cities", cities.toString(), "--iso-codes", iso.toString(), "--out", second.toString()))
                .isZero();

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        Gazetteer gazetteer = read(first);
        assertThat(gazetteer.candidates("Tinyville")).isEmpty();
        assertThat(gazetteer.candidates("Springfeld")).extracting(Place::geonamesId).containsExactly(100L);
        assertThat(gazetteer.candidates("spring tian")).isEmpty();
        assertThat(gazetteer.candidates("ZRH")).isEmpty();
        assertThat(gazetteer.candidates("America")).singleElement()
                .satisfies(us -> assertThat(us.latitude()).isEqualTo(38.9));
        assertThat(gazetteer.candidates("Illinois")).singleElement()
                .satisfies(il -> assertThat(il.isoRegion()).isEqualTo("US-IL"));
        assertThat(gazetteer.candidates("District of Columbia")).singleElement()
                .satisfies(dc -> assertThat(dc.longitude()).isEqualTo(-77.0));
        // No regional seat with a matching code and not the capital's region: left out, not guessed.
        assertThat(gazetteer.candidates("Zürich")).extracting(Place::kind).containsExactly("city");
        assertThat(gazetteer.candidates("Capitol City").get(0).capital()).isTrue();
    }

    @Test
    void refusesToRunWithoutTheCityTable() {
        assertThat(run("--out", dir.resolve("x.gz").toString())).isEqualTo(2);
    }

    private static int run(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return new ImportPlacesCommand(print, print).run(args);
    }

    private static Gazetteer read(Path index) throws IOException {
        return Gazetteer.read(Files.readAllBytes(index));
    }

    private static String row(long id, String name, String ascii, String alternates, String featureClass,
                              String featureCode, String country, String admin1, long population) {
        double lat = id == 102 ? 38.9 : 40.0;
        double lon = id == 102 ? -77.0 : -89.0;
        return String.join("\t", Long.toString(id), name, ascii, alternates, Double.toString(lat),
                Double.toString(lon), featureClass, featureCode, country, "", admin1, "", "", "",
                Long.toString(population), "", "100", "America/Chicago", "2024-01-01");
    }
}
