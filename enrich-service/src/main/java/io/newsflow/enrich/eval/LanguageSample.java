package io.newsflow.enrich.eval;

/** One paragraph of a language identification set and the ISO 639-1 code of the language it is written in. */
record LanguageSample(String code, String text) {
}
