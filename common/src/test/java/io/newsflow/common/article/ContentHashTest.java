package io.newsflow.common.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {

    @Test
    void isTheSha256OfHeadlineNewlineBody() {
        // SHA-256 of the single byte "\n", as printed by sha256sum.
        assertThat(ContentHash.of(null, "")).isEqualTo(
                "01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b");
    }

    @Test
    void hashesAResendWithDifferentWhitespaceEqual() {
        String original = ContentHash.of("Council approves budget", "The council voted 7 to 2.\n\nIt meets again in May.");
        String resent = ContentHash.of("  Council  approves\u00A0budget ",
                "The council voted 7 to 2.\r\n   It meets again\tin May.\n");

        assertThat(resent).isEqualTo(original);
    }

    @Test
    void hashesComposedAndDecomposedAccentsEqual() {
        assertThat(ContentHash.of("Caf\u00e9 reopens", "Body")).isEqualTo(ContentHash.of("Cafe\u0301 reopens", "Body"));
    }

    @Test
    void changesWhenAWordChanges() {
        assertThat(ContentHash.of("Council approves budget", "The council voted 7 to 2."))
                .isNotEqualTo(ContentHash.of("Council approves budget", "The council voted 6 to 3."));
    }

    @Test
    void keepsHeadlineAndBodyApart() {
        assertThat(ContentHash.of("Council approves", "budget")).isNotEqualTo(ContentHash.of("Council", "approves budget"));
    }

    @Test
    void isSixtyFourLowerCaseHexDigits() {
        assertThat(ContentHash.of("Headline", "Body")).matches("[0-9a-f]{64}");
    }
}
