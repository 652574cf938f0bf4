package io.newsflow.enrich.training.topics;

import java.util.List;

/**
 * One Reuters-21578 ModApte document ({@code {newid, topics[], title, body}} per line).
 *
 * @param id     the NEWID
 * @param topics its Reuters categories (earn, acq, crude...)
 * @param title  the headline
 * @param body   the text
 */
public record ReutersArticle(int id, List<String> topics, String title, String body) {
}
