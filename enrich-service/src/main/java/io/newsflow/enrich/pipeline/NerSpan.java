package io.newsflow.enrich.pipeline;

/**
 * A run of consecutive tokens the CRF gave the same entity label: a mention before clustering.
 *
 * @param label    PERSON, ORGANIZATION, LOCATION or MISC
 * @param start    first character, in the cleaned text
 * @param end      one past the last character
 * @param text     the cleaned text between {@code start} and {@code end}
 * @param sentence index of the sentence it is in
 */
public record NerSpan(String label, int start, int end, String text, int sentence) {

    NerSpan withLabel(String newLabel) {
        return new NerSpan(newLabel, start, end, text, sentence);
    }

    /** The same mention narrowed to {@code [newStart, newEnd)}, both inside it. */
    NerSpan narrowedTo(int newStart, int newEnd) {
        if (newStart < start || newEnd > end || newEnd < newStart) {
            throw new IllegalArgumentException("[" + newStart + ", " + newEnd + ") is not inside " + this);
        }
        return new NerSpan(label, newStart, newEnd, text.substring(newStart - start, newEnd - start), sentence);
    }
}
