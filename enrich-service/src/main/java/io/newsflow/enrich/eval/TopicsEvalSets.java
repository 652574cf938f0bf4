package io.newsflow.enrich.eval;

import java.nio.file.Path;

/**
 * The files of the {@code topics} task and how the figures name them.
 *
 * @param taxonomy     IPTC Media Topic CSV (training data of the cross-validation)
 * @param reutersTrain Reuters ModApte training split (training data of the cross-validation)
 * @param conllTrain   CoNLL-2003 English training file (training data of the cross-validation)
 * @param bbc          BBC News JSON lines, cross-validated
 * @param agNews       AG News CSV
 * @param reutersTest  Reuters ModApte test split
 */
record TopicsEvalSets(Path taxonomy, Path reutersTrain, Path conllTrain, Path bbc, String bbcName, Path agNews, String agNewsName,
                      Path reutersTest, String reutersTestName) {
}
