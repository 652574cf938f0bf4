package io.newsflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A direct quotation in the cleaned text and who said it.
 *
 * <p>The range {@code [start, end)} holds the quoted words without the outer quotation marks. A quotation that runs
 * over several paragraphs (an opening mark on each, a closing one only at the end) is one quote whose text keeps
 * the paragraph breaks and the marks that reopen each paragraph. A quotation nested inside another is part of the
 * outer one's text, not a quote of its own.
 *
 * @param index              position among the article's quotes, from 0 in text order; entities refer to it
 * @param start              first character of the quoted words in the cleaned text
 * @param end                one past the last character of the quoted words
 * @param text               the quoted words, {@code cleanedText[start, end)}
 * @param speakerId          the speaking entity's {@code id} when the article names the speaker; absent otherwise
 * @param speakerKey         the speaking entity's cross-article key, when entities carry one; absent otherwise
 * @param speakerName        the speaking entity's canonical name; absent when the speaker is not a named entity
 * @param speakerDescription how the article describes a speaker it does not name ({@code a senior official});
 *                           absent for a named speaker or when the article gives no description
 * @param attribution        how the speaker was found: {@code named} (a name next to a speech verb or
 *                           {@code according to}), {@code pronoun} and {@code title} (resolved to the last matching
 *                           person), {@code previous-quote} (a quote standing alone continues the speaker before it),
 *                           {@code repeated} (a headline quote takes the speaker of the body quote with the same
 *                           words), {@code unnamed} (a description only) or {@code none}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(int index, int start, int end, String text, String speakerId, String speakerKey,
                    String speakerName, String speakerDescription, String attribution) {
}
