package io.newsflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.nio.charset.StandardCharsets;

/**
 * An entity's English Wikipedia article, or NIL when no article could be chosen with confidence.
 *
 * @param nil   true when the entity is not linked; title and url are then absent
 * @param title the Wikipedia article title in its URL form ({@code Nicolás_Maduro}); absent for NIL
 * @param url   {@code https://en.wikipedia.org/wiki/} plus the title, percent-encoded; absent for NIL
 * @param score confidence in the link, in [0, 1]: the prior that the name refers to the article, raised when
 *              several names of the entity agree on it; for NIL the best rejected candidate's score (0 when there
 *              was none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityLink(boolean nil, String title, String url, double score) {
    public static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";
    private static final String HEX = "0123456789ABCDEF";

    public EntityLink {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("link score must be in [0, 1], was " + score);
        }
        if (nil != (title == null)) {
            throw new IllegalArgumentException("a link has a title exactly when it is not NIL");
        }
    }

    /** A link to the article with this title (URL form, underscores for spaces). */
    public static EntityLink to(String title, double score) {
        return new EntityLink(false, title, WIKIPEDIA + pathSegment(title), score);
    }

    /**
     * Percent-encodes what a URI path segment may not hold as it is (accented letters, spaces, {@code %},
     * {@code ?}, {@code #}, {@code /}), as Wikipedia's own links do; {@code Asunción} becomes {@code Asunci%C3%B3n}.
     */
    static String pathSegment(String title) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : title.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return encoded.toString();
    }

    /** No article: the entity is NIL. */
    public static EntityLink nil(double bestRejectedScore) {
        return new EntityLink(true, null, null, bestRejectedScore);
    }
}
