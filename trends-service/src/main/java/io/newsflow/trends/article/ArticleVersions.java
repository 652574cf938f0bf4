package io.newsflow.trends.article;

import java.time.Instant;

/**
 * Which of two events of one article counts. Events of one article arrive in order on one partition, but a
 * feed may resend an old version after a newer one; the newer version wins by ninjs {@code version}
 * (numerically when both are numbers), then by {@code versionCreated}. An event of the same version with another
 * event id (re-enriched by a newer pipeline) replaces the stored one; the same event id again is a duplicate.
 */
public final class ArticleVersions {

    public enum Verdict { APPLY, DUPLICATE, STALE }

    private ArticleVersions() {
    }

    public static Verdict judge(EnrichedArticle incoming, EnrichedArticle stored) {
        if (stored == null) {
            return Verdict.APPLY;
        }
        if (incoming.eventId().equals(stored.eventId())) {
            return Verdict.DUPLICATE;
        }
        int byVersion = compareVersions(incoming.version(), stored.version());
        if (byVersion == 0) {
            byVersion = compareInstants(incoming.versionCreated(), stored.versionCreated());
        }
        return byVersion >= 0 ? Verdict.APPLY : Verdict.STALE;
    }

    static int compareVersions(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a.strip()), Long.parseLong(b.strip()));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }

    private static int compareInstants(Instant a, Instant b) {
        if (a == null || b == null) {
            return 0;
        }
        return a.compareTo(b);
    }
}
