package io.newsflow.enrich.sentiment;

/**
 * One word or punctuation mark of a sentence, lower-cased, with its character offsets in the sentence.
 *
 * @param text  the lower-cased token, curly apostrophes made straight so that "didn’t" and "didn't" are one word
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record Token(String text, int start, int end) {
}
