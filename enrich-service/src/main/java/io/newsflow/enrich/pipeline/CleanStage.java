package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment.RemovedSegment;
import io.newsflow.common.ninjs.NinjsText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the upstream headline and body into the cleaned text every later stage works on: the body reduced to
 * plain paragraphs, with page chrome, captions, credits, related-story links, contributor lines and bylines
 * taken out and recorded. Dropping them matters beyond tidiness: a caption names people the story may not,
 * and a contributor line would make reporters look like the article's subjects.
 */
final class CleanStage implements PipelineStage {
    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.NINJS_HEADLINES, DocField.NINJS_BODIES);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.CLEANED_TEXT, DocField.PARAGRAPHS, DocField.REMOVED);
    }

    @Override
    public void process(ArticleDoc doc) {
        CleanedText cleaned = clean(doc.headline(), doc.body());
        if (cleaned.isEmpty()) {
            throw new UnprocessableArticleException(doc.articleId(), "it has neither a headline nor body text"
                    + (cleaned.removed().isEmpty() ? "" : " once page chrome and captions are removed")
                    + "; give the ninjs item a headline or a text body and publish it again");
        }
        doc.cleaned(cleaned);
    }

    /** Cleans a plain-text body. */
    CleanedText clean(String headline, String plainBody) {
        return clean(headline, plainBody == null ? null : NinjsText.plain(plainBody));
    }

    /** Cleans a body of any content type ninjs allows; HTML is reduced to text first. */
    CleanedText clean(String headline, NinjsText body) {
        List<Piece> pieces = splitOffChromeLines(sourceParagraphs(body));
        markBoilerplateParagraphs(pieces);
        markEmbeddedHeadlines(pieces);
        return assemble(headline, pieces);
    }

    private static List<SourceParagraph> sourceParagraphs(NinjsText body) {
        if (body == null || body.value() == null) {
            return List.of();
        }
        return body.isHtml() ? HtmlText.paragraphs(body.value()) : SourceParagraph.ofPlainText(body.value());
    }

    /** Chrome is taken out line by line first, so a byline glued above a paragraph does not hide it. */
    private static List<Piece> splitOffChromeLines(List<SourceParagraph> paragraphs) {
        List<Piece> pieces = new ArrayList<>();
        for (SourceParagraph paragraph : paragraphs) {
            if (paragraph.markedCaption()) {
                pieces.add(new Piece(paragraph.text(), RemovedKind.CAPTION));
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String line : paragraph.lines()) {
                Optional<RemovedKind> kind = BoilerplateRules.lineKind(line);
                if (kind.isPresent()) {
                    pieces.add(new Piece(line, kind.get()));
                } else {
                    kept.add(line);
                }
            }
            if (!kept.isEmpty()) {
                pieces.add(new Piece(String.join(" ", kept), null));
            }
        }
        return pieces;
    }

    private static void markBoilerplateParagraphs(List<Piece> pieces) {
        for (Piece piece : pieces) {
            if (piece.isKept()) {
                BoilerplateRules.paragraphKind(piece.text).ifPresent(kind -> piece.kind = kind);
            }
        }
    }

    /**
     * A headline-like paragraph counts as a related-story link only between story paragraphs: at the top it is
     * more likely a standfirst, at the bottom we cannot tell it from a closing fragment.
     */
    private static void markEmbeddedHeadlines(List<Piece> pieces) {
        List<Piece> kept = pieces.stream().filter(Piece::isKept).toList();
        boolean[] candidate = new boolean[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            candidate[i] = BoilerplateRules.looksLikeEmbeddedHeadline(kept.get(i).text);
        }
        int firstStory = indexOfFirstStory(candidate);
        int lastStory = indexOfLastStory(candidate);
        for (int i = firstStory + 1; i < lastStory; i++) {
            if (candidate[i]) {
                kept.get(i).kind = RemovedKind.RELATED;
            }
        }
    }

    private static CleanedText assemble(String headline, List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        TextRange headlineRange = null;
        String normalisedHeadline = headline == null ? ""
                : WHITESPACE.matcher(InvisibleCharacters.strip(headline)).replaceAll(" ").strip();
        if (!normalisedHeadline.isEmpty()) {
            text.append(normalisedHeadline);
            headlineRange = new TextRange(0, text.length());
        }
        List<TextRange> paragraphs = new ArrayList<>();
        List<RemovedSegment> removed = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!piece.isKept()) {
                removed.add(new RemovedSegment(piece.kind.label(), piece.text));
                continue;
            }
            if (!text.isEmpty()) {
                text.append(PARAGRAPH_BREAK);
            }
            int start = text.length();
            text.append(piece.text);
            paragraphs.add(new TextRange(start, text.length()));
        }
        return new CleanedText(text.toString(), headlineRange, paragraphs, removed);
    }

    private static int indexOfFirstStory(boolean[] headlineLike) {
        for (int i = 0; i < headlineLike.length; i++) {
            if (!headlineLike[i]) {
                return i;
            }
        }
        return headlineLike.length;
    }

    private static int indexOfLastStory(boolean[] headlineLike) {
        for (int i = headlineLike.length - 1; i >= 0; i--) {
            if (!headlineLike[i]) {
                return i;
            }
        }
        return -1;
    }

    /** A line or paragraph of the body on its way through the rules; {@code kind} stays null while it is kept. */
    private static final class Piece {
        private final String text;
        private RemovedKind kind;

        private Piece(String text, RemovedKind kind) {
            this.text = text;
            this.kind = kind;
        }

        private boolean isKept() {
            return kind == null;
        }
    }
}
