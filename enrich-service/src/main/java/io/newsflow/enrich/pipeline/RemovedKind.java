package io.newsflow.enrich.pipeline;

import java.util.Locale;

/** Why the clean stage dropped a piece of the body; the lower-case name is the {@code RemovedSegment.kind}. */
enum RemovedKind {
    /** Publication name or tagline. */
    MASTHEAD,
    /** Page widgets and links: "Share", "Sign in", "Read more". */
    NAVIGATION,
    /** A photo description that ends in its credit. */
    CAPTION,
    /** A photo credit on its own. */
    CREDIT,
    /** A link to another story: "Read more: ..." or a headline pasted between paragraphs. */
    RELATED,
    /** "... contributed to this report", "Reporting by ...; Editing by ...". */
    CONTRIBUTOR,
    /** The author line and the publication-date line that accompanies it. */
    BYLINE;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
