package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said each quotation of one article, by rules over the sentence around it and the article's entities.
 *
 * <p>The frame of a quotation is the text of its sentence outside the quotation marks: before the opening mark and
 * after the closing one, each cut at a neighbouring quotation. In the frame a verb of saying ties the quotation to
 * a speaker: the name or pronoun right after it ({@code said X}, {@code according to X}) when the verb follows the
 * quotation directly, else its subject before it ({@code X said}, {@code X told reporters}, {@code X called it}).
 * A pronoun resolves to the first person of the last sentence that names one (the subject, as a rule); a definite
 * description ({@code the spokesman}) to the person that title was last attached to, or to the last person named
 * when the title was never used, or to no one when the article introduced it without a name ({@code a spokesman}).
 * A quotation with no cue of its own continues the speaker of the quotation before it in the same or the previous
 * paragraph; a headline quotation whose speaker the headline does not name takes the speaker of the body quotation
 * with the same words.
 */
final class QuoteAttributor {
    private static final Pattern RELATIVE_WHO = Pattern.compile("(?is)(.*?)\\s*,?\\s*\\bwho\\s*");
    private static final Pattern CLAUSE_VERB = Pattern.compile(
            "(?i)\\b(?:is|was|are|were|has|had|have|will|would|did|does|could|should|can|may|might)\\b");
    private static final Pattern NOUN_GROUP_END = Pattern.compile(
            "(?i)\\s+(?:of|at|for|in|from|with|who|which|that|close|on|to)\\b|,");

    /** Marks a description that names a document ({@code the statement}); never leaves this class. */
    private static final String DOCUMENT = "document";

    private final String text;
    private final List<QuoteMarks.Span> quotes;
    private final List<Enrichment.Sentence> sentences;
    private final List<TextRange> blocks;
    private final TextRange headline;
    private final List<Named> named;

    /** A mention outside every quotation, of a person or an organisation that can speak. */
    private record Named(int start, int end, int sentence, Enrichment.Entity entity) {
        boolean isPerson() {
            return entity.type().equals("PERSON");
        }
    }

    /**
     * Who said one quotation.
     *
     * @param speaker     the speaking entity; null when the article does not name one
     * @param description how the article describes an unnamed speaker; null when named or undescribed
     * @param how         the {@code attribution} value of the event contract
     */
    record Attribution(Enrichment.Entity speaker, String description, String how) {
        static final Attribution NONE = new Attribution(null, null, "none");

        boolean found() {
            return !how.equals("none");
        }

        boolean isNamed() {
            return speaker != null;
        }

        Attribution as(String newHow) {
            return new Attribution(speaker, description, newHow);
        }
    }

    QuoteAttributor(String text, List<QuoteMarks.Span> quotes, List<Enrichment.Sentence> sentences,
                    TextRange headline, List<TextRange> paragraphs, List<Enrichment.Entity> entities) {
        this.text = text;
        this.quotes = quotes;
        this.sentences = sentences;
        this.headline = headline;
        this.blocks = new ArrayList<>();
        if (headline != null) {
            blocks.add(headline);
        }
        blocks.addAll(paragraphs);
        List<Named> mentions = new ArrayList<>();
        for (Enrichment.Entity entity : entities) {
            if (!entity.type().equals("PERSON") && !entity.type().equals("ORGANIZATION")) {
                continue;
            }
            for (Enrichment.Mention mention : entity.mentions()) {
                if (quotes.stream().noneMatch(q -> q.start() <= mention.start() && mention.end() <= q.end())) {
                    mentions.add(new Named(mention.start(), mention.end(), mention.sentence(), entity));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Named::start));
        this.named = mentions;
    }

    /** The attribution of every quotation, in the order of {@code quotes}. */
    List<Attribution> attributeAll() {
        List<Attribution> result = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            result.add(inHeadline(quotes.get(i)) ? Attribution.NONE : attribute(i, result));
        }
        for (int i = 0; i < quotes.size(); i++) {
            if (inHeadline(quotes.get(i))) {
                result.set(i, attributeHeadline(i, result));
            }
        }
        return result;
    }

    private Attribution attribute(int index, List<Attribution> earlier) {
        Attribution found = cueOrContinuation(index, earlier);
        if (!found.how().equals(DOCUMENT)) {
            return found;
        }
        // "the statement said": the author of the statement is the speaker last quoted nearby
        int block = blocks.indexOf(blockOf(quotes.get(index).open()));
        for (int i = index - 1; i >= 0; i--) {
            if (blocks.indexOf(blockOf(quotes.get(i).open())) < block - 2) {
                break;
            }
            if (earlier.get(i).isNamed() && !inHeadline(quotes.get(i))) {
                return earlier.get(i).as("previous-quote");
            }
        }
        return new Attribution(null, found.description(), "unnamed");
    }

    private Attribution cueOrContinuation(int index, List<Attribution> earlier) {
        QuoteMarks.Span quote = quotes.get(index);
        TextRange before = before(index);
        TextRange after = after(index);
        boolean partial = hasLetters(before);
        Attribution found = partial
                ? firstFound(fromPiece(before, true), fromPiece(after, false))
                : firstFound(fromPiece(after, false), fromPiece(before, true));
        if (found.found()) {
            return found;
        }
        TextRange block = blockOf(quote.open());
        boolean opensBlock = !hasLetters(new TextRange(block.start(), quote.open()));
        int blockIndex = blocks.indexOf(block);
        if (opensBlock && blockIndex > 0) {
            TextRange previousBlock = blocks.get(blockIndex - 1);
            String previousText = text.substring(previousBlock.start(), previousBlock.end()).strip();
            if (previousText.endsWith(":")) {
                Enrichment.Sentence last = sentenceAt(previousBlock.end() - 1);
                int start = last == null ? previousBlock.start() : Math.max(last.start(), previousBlock.start());
                Attribution introduced = fromPiece(new TextRange(start, previousBlock.end()), true);
                if (introduced.found()) {
                    return introduced;
                }
            }
        }
        if (partial || index == 0) {
            return Attribution.NONE;
        }
        QuoteMarks.Span previous = quotes.get(index - 1);
        int previousBlockIndex = blocks.indexOf(blockOf(Math.max(previous.after() - 1, 0)));
        boolean near = previousBlockIndex == blockIndex || (opensBlock && previousBlockIndex == blockIndex - 1);
        Attribution previousSpeaker = earlier.get(index - 1);
        return near && previousSpeaker.found() && !inHeadline(previous)
                ? previousSpeaker.as("previous-quote") : Attribution.NONE;
    }

    /** A headline seldom names the speaker in full; the body quoting the same words does. */
    private Attribution attributeHeadline(int index, List<Attribution> all) {
        Attribution own = attribute(index, all);
        if (own.isNamed()) {
            return own;
        }
        String words = normalised(quotes.get(index));
        for (int i = 0; i < quotes.size(); i++) {
            if (i != index && !inHeadline(quotes.get(i)) && all.get(i).isNamed()
                    && normalised(quotes.get(i)).contains(words)) {
                return all.get(i).as("repeated");
            }
        }
        return own;
    }

    private String normalised(QuoteMarks.Span quote) {
        return text.substring(quote.start(), quote.end()).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Attribution firstFound(Attribution first, Attribution second) {
        return first.found() ? first : second;
    }

    /**
     * The speaker a piece of frame names. In the piece before a quotation the cue nearest the quotation counts, in
     * the piece after it the first.
     */
    private Attribution fromPiece(TextRange piece, boolean beforeQuote) {
        if (piece.end() <= piece.start()) {
            return Attribution.NONE;
        }
        String pieceText = text.substring(piece.start(), piece.end());
        Matcher cues = SpeechCues.CUE.matcher(pieceText);
        int cueStart = -1;
        int cueEnd = -1;
        String cue = null;
        boolean reported = false;
        while (cues.find() && !reported) {
            cueStart = piece.start() + cues.start();
            cueEnd = piece.start() + cues.end();
            cue = cues.group(1);
            // "A said that B would comment '...'": the words are A's, whatever verb comes nearer the quote
            reported = SpeechCues.REPORTING.matcher(pieceText.substring(cues.end())).lookingAt();
            if (!beforeQuote) {
                break;
            }
        }
        if (cue == null) {
            String stripped = pieceText.stripTrailing();
            if (beforeQuote && stripped.endsWith(":")) {
                return subject(new TextRange(piece.start(), piece.start() + stripped.length() - 1), false);
            }
            return Attribution.NONE;
        }
        boolean cueOpensPiece = !hasLetters(new TextRange(piece.start(), cueStart));
        if (SpeechCues.namesSpeakerAfter(cue) || (!beforeQuote && cueOpensPiece)) {
            return following(new TextRange(cueEnd, piece.end()));
        }
        return subject(new TextRange(piece.start(), cueStart), SpeechCues.isParticiple(cue));
    }

    /** The speaker named right after a cue: {@code said Henk Brouwer, the chief executive}. */
    private Attribution following(TextRange rest) {
        int end = rest.end();
        int firstComma = -1;
        for (int i = rest.start(); i < rest.end(); i++) {
            char c = text.charAt(i);
            boolean fullStop = c == '.' && (i + 1 >= rest.end() || Character.isWhitespace(text.charAt(i + 1)))
                    && !abbreviationBefore(i);
            if (c == ';' || fullStop || (c == ',' && firstComma >= 0)) {
                end = i;
                break;
            }
            if (c == ',') {
                firstComma = i;
            }
        }
        TextRange phrase = new TextRange(rest.start(), end);
        String phraseText = text.substring(phrase.start(), phrase.end());
        // a name counts before the first comma, or as the apposition right after it: "one operator, Joost Smit"
        int nameLimit = firstComma < 0 ? end : firstComma + 3;
        for (Named mention : named) {
            if (mention.isPerson() && inside(mention, phrase) && mention.start() <= nameLimit) {
                return new Attribution(mention.entity(), null, "named");
            }
        }
        Matcher pronoun = SpeechCues.PRONOUN.matcher(phraseText.stripLeading());
        if (pronoun.lookingAt()) {
            return pronoun(pronoun.group(), phrase.start());
        }
        for (Named mention : named) {
            if (inside(mention, phrase) && mention.start() <= nameLimit) {
                return new Attribution(mention.entity(), null, "named");
            }
        }
        int comma = phraseText.indexOf(',');
        return nominal(phrase.start(), comma < 0 ? phraseText : phraseText.substring(0, comma));
    }

    /** Who or what a cue's subject is, in the stretch of frame before it: {@code Marieke van Dam, president of ..., told}. */
    private Attribution subject(TextRange stretch, boolean participle) {
        Matcher relative = RELATIVE_WHO.matcher(text.substring(stretch.start(), stretch.end()));
        if (relative.matches()) {
            // "one senior official, who described ...": the speaker is the one the clause is about
            stretch = new TextRange(stretch.start(), stretch.start() + relative.end(1));
            participle = false;
        }
        String stretchText = text.substring(stretch.start(), stretch.end());
        List<Candidate> persons = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Named mention : named) {
            if (inside(mention, stretch)) {
                (mention.isPerson() ? persons : others).add(new Candidate(mention.start(), mention, null));
            }
        }
        List<Candidate> otherPronouns = new ArrayList<>();
        Matcher pronoun = SpeechCues.PRONOUN.matcher(stretchText);
        while (pronoun.find()) {
            String word = pronoun.group().toLowerCase(Locale.ROOT);
            Candidate candidate = new Candidate(stretch.start() + pronoun.start(), null, word);
            (word.equals("he") || word.equals("she") ? persons : otherPronouns).add(candidate);
        }
        for (List<Candidate> candidates : List.of(persons, others, otherPronouns)) {
            if (!candidates.isEmpty()) {
                candidates.sort(Comparator.comparingInt(Candidate::at));
                Candidate chosen = participle ? candidates.get(0) : candidates.get(candidates.size() - 1);
                return chosen.mention() != null ? new Attribution(chosen.mention().entity(), null, "named")
                        : pronoun(chosen.pronoun(), chosen.at());
            }
        }
        return describedSubject(stretch.start(), stretchText, participle);
    }

    /** A possible subject: a named mention, or a pronoun at {@code at}. */
    private record Candidate(int at, Named mention, String pronoun) {
    }

    /** The description the subject stretch gives: the chunk between commas that starts like a noun phrase. */
    private Attribution describedSubject(int offset, String stretchText, boolean participle) {
        String[] chunks = stretchText.split(",", -1);
        int chosen = -1;
        for (int i = 0; i < chunks.length; i++) {
            String[] words = withoutLead(chunks[i]).strip().split("\\s+");
            if (words.length > 0 && SpeechCues.isDeterminer(words[0]) && (chosen < 0 || !participle)) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            for (int i = chunks.length - 1; i >= 0; i--) {
                if (!chunks[i].isBlank()) {
                    chosen = i;
                    break;
                }
            }
        }
        if (chosen < 0) {
            return Attribution.NONE;
        }
        int chunkOffset = offset;
        for (int i = 0; i < chosen; i++) {
            chunkOffset += chunks[i].length() + 1;
        }
        String chunk = withoutLead(chunks[chosen]);
        return nominal(chunkOffset + chunks[chosen].length() - chunk.length(), chunk);
    }

    /** A chunk without the conjunction or {@code according to} that leads into it. */
    private static String withoutLead(String chunk) {
        return chunk.replaceFirst("(?i)^\\s*(?:and|but|while|then|so|according to)\\s+", "");
    }

    /** A description: a definite one refers back to a person or an organisation, any other stays unnamed. */
    private Attribution nominal(int offset, String phrase) {
        String description = phrase.strip();
        if (description.isEmpty() || !description.codePoints().anyMatch(Character::isLetter)) {
            return Attribution.NONE;
        }
        String[] words = description.split("\\s+");
        if (words.length > 12) {
            return Attribution.NONE;
        }
        if (CLAUSE_VERB.matcher(description).find()) {
            // a clause, not a noun phrase: whatever the cue's subject is, this is not a description of it
            return Attribution.NONE;
        }
        if (!words[0].equalsIgnoreCase("the")) {
            return new Attribution(null, description, "unnamed");
        }
        Matcher groupEnd = NOUN_GROUP_END.matcher(description);
        String group = groupEnd.find() ? description.substring(0, groupEnd.start()) : description;
        String[] groupWords = group.strip().split("\\s+");
        String head = groupWords[groupWords.length - 1].replaceAll("(?i)['’]s$", "").toLowerCase(Locale.ROOT);
        int at = offset + phrase.indexOf(description);
        if (SpeechCues.isDocumentNoun(head)) {
            return new Attribution(null, description, DOCUMENT);
        }
        if (SpeechCues.isOrganisationNoun(head)) {
            Named organisation = null;
            for (Named mention : named) {
                if (mention.end() <= at && !mention.isPerson()) {
                    organisation = mention;
                }
            }
            return organisation == null ? new Attribution(null, description, "unnamed")
                    : new Attribution(organisation.entity(), null, "title");
        }
        return title(head, at, description);
    }

    /** {@code the minister}: the person last given that title, as in {@code Minister Otto Lambrecht}. */
    private Attribution title(String head, int at, String description) {
        Matcher occurrences = Pattern.compile("(?i)\\b" + Pattern.quote(head) + "\\b").matcher(text);
        List<int[]> earlier = new ArrayList<>();
        while (occurrences.find() && occurrences.start() < at) {
            if (!insideQuote(occurrences.start())) {
                earlier.add(new int[] {occurrences.start(), occurrences.end()});
            }
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            int start = earlier.get(i)[0];
            int end = earlier.get(i)[1];
            for (Named mention : named) {
                if (!mention.isPerson()) {
                    continue;
                }
                boolean titleBefore = mention.start() >= end && mention.start() - end <= 30
                        && !text.substring(end, mention.start()).matches("(?s).*[.;:\"“”].*");
                boolean appositive = mention.end() <= start && start - mention.end() <= 60
                        && text.substring(mention.end(), start).startsWith(",")
                        && !text.substring(mention.end(), start).matches("(?s).*[.;:\"“”].*");
                if (titleBefore || appositive) {
                    return new Attribution(mention.entity(), null, "title");
                }
            }
            if (introducedUnnamed(start)) {
                return new Attribution(null, description, "unnamed");
            }
        }
        Attribution last = lastPerson(at);
        return last.isNamed() ? last.as("title") : new Attribution(null, description, "unnamed");
    }

    /** Whether the title at {@code start} belongs to a noun phrase opened by {@code a}, {@code an}, {@code one}. */
    private boolean introducedUnnamed(int start) {
        String lead = text.substring(Math.max(0, start - 40), start);
        int stop = Math.max(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(',')), lead.lastIndexOf(';'));
        String[] words = lead.substring(stop + 1).strip().split("\\s+");
        for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
            if (SpeechCues.isIndefinite(words[i])) {
                return true;
            }
        }
        return false;
    }

    private Attribution pronoun(String word, int at) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("they")) {
            return new Attribution(null, null, "unnamed");
        }
        if (lower.equals("it")) {
            Named organisation = null;
            for (Named mention : named) {
                if (mention.end() <= at && !mention.isPerson()) {
                    organisation = mention;
                }
            }
            return organisation == null ? Attribution.NONE : new Attribution(organisation.entity(), null, "pronoun");
        }
        return lastPerson(at).as("pronoun");
    }

    /**
     * The first person named in the last sentence before {@code at} that names one: usually its subject. A
     * possessor ({@code Carvalho's captain}) is passed over, as it is seldom the subject.
     */
    private Attribution lastPerson(int at) {
        Named last = null;
        for (Named mention : named) {
            if (mention.isPerson() && mention.end() <= at) {
                last = mention;
            }
        }
        if (last == null) {
            return Attribution.NONE;
        }
        for (Named mention : named) {
            if (mention.isPerson() && mention.sentence() == last.sentence() && mention.end() <= at
                    && !possessor(mention)) {
                return new Attribution(mention.entity(), null, "pronoun");
            }
        }
        return new Attribution(last.entity(), null, "pronoun");
    }

    private boolean possessor(Named mention) {
        return text.startsWith("'s", mention.end()) || text.startsWith("’s", mention.end());
    }

    /** The frame before quotation {@code index}: from its sentence's start, or the previous quotation's end. */
    private TextRange before(int index) {
        QuoteMarks.Span quote = quotes.get(index);
        TextRange block = blockOf(quote.open());
        Enrichment.Sentence sentence = sentenceAt(quote.open());
        int start = Math.max(block.start(), sentence == null ? block.start() : sentence.start());
        if (index > 0 && quotes.get(index - 1).after() <= quote.open()) {
            start = Math.max(start, quotes.get(index - 1).after());
        }
        return new TextRange(Math.min(start, quote.open()), quote.open());
    }

    /** The frame after quotation {@code index}: to its sentence's end, or the next quotation's start. */
    private TextRange after(int index) {
        QuoteMarks.Span quote = quotes.get(index);
        int from = quote.after();
        TextRange block = blockOf(Math.max(quote.start(), quote.end() - 1));
        // the sentence the frame ends with: the one around the closing mark, or after it when the splitter ended
        // a sentence at the mark ("Why?" he asked.)
        Enrichment.Sentence sentence = null;
        for (Enrichment.Sentence candidate : sentences) {
            if (candidate.end() > from) {
                sentence = candidate;
                break;
            }
        }
        int end = Math.min(block.end(), sentence == null ? block.end() : sentence.end());
        if (index + 1 < quotes.size() && quotes.get(index + 1).open() >= from) {
            end = Math.min(end, quotes.get(index + 1).open());
        }
        return new TextRange(from, Math.max(from, end));
    }

    private Enrichment.Sentence sentenceAt(int offset) {
        for (Enrichment.Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    private TextRange blockOf(int offset) {
        TextRange found = blocks.isEmpty() ? new TextRange(0, text.length()) : blocks.get(0);
        for (TextRange block : blocks) {
            if (block.start() <= offset) {
                found = block;
            }
        }
        return found;
    }

    private boolean inHeadline(QuoteMarks.Span quote) {
        return headline != null && headline.contains(quote.open());
    }

    private boolean insideQuote(int offset) {
        return quotes.stream().anyMatch(q -> q.covers(offset));
    }

    private boolean hasLetters(TextRange range) {
        for (int i = range.start(); i < range.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A full stop after a title or an initial ({@code Dr.}, {@code U.S.}) does not end the phrase. */
    private boolean abbreviationBefore(int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String token = text.substring(start, dot);
        return token.contains(".") || (!token.isEmpty() && token.length() <= 3
                && Character.isUpperCase(token.charAt(0)));
    }

    private static boolean inside(Named mention, TextRange range) {
        return mention.start() >= range.start() && mention.end() <= range.end();
    }
}
