package io.newsflow.enrich.eval;

/**
 * An entity span in one sentence: tokens {@code [start, end)} of entity type {@code type}. Two spans match only
 * when all three are equal, the exact-span rule of the CoNLL shared task.
 */
record TypedSpan(String type, int start, int end) {
}
