package io.newsflow.localrun.load;

import io.newsflow.common.serde.EventJson;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Distinct wire stories of realistic length (about 300 words, 12-16 sentences with names, places, figures and
 * quotations), written from sentence patterns of our own, so a load run needs no dataset on disk. Article
 * {@code n} of a run is always the same text, so a resend is the same version, and no two numbers share one.
 * The same article is pushed over HTTP and fed to the offline {@code enrich} baseline, as a simple JSON article.
 */
public final class WireArticles {
    private static final String[] CITIES = {"Lisbon", "Rotterdam", "Hamburg", "Marseille", "Genoa", "Antwerp",
            "Valencia", "Gdansk", "Piraeus", "Le Havre", "Bilbao", "Trieste", "Dublin", "Oslo", "Naples", "Porto"};
    private static final String[] COUNTRIES = {"Portugal", "the Netherlands", "Germany", "France", "Italy",
            "Belgium", "Spain", "Poland", "Greece", "France", "Spain", "Italy", "Ireland", "Norway", "Italy",
            "Portugal"};
    private static final String[] PEOPLE = {"Maria Fernandes", "Jan de Vries", "Klaus Becker", "Sophie Laurent",
            "Giulia Romano", "Pieter Claes", "Lucia Moreno", "Tomasz Nowak", "Eleni Papadopoulou", "Henrik Larsen",
            "Aoife Byrne", "Marco Esposito", "Ana Sousa", "Pierre Martin", "Ingrid Solberg", "Carlos Ruiz"};
    private static final String[] ROLES = {"the port authority's director", "the transport minister",
            "a union spokesman", "the mayor", "a shipping analyst", "the harbour master", "a company spokeswoman",
            "the economy minister"};
    private static final String[] ORGANISATIONS = {"the European Commission", "Maersk", "the International "
            + "Transport Workers' Federation", "Hapag-Lloyd", "the World Bank", "MSC", "the European Central Bank",
            "CMA CGM", "the International Monetary Fund", "the European Investment Bank"};
    private static final String[] SUBJECTS = {"dockworkers' strike", "ferry service", "container terminal",
            "rail freight link", "fishing fleet", "cruise season", "grain shipments", "harbour dredging"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    private final String runId;

    /** @param runId makes this run's articles distinct from every other run's */
    public WireArticles(String runId) {
        this.runId = runId;
    }

    /** The id the article is pushed with; ingest prefixes it with the source. */
    public String id(int number) {
        return idPrefix() + number;
    }

    /** What the id of every article of this run starts with. */
    public String idPrefix() {
        return "load-" + runId + "-";
    }

    /** Article {@code number} as a simple JSON article (headline, body, language, id). */
    public String json(int number) {
        ObjectNode article = EventJson.mapper().createObjectNode();
        article.put("id", id(number));
        article.put("language", "en");
        article.put("headline", headline(number));
        article.put("body", String.join("\n\n", paragraphs(number)));
        return EventJson.mapper().writeValueAsString(article);
    }

    String headline(int number) {
        SplittableRandom random = randomFor(number);
        int city = random.nextInt(CITIES.length);
        return CITIES[city] + " " + pick(random, SUBJECTS) + " resumes after talks, bulletin " + number;
    }

    List<String> paragraphs(int number) {
        SplittableRandom random = randomFor(number);
        int city = random.nextInt(CITIES.length);
        String subject = pick(random, SUBJECTS);
        String first = pick(random, PEOPLE);
        String second = pick(random, PEOPLE);
        String organisation = pick(random, ORGANISATIONS);
        String other = CITIES[(city + 1 + random.nextInt(CITIES.length - 1)) % CITIES.length];
        int workers = 200 + random.nextInt(4800);
        int ships = 3 + random.nextInt(60);
        int percent = 2 + random.nextInt(30);
        String day = pick(random, DAYS);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(CITIES[city].toUpperCase(java.util.Locale.ROOT) + " (Newsflow) - The " + subject + " in "
                + CITIES[city] + " resumed on " + day + " after " + workers + " workers and the port authority "
                + "reached an agreement late at night, officials in " + COUNTRIES[city] + " said. Bulletin " + number
                + " of load run " + runId + ".");
        paragraphs.add("\"We have a deal that protects jobs and keeps the harbour open,\" said " + first + ", "
                + pick(random, ROLES) + ", speaking outside the terminal. \"Nobody wanted another week like this.\" "
                + "At least " + ships + " ships had been waiting at anchor off the coast since the stoppage began.");
        paragraphs.add("The agreement raises wages by " + percent + " percent over three years and limits night "
                + "shifts, according to a copy seen by Newsflow. " + organisation + " welcomed the outcome and said "
                + "it would review its plans for routes through " + CITIES[city] + " and " + other + ".");
        paragraphs.add(second + ", " + pick(random, ROLES) + ", was more cautious. \"The backlog will take at least "
                + (2 + random.nextInt(12)) + " days to clear, and some cargo has already gone to " + other + ",\" "
                + "she told reporters on " + day + ". Exporters in " + COUNTRIES[city] + " had warned of losses of "
                + (5 + random.nextInt(95)) + " million euros a week.");
        paragraphs.add("The dispute began when the operator announced plans to automate part of the "
                + subject + ". Unions said the plans had been drawn up without consulting them, and the government "
                + "appointed a mediator after the second week of strikes.");
        paragraphs.add("Traffic through the port fell by " + (percent + 10) + " percent in the last quarter, "
                + "figures from the national statistics office showed. Shipping lines including "
                + pick(random, ORGANISATIONS) + " diverted vessels to " + other + " during the stoppage, and freight "
                + "rates on the route rose sharply.");
        paragraphs.add("The mediator, " + pick(random, PEOPLE) + ", said a joint committee would meet every month "
                + "to follow the automation plans. The next round of talks is due in " + pick(random, CITIES)
                + " before the end of the year.");
        return paragraphs;
    }

    private SplittableRandom randomFor(int number) {
        return new SplittableRandom(runId.hashCode() * 1_000_003L + number);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
