package io.newsflow.enrich.places;

import io.newsflow.enrich.resources.ShippedResource;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Every place the shipped geo index knows, by {@linkplain PlaceNames#key name key}. The index is written by the
 * {@value #BUILT_BY} command; its format (one place a line, tab-separated, names joined by {@code |}) is
 * documented in docs/models/geo-index.md. Immutable, so thread-safe.
 */
public final class Gazetteer {
    public static final String BUILT_BY = "import-places";
    public static final String RESOURCE = "/places/geo-index.tsv.gz";
    public static final String HEADER = "# newsflow-geo-index 1";
    static final int COLUMNS = 11;
    private final Map<String, List<Place>> byName;
    private final int places;

    private Gazetteer(Map<String, List<Place>> byName, int places) {
        this.byName = byName;
        this.places = places;
    }

    /** The index the jar ships, loaded once per JVM. */
    public static Gazetteer loadDefault() {
        return Shipped.INSTANCE;
    }

    /** Holder idiom, as the topic model's: the JVM loads the index once, on first access, without locking after. */
    private static final class Shipped {
        static final Gazetteer INSTANCE = ShippedResource.load(RESOURCE, "geo index", BUILT_BY, Gazetteer::read);
    }

    /** @param gzipped an index as {@value #BUILT_BY} writes it */
    public static Gazetteer read(byte[] gzipped) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzipped)), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException("not a geo index: first line is " + header);
            }
            return of(in.lines().toList());
        }
    }

    /** @param lines index lines without the header */
    public static Gazetteer of(List<String> lines) throws IOException {
        Map<String, List<Place>> byName = new HashMap<>();
        int count = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS) {
                throw new IOException("geo index line with " + f.length + " columns, not " + COLUMNS + ": " + line);
            }
            Place place = new Place(f[0], f[1].isEmpty() ? 0 : Long.parseLong(f[1]), f[2], f[3], f[4],
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7]), f[8], "PPLC".equals(f[10]));
            count++;
            List<String> names = new ArrayList<>();
            names.add(f[8]);
            if (!f[9].isEmpty()) {
                names.addAll(List.of(f[9].split("\\|")));
            }
            names.stream().map(PlaceNames::key).filter(key -> !key.isEmpty()).distinct()
                    .forEach(key -> byName.computeIfAbsent(key, k -> new ArrayList<>(2)).add(place));
        }
        byName.replaceAll((key, list) -> List.copyOf(list));
        return new Gazetteer(Map.copyOf(byName), count);
    }

    /** @return the places a name may mean, in index order; empty when none */
    public List<Place> candidates(String name) {
        return byName.getOrDefault(PlaceNames.key(name), List.of());
    }

    public int size() {
        return places;
    }
}
