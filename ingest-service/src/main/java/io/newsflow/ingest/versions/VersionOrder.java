package io.newsflow.ingest.versions;

import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of two versions of one article is newer. Providers number versions ({@code 3}, sometimes
 * {@code 1.2}); when a version is not a number the {@code versionCreated} timestamps decide; when neither
 * can be compared the order is unknown.
 */
final class VersionOrder {
    /** Dotted numbers compare part by part, so "10" is newer than "9" and "1.10" newer than "1.9". */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    private VersionOrder() {
    }

    /**
     * @return negative when the candidate is older than the last published version, positive when newer,
     * 0 when they are the same version or cannot be ordered
     */
    static int compare(String candidateVersion, String candidateCreated, String lastVersion, String lastCreated) {
        if (isNumber(candidateVersion) && isNumber(lastVersion)) {
            return compareNumbers(candidateVersion.trim(), lastVersion.trim());
        }
        Optional<Instant> candidate = instant(candidateCreated);
        Optional<Instant> last = instant(lastCreated);
        if (candidate.isPresent() && last.isPresent()) {
            return candidate.get().compareTo(last.get());
        }
        return 0;
    }

    private static boolean isNumber(String version) {
        return version != null && NUMBER.matcher(version.trim()).matches();
    }

    private static int compareNumbers(String a, String b) {
        String[] aParts = a.split("\\.");
        String[] bParts = b.split("\\.");
        for (int i = 0; i < Math.max(aParts.length, bParts.length); i++) {
            BigInteger aPart = i < aParts.length ? new BigInteger(aParts[i]) : BigInteger.ZERO;
            BigInteger bPart = i < bParts.length ? new BigInteger(bParts[i]) : BigInteger.ZERO;
            int order = aPart.compareTo(bPart);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static Optional<Instant> instant(String dateTime) {
        if (dateTime == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(dateTime.trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
