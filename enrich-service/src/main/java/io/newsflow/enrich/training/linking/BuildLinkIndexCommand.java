package io.newsflow.enrich.training.linking;

import io.newsflow.common.article.Sha256;
import io.newsflow.enrich.cli.CommandOptions;
import io.newsflow.enrich.cli.CommandUsage;
import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.cli.OutputFiles;
import io.newsflow.enrich.linking.LinkCandidate;
import io.newsflow.enrich.linking.LinkIndex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code build-link-index [--kbp-models FILE] [--min-prior P] [--min-names K] [--out FILE]}: turns CoreNLP's Wikipedia name
 * dictionary into the compact {@link LinkIndex} the linking stage loads. The same input and options give the
 * same bytes; the command prints the SHA-256 of its input and output for the model card.
 */
public final class BuildLinkIndexCommand implements OfflineCommand {
    public static final String NAME = LinkIndex.BUILT_BY;
    static final int FAILED = 1;
    /** The kbp models jar as {@code ./mvnw dependency:get} leaves it in the local repository. */
    static final Path DEFAULT_KBP = Path.of(System.getProperty("user.home"), ".m2", "repository", "edu",
            "stanford", "nlp", "stanford-corenlp", "4.5.10", "stanford-corenlp-4.5.10-models-english-kbp.jar");
    static final Path DEFAULT_OUT = OutputFiles.shippedResource(LinkIndex.RESOURCE);
    /**
     * A row below {@link io.newsflow.enrich.linking.WikipediaLinker#MIN_SCORE} can make a link only by agreeing
     * with another name of the same entity; such rows would double the index for little gain.
     */
    static final double DEFAULT_MIN_PRIOR = 0.5;
    /** Titles fewer names point to are left out (see {@link WikidictReader#keepTitlesNamedAtLeast}). */
    static final int DEFAULT_MIN_NAMES = 4;

    private final PrintStream out;
    private final PrintStream err;

    public BuildLinkIndexCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return 0 written, 1 the input could not be read or the output written, 2 bad command line */
    @Override
    public int run(String... args) {
        CommandUsage usage = new CommandUsage(NAME, usageText(), out, err);
        CommandUsage.Parsed parsed = usage.parse(args, List.of("--kbp-models", "--min-prior", "--min-names",
                "--out"));
        if (parsed.answered()) {
            return parsed.exitCode();
        }
        CommandOptions options = parsed.options();
        Path source = options.path("--kbp-models", DEFAULT_KBP);
        Path target = options.path("--out", DEFAULT_OUT);
        double minPrior;
        int minNames;
        try {
            minPrior = options.value("--min-prior").map(Double::parseDouble).orElse(DEFAULT_MIN_PRIOR);
            minNames = options.value("--min-names").map(Integer::parseInt).orElse(DEFAULT_MIN_NAMES);
        } catch (NumberFormatException e) {
            err.println(NAME + ": --min-prior takes a number such as 0.3 and --min-names a whole number such as "
                    + DEFAULT_MIN_NAMES + " (" + e.getMessage() + ")");
            return USAGE;
        }
        try {
            err.println(NAME + ": reading " + source);
            WikidictReader reader = new WikidictReader(minPrior);
            Map<String, LinkCandidate> read = reader.read(source);
            Map<String, LinkCandidate> names = WikidictReader.keepTitlesNamedAtLeast(read, minNames);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            LinkIndex.write(names, bytes);
            Files.write(OutputFiles.withParents(target), bytes.toByteArray());
            out.printf("%s %s bytes=%d rows-read=%d names-read=%d names=%d min-prior=%s min-names=%d "
                            + "input-sha256=%s output-sha256=%s%n", NAME, target, bytes.size(), reader.rowsRead(),
                    read.size(), names.size(), minPrior, minNames, Sha256.hex(source), Sha256.hex(target));
            return OK;
        } catch (IOException e) {
            err.println(NAME + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static String usageText() {
        return """
                usage: build-link-index [--kbp-models FILE] [--min-prior P] [--min-names K] [--out FILE]
                  Builds the Wikipedia link index from CoreNLP's wikidict.tab.gz.
                  --kbp-models FILE  the stanford-corenlp models-english-kbp jar, or the wikidict.tab.gz taken
                                     from it (default: the 4.5.10 jar in ~/.m2/repository; fetch it with
                                     ./mvnw dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp)
                  --min-prior P      leave out rows whose prior is below P (default 0.5)
                  --min-names K      leave out titles that fewer than K kept names point to (default 4)
                  --out FILE         where to write (default
                                     enrich-service/src/main/resources/linking/wikipedia-names.bin.gz)""";
    }
}
