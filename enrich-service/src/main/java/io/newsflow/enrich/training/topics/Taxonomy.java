package io.newsflow.enrich.training.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The IPTC Media Topic taxonomy, read from IPTC's CSV export ({@code qcode,label_en_gb,level,parent_qcode,...}). */
final class Taxonomy {
    static final Path DEFAULT_FILE = Path.of("iptc-mediatopic", "iptc_mediatopic_2023-10-24.csv");
    private static final List<String> HEADER_START = List.of("qcode", "label_en_gb", "level", "parent_qcode",
            "top_level_qcode", "definition_en_gb", "retired_date");

    private final Map<String, TaxonomyConcept> byQcode;

    Taxonomy(List<TaxonomyConcept> concepts) {
        Map<String, TaxonomyConcept> map = new LinkedHashMap<>();
        concepts.forEach(concept -> map.put(concept.qcode(), concept));
        this.byQcode = map;
    }

    static Taxonomy read(Path file) throws IOException {
        List<List<String>> records = CsvRecords.parse(Files.readString(file));
        if (records.isEmpty() || records.get(0).size() < HEADER_START.size()
                || !records.get(0).subList(0, HEADER_START.size()).equals(HEADER_START)) {
            throw new IOException(file + " is not the IPTC Media Topic CSV (header " + HEADER_START + "...)");
        }
        List<TaxonomyConcept> concepts = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            concepts.add(new TaxonomyConcept(record.get(0), record.get(1), Integer.parseInt(record.get(2)),
                    record.get(3).isEmpty() ? null : record.get(3), record.get(4), record.get(5),
                    !record.get(6).isEmpty()));
        }
        return new Taxonomy(concepts);
    }

    List<TaxonomyConcept> concepts() {
        return List.copyOf(byQcode.values());
    }

    Optional<TaxonomyConcept> concept(String qcode) {
        return Optional.ofNullable(byQcode.get(qcode));
    }

    /** The current (not retired) concepts of one level, in qcode order so that training is deterministic. */
    List<TaxonomyConcept> currentAtLevel(int level) {
        return byQcode.values().stream().filter(c -> c.level() == level && !c.retired())
                .sorted(Comparator.comparing(TaxonomyConcept::qcode)).toList();
    }

    /** @return the level-2 ancestor of a concept at level 2 or deeper, empty at level 1 or if the chain breaks */
    Optional<TaxonomyConcept> levelTwoAncestor(TaxonomyConcept concept) {
        TaxonomyConcept current = concept;
        while (current != null && current.level() > 2) {
            current = current.parentQcode() == null ? null : byQcode.get(current.parentQcode());
        }
        return current != null && current.level() == 2 ? Optional.of(current) : Optional.empty();
    }
}
