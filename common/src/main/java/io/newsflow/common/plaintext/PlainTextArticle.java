package io.newsflow.common.plaintext;

import java.util.List;

/**
 * An article recovered from text copied off a web page.
 *
 * @param headline the article's headline (never the masthead)
 * @param byline   the names from a "By ..." line, or null
 * @param body     the paragraphs after the headline, separated by blank lines, page chrome removed
 * @param dropped  the lines taken out as page chrome (mastheads, navigation, datelines)
 */
public record PlainTextArticle(String headline, String byline, String body, List<String> dropped) {
}
