package io.newsflow.common.ninjs;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IPTC NewsCodes written two ways: as a QCode ({@code medtop:04000000}, scheme alias and code) and as the
 * full URI the alias stands for ({@code http://cv.iptc.org/newscodes/mediatopic/04000000}). newsflow writes a
 * subject of an IPTC scheme the same way wherever it comes from: the full URI in {@code uri} (ninjs wants a
 * complete URI there) and the QCode in {@code literal}.
 */
public final class IptcQcodes {
    private static final String NEWSCODES = "http://cv.iptc.org/newscodes/";
    /** Scheme alias → the scheme's path under cv.iptc.org/newscodes, for the schemes feeds use for subjects. */
    private static final Map<String, String> SCHEMES = Map.of(
            "medtop", "mediatopic",
            "subj", "subjectcode",
            "genre", "genre",
            "scene", "scene",
            "ninat", "ninature");

    private IptcQcodes() {
    }

    /** The full URI of an IPTC QCode ({@code medtop:04000000}); empty for other schemes or no QCode. */
    public static Optional<String> toUri(String qcode) {
        if (qcode == null) {
            return Optional.empty();
        }
        String code = qcode.strip();
        int colon = code.indexOf(':');
        if (colon <= 0 || colon == code.length() - 1) {
            return Optional.empty();
        }
        String scheme = SCHEMES.get(code.substring(0, colon).toLowerCase(Locale.ROOT));
        String value = code.substring(colon + 1);
        if (scheme == null || value.contains("/") || value.contains(":") || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(NEWSCODES + scheme + "/" + value);
    }

    /** The QCode of an IPTC NewsCodes URI; empty for any other URI. Reads https and a trailing slash too. */
    public static Optional<String> toQcode(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        String text = uri.strip();
        if (text.startsWith("https://cv.iptc.org/")) {
            text = "http://" + text.substring("https://".length());
        }
        if (!text.startsWith(NEWSCODES)) {
            return Optional.empty();
        }
        String[] path = text.substring(NEWSCODES.length()).replaceAll("/$", "").split("/");
        if (path.length != 2 || path[1].isBlank()) {
            return Optional.empty();
        }
        return SCHEMES.entrySet().stream().filter(scheme -> scheme.getValue().equals(path[0])).findFirst()
                .map(scheme -> scheme.getKey() + ":" + path[1]);
    }

    /**
     * A subject as a provider gave it, in newsflow's one form: an IPTC code (QCode or URI) gets the full URI
     * in {@code uri} and the QCode in {@code literal}; another absolute URI stays in {@code uri}; any other
     * code (a provider's own, {@code acme:harbours}) is kept in {@code literal}, since ninjs wants a complete
     * URI in {@code uri}.
     *
     * @param code the code as given, not blank
     * @param name the subject's name, or null
     */
    public static NinjsSubject subject(String code, String name) {
        String given = code.strip();
        Optional<String> iptcUri = toUri(given);
        if (iptcUri.isPresent()) {
            return new NinjsSubject(name, null, iptcUri.get(), given, null, null, null, null);
        }
        Optional<String> iptcQcode = toQcode(given);
        if (iptcQcode.isPresent()) {
            return new NinjsSubject(name, null, toUri(iptcQcode.get()).orElseThrow(), iptcQcode.get(), null, null,
                    null, null);
        }
        if (isWebUri(given)) {
            return new NinjsSubject(name, null, given, null, null, null, null, null);
        }
        return new NinjsSubject(name, null, null, given, null, null, null, null);
    }

    private static boolean isWebUri(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
