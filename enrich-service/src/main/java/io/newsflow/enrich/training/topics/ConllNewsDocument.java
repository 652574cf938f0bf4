package io.newsflow.enrich.training.topics;

/**
 * One document of a CoNLL-2003 file, its tokens joined back into text.
 *
 * @param headline the first sentence (Reuters puts the headline there, e.g. {@code SOCCER - JAPAN GET ...})
 * @param body     the other sentences, the dateline first
 */
record ConllNewsDocument(String headline, String body) {
}
