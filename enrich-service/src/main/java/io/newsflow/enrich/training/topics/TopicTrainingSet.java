package io.newsflow.enrich.training.topics;

import io.newsflow.enrich.topics.TopicClassifier;
import io.newsflow.enrich.topics.TopicLabel;
import io.newsflow.enrich.topics.TopicModel;
import io.newsflow.enrich.topics.WordVectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the topic model learns from: the BBC News articles, the Reuters-21578 ModApte training documents, the
 * Reuters stories of the CoNLL-2003 training file (sport where the headline's slug says so, {@link SportSlug},
 * the others unlabelled) and the taxonomy's pseudo-documents ({@link TaxonomyDocuments}). Never AG News, never
 * the Reuters test split and never the CoNLL-2003 evaluation files, which are kept for evaluation.
 */
public final class TopicTrainingSet {
    static final String BUSINESS_INFORMATION = "medtop:20000170";
    static final String ECONOMY_LEVEL_TWO = "medtop:20000344";
    static final String MARKET_AND_EXCHANGE = "medtop:20000385";
    static final String PRODUCTS_AND_SERVICES = "medtop:20000209";

    /**
     * Reuters categories mapped to level-2 topics under economy, business and finance. Company results and
     * takeovers are business information, currencies and interest rates market and exchange, national
     * statistics economy; every other category names a commodity or industry and counts as products and
     * services. A document with categories in several groups gets several level-2 topics.
     */
    private static final Map<String, String> REUTERS_LEVEL_TWO = Map.ofEntries(
            Map.entry("earn", BUSINESS_INFORMATION), Map.entry("acq", BUSINESS_INFORMATION),
            Map.entry("money-fx", MARKET_AND_EXCHANGE), Map.entry("interest", MARKET_AND_EXCHANGE),
            Map.entry("dlr", MARKET_AND_EXCHANGE), Map.entry("yen", MARKET_AND_EXCHANGE),
            Map.entry("dmk", MARKET_AND_EXCHANGE), Map.entry("nzdlr", MARKET_AND_EXCHANGE),
            Map.entry("rand", MARKET_AND_EXCHANGE), Map.entry("dfl", MARKET_AND_EXCHANGE),
            Map.entry("nkr", MARKET_AND_EXCHANGE),
            Map.entry("trade", ECONOMY_LEVEL_TWO), Map.entry("gnp", ECONOMY_LEVEL_TWO),
            Map.entry("bop", ECONOMY_LEVEL_TWO), Map.entry("cpi", ECONOMY_LEVEL_TWO),
            Map.entry("ipi", ECONOMY_LEVEL_TWO), Map.entry("wpi", ECONOMY_LEVEL_TWO),
            Map.entry("reserves", ECONOMY_LEVEL_TWO), Map.entry("money-supply", ECONOMY_LEVEL_TWO),
            Map.entry("retail", ECONOMY_LEVEL_TWO), Map.entry("housing", ECONOMY_LEVEL_TWO),
            Map.entry("income", ECONOMY_LEVEL_TWO), Map.entry("lei", ECONOMY_LEVEL_TWO),
            Map.entry("instal-debt", ECONOMY_LEVEL_TWO), Map.entry("jobs", ECONOMY_LEVEL_TWO));

    public static final Path DEFAULT_TAXONOMY = Taxonomy.DEFAULT_FILE;
    public static final Path DEFAULT_CONLL_TRAIN = Path.of("conll2003", "eng.train");
    private static final String SPORT = "medtop:15000000";
    private static final int MIN_LEAD_LENGTH = 40;
    private static final int MAX_LEAD_LENGTH = 400;

    private final Taxonomy taxonomy;
    private final List<BbcArticle> bbc;
    private final List<ReutersArticle> reutersTrain;
    private final List<ConllNewsDocument> conllTrain;
    private final WordVectors wordVectors;

    private TopicTrainingSet(Taxonomy taxonomy, List<BbcArticle> bbc, List<ReutersArticle> reutersTrain,
                             List<ConllNewsDocument> conllTrain, WordVectors wordVectors) {
        this.taxonomy = taxonomy;
        this.bbc = List.copyOf(bbc);
        this.reutersTrain = List.copyOf(reutersTrain);
        this.conllTrain = List.copyOf(conllTrain);
        this.wordVectors = wordVectors;
    }

    /**
     * @param taxonomyCsv  IPTC Media Topic CSV
     * @param bbcFile      BBC News JSON lines
     * @param reutersTrain Reuters ModApte training JSON lines
     * @param conllTrain   CoNLL-2003 English training file (never its evaluation files testa/testb)
     * @param wordVectors  the word vectors of the features (the shipped ones unless re-imported)
     */
    public static TopicTrainingSet read(Path taxonomyCsv, Path bbcFile, Path reutersTrain, Path conllTrain,
                                        WordVectors wordVectors) throws IOException {
        for (Path file : List.of(taxonomyCsv, bbcFile, reutersTrain, conllTrain)) {
            if (!Files.isReadable(file)) {
                throw new IOException("cannot read the training file " + file
                        + "; pass --datasets DIR holding iptc-mediatopic/, bbc-news/, reuters21578/ and "
                        + "conll2003/eng.train, or --conll FILE");
            }
        }
        return new TopicTrainingSet(Taxonomy.read(taxonomyCsv), NewsDatasets.readBbc(bbcFile),
                NewsDatasets.readReuters(reutersTrain), new ConllNewsReader().read(conllTrain), wordVectors);
    }

    /** As {@link #read(Path, Path, Path, Path, WordVectors)} with the shipped word vectors. */
    public static TopicTrainingSet read(Path taxonomyCsv, Path bbcFile, Path reutersTrain, Path conllTrain)
            throws IOException {
        return read(taxonomyCsv, bbcFile, reutersTrain, conllTrain, WordVectors.loadDefault());
    }

    /** The files as the datasets directory holds them. */
    public static TopicTrainingSet read(Path datasets) throws IOException {
        return read(datasets, datasets.resolve(DEFAULT_CONLL_TRAIN));
    }

    /** The files as the datasets directory holds them, the CoNLL-2003 training file from elsewhere. */
    public static TopicTrainingSet read(Path datasets, Path conllTrain) throws IOException {
        return read(datasets, conllTrain, WordVectors.loadDefault());
    }

    /** The files as the datasets directory holds them, the CoNLL-2003 training file from elsewhere. */
    static TopicTrainingSet read(Path datasets, Path conllTrain, WordVectors wordVectors) throws IOException {
        return read(datasets.resolve(DEFAULT_TAXONOMY), datasets.resolve(NewsDatasets.DEFAULT_BBC),
                datasets.resolve(NewsDatasets.DEFAULT_REUTERS_TRAIN), conllTrain, wordVectors);
    }

    WordVectors wordVectors() {
        return wordVectors;
    }

    public List<BbcArticle> bbc() {
        return bbc;
    }

    /** A model trained on everything. */
    TopicModel train() {
        return train(article -> true);
    }

    /**
     * A classifier trained without some BBC articles, for cross-validation: everything else is used exactly as
     * {@code train-topics} uses it.
     */
    public TopicClassifier classifierWithout(Set<String> heldOutBbcIds) {
        return new TopicClassifier(train(article -> !heldOutBbcIds.contains(article.id())), wordVectors,
                "cross-validation");
    }

    private TopicModel train(Predicate<BbcArticle> bbcIncluded) {
        List<LabelledDocument> documents = new ArrayList<>();
        for (BbcArticle article : bbc) {
            String topic = NewsDatasets.BBC_TOPICS.get(article.category());
            if (topic != null && bbcIncluded.test(article)) {
                addWithLead(documents, article.title(), article.text(), Set.of(topic), Set.of());
            }
        }
        for (ReutersArticle article : reutersTrain) {
            Set<String> levelTwo = Set.copyOf(article.topics().stream()
                    .map(topic -> REUTERS_LEVEL_TWO.getOrDefault(topic, PRODUCTS_AND_SERVICES)).toList());
            addWithLead(documents, article.title(), article.body(), Set.of(NewsDatasets.ECONOMY), levelTwo);
        }
        for (ConllNewsDocument story : conllTrain) {
            if (SportSlug.isSport(story.headline())) {
                addWithLead(documents, story.headline(), story.body(), Set.of(SPORT), Set.of());
            } else {
                documents.add(new LabelledDocument(story.headline(), story.body(), Set.of(), Set.of(),
                        LabelledDocument.Source.UNLABELLED));
            }
        }
        documents.addAll(TaxonomyDocuments.from(taxonomy));
        return new TopicTrainer().train(documents, labels(taxonomy.currentAtLevel(1)),
                labels(taxonomy.currentAtLevel(2)), wordVectors);
    }

    /**
     * Adds an article and, as a second text, its headline with the first sentence: news often arrives as little
     * more than that (feeds, wire summaries), and a model that has only seen whole articles is unsure on it.
     */
    private static void addWithLead(List<LabelledDocument> documents, String headline, String body,
                                    Set<String> level1, Set<String> level2) {
        documents.add(new LabelledDocument(headline, body, level1, level2, LabelledDocument.Source.ARTICLE));
        documents.add(new LabelledDocument(headline, firstSentence(body), level1, level2,
                LabelledDocument.Source.LEAD));
    }

    static String firstSentence(String body) {
        String text = body.strip();
        int end = -1;
        for (int i = MIN_LEAD_LENGTH; i < text.length() - 1 && i < MAX_LEAD_LENGTH; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                end = i + 1;
                break;
            }
        }
        return end > 0 ? text.substring(0, end) : text.substring(0, Math.min(text.length(), MAX_LEAD_LENGTH));
    }

    private static List<TopicLabel> labels(List<TaxonomyConcept> concepts) {
        return concepts.stream().sorted(Comparator.comparing(TaxonomyConcept::qcode))
                .map(c -> new TopicLabel(c.qcode(), c.label(), c.level() == 1 ? null : c.parentQcode())).toList();
    }
}
