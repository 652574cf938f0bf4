package io.newsflow.common.plaintext;

import java.util.List;

/**
 * An article recovered from text copied off a web page.
 *
 * @param headline the article's headline (never the masthead)
 * @param byline   the names from a "By ..." line, or null
 * @param body     the paragraphs after the headline, separated by blank lines, page chrome removed
 * @param dropped  the lines taken out as page chrome (mastheads, navigation, datelines)
 * @param headlineSource the line, or the first sentence, the headline was taken from: longer than the
 *                 headline when a headline had to be cut from a long first sentence, so that limits can
 *                 be checked against what was sent rather than what was kept
 */
public record PlainTextArticle(String headline, String byline, String body, List<String> dropped,
                               String headlineSource) {
}
