package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Expression;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds DATE, MONEY and PERCENT expressions by rules over a light split of the text into words, numbers and
 * symbols, and normalises them: a date to an ISO day (or month), money to an amount and an ISO 4217 code, a
 * percentage to its number. One pass over the text, no model: the stage must stay far below a tenth of a
 * millisecond on a news article.
 *
 * <p>What counts, and why (docs/models/expressions.md): a day with its month (year optional), a month with its
 * year, an ISO date, a weekday, {@code today}/{@code yesterday}/{@code tomorrow}; never a bare year, a decade, a
 * month alone or a vague phrase ({@code last week}), whose value would be a guess. A weekday or month word inside a
 * person, organisation or other name ({@code Theresa May}, {@code the Sunday Times}) is no date. Relative dates are
 * resolved against the reference day: the date of a wire dateline ({@code LONDON, March 8 (Reuters) -}) when the
 * article opens with one, else the publication day. A weekday is the last such day on or before it, or the next on
 * or after it when its clause speaks of the future ({@code will}, {@code would}, {@code due}, {@code next}, ...); a
 * day and month without year take the year that puts them nearest the reference day, in the future for a clause
 * about the future.
 */
final class ExpressionRecognizer {
    private static final int WORD = 0;
    private static final int NUMBER = 1;
    private static final int SYMBOL = 2;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("January", 1), Map.entry("Jan", 1),
            Map.entry("February", 2), Map.entry("Feb", 2), Map.entry("March", 3), Map.entry("Mar", 3),
            Map.entry("April", 4), Map.entry("Apr", 4), Map.entry("May", 5), Map.entry("June", 6),
            Map.entry("Jun", 6), Map.entry("July", 7), Map.entry("Jul", 7), Map.entry("August", 8),
            Map.entry("Aug", 8), Map.entry("September", 9), Map.entry("Sept", 9), Map.entry("Sep", 9),
            Map.entry("October", 10), Map.entry("Oct", 10), Map.entry("November", 11), Map.entry("Nov", 11),
            Map.entry("December", 12), Map.entry("Dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("Monday", DayOfWeek.MONDAY, "Tuesday",
            DayOfWeek.TUESDAY, "Wednesday", DayOfWeek.WEDNESDAY, "Thursday", DayOfWeek.THURSDAY, "Friday",
            DayOfWeek.FRIDAY, "Saturday", DayOfWeek.SATURDAY, "Sunday", DayOfWeek.SUNDAY);
    private static final int TRIGGER_CODE = 0;
    private static final int TRIGGER_MONTH = 1;
    private static final int TRIGGER_WEEKDAY = 2;
    private static final int TRIGGER_RELATIVE_DAY = 3;
    private static final Map<String, Integer> DAYS_FROM_TODAY = Map.of("today", 0, "yesterday", -1, "tomorrow", 1);
    private static final Map<String, BigDecimal> MAGNITUDES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000)), Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000)), Map.entry("mln", BigDecimal.valueOf(1_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)), Map.entry("bln", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("tn", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("trn", BigDecimal.valueOf(1_000_000_000_000L)));
    /** Magnitudes written straight after the digits only ({@code £3.2m}); with a space they are units (5 m). */
    private static final Map<String, BigDecimal> ATTACHED_MAGNITUDES = Map.of("m", BigDecimal.valueOf(1_000_000),
            "k", BigDecimal.valueOf(1_000), "b", BigDecimal.valueOf(1_000_000_000));
    private static final Map<String, BigDecimal> NUMBER_WORDS = Map.ofEntries(Map.entry("one", BigDecimal.ONE),
            Map.entry("two", BigDecimal.valueOf(2)), Map.entry("three", BigDecimal.valueOf(3)),
            Map.entry("four", BigDecimal.valueOf(4)), Map.entry("five", BigDecimal.valueOf(5)),
            Map.entry("six", BigDecimal.valueOf(6)), Map.entry("seven", BigDecimal.valueOf(7)),
            Map.entry("eight", BigDecimal.valueOf(8)), Map.entry("nine", BigDecimal.valueOf(9)),
            Map.entry("ten", BigDecimal.TEN), Map.entry("twenty", BigDecimal.valueOf(20)),
            Map.entry("fifty", BigDecimal.valueOf(50)), Map.entry("hundred", BigDecimal.valueOf(100)));
    /** Capitalised words that can open an expression, and which rule they open: one look-up per such word. */
    private static final Map<String, Integer> CAPITALISED_TRIGGERS = capitalisedTriggers();
    /** Lower-case words that can open an expression: relative days, number words, {@code a} and {@code half}. */
    private static final List<String> LOWER_TRIGGERS = lowerTriggers();
    private static final String LOWER_TRIGGER_INITIALS = "aefhnostwy";
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Words before a weekday that make it part of a name rather than a date ({@code the Sunday Times}). */
    private static final Set<String> NAME_OPENERS = Set.of("the", "The", "Black", "Good", "Bloody", "Super",
            "Cyber", "Ash", "Easter", "Palm", "Holy");
    /** Capitalised words before a weekday that still leave it a date: sentence openers and prepositions. */
    private static final Set<String> DATE_OPENERS = Set.of("On", "By", "Since", "Until", "Till", "From", "Before",
            "After", "Last", "Next", "This", "Late", "Early", "Through", "And", "But", "Or", "Then", "As",
            "Starting", "Beginning", "Ending", "Every", "Each", "Also");
    private static final Set<String> FUTURE_CUES = Set.of("will", "would", "ll", "shall", "next", "due", "scheduled",
            "expected", "expects", "plans", "plan", "planned", "until", "till", "upcoming", "coming", "going",
            "deadline");
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "announced", "reported",
            "added", "stated", "showed");

    private static Map<String, Integer> capitalisedTriggers() {
        Map<String, Integer> triggers = new HashMap<>();
        CurrencyNames.CODES.forEach(code -> triggers.put(code, TRIGGER_CODE));
        MONTHS.keySet().forEach(month -> triggers.put(month, TRIGGER_MONTH));
        WEEKDAYS.keySet().forEach(weekday -> triggers.put(weekday, TRIGGER_WEEKDAY));
        List.of("Today", "Yesterday", "Tomorrow").forEach(day -> triggers.put(day, TRIGGER_RELATIVE_DAY));
        return Map.copyOf(triggers);
    }

    private static List<String> lowerTriggers() {
        List<String> triggers = new ArrayList<>(NUMBER_WORDS.keySet());
        triggers.addAll(DAYS_FROM_TODAY.keySet());
        triggers.addAll(List.of("a", "half"));
        return List.copyOf(triggers);
    }

    private final String text;
    private final Tokens tokens;
    private final List<Enrichment.Sentence> sentences;
    private final List<int[]> nameSpans;
    private final List<Expression> found = new ArrayList<>();
    private LocalDate reference;
    private String lastCurrency;
    /** Weekday words and whether the article uses each as a name somewhere, filled as they are met. */
    private final Map<String, Boolean> weekdayIsName = new HashMap<>(4);

    private ExpressionRecognizer(String text, List<Enrichment.Sentence> sentences, List<int[]> nameSpans,
                                 LocalDate published) {
        this.text = text;
        this.tokens = Tokens.of(text);
        this.sentences = sentences;
        this.nameSpans = nameSpans;
        this.reference = published;
    }

    /**
     * Every expression of the text, in text order.
     *
     * @param sentences the text's sentences, for each expression's sentence index
     * @param names     the character ranges {@code [start, end)} of the names of people, organisations and other
     *                  named things the ner stage found; a weekday or month inside one is no date
     * @param published the publication day, or null when the article has none: then only dates that name their
     *                  year get a value
     */
    static List<Expression> find(String text, List<Enrichment.Sentence> sentences, List<int[]> names,
                                 LocalDate published) {
        ExpressionRecognizer recognizer = new ExpressionRecognizer(text, sentences, names, published);
        recognizer.reference = recognizer.datelineDate().orElse(published);
        recognizer.scan();
        return List.copyOf(recognizer.found);
    }

    /** The text as one sentence, with no names: for tests and for text the pipeline did not segment. */
    static List<Expression> find(String text, LocalDate published) {
        return find(text, List.of(new Enrichment.Sentence(0, 0, Math.max(1, text.length()))), List.of(), published);
    }

    private void scan() {
        int i = 0;
        while (i < tokens.size) {
            Match match = matchAt(i);
            if (match == null) {
                i++;
                continue;
            }
            found.add(match.expression(text, sentenceOf(match.start)));
            if (match.currency != null && !match.currency.isEmpty()) {
                lastCurrency = match.currency;
            }
            i = match.nextToken;
        }
    }

    private Match matchAt(int i) {
        int kind = tokens.kind[i];
        if (kind == NUMBER) {
            if (!numberCanOpen(i)) {
                return null;
            }
            Quantity number = numberAt(i);
            return longest(percentAt(i, number), moneyAfterNumber(i, number), dayMonthAt(i, -1, i),
                    isoDateAt(i));
        }
        if (kind == SYMBOL) {
            return moneyAfterSymbol(i);
        }
        char first = text.charAt(tokens.start[i]);
        int length = tokens.length(i);
        if (Character.isUpperCase(first)) {
            if (length < 3 || length > 9) {
                return null;
            }
            String word = tokens.text(text, i);
            Integer trigger = CAPITALISED_TRIGGERS.get(word);
            if (trigger == null) {
                return null;
            }
            return switch (trigger) {
                case TRIGGER_CODE -> moneyAfterCode(i);
                case TRIGGER_MONTH -> monthFirstAt(i, i);
                case TRIGGER_WEEKDAY -> weekdayAt(i, word);
                default -> startsSentence(i) ? relativeDayAt(i, word.toLowerCase(Locale.ROOT)) : null;
            };
        }
        if (!isLowerTrigger(i, length)) {
            return null;
        }
        String word = tokens.text(text, i);
        if (DAYS_FROM_TODAY.containsKey(word)) {
            return relativeDayAt(i, word);
        }
        Quantity number = wordNumberAt(i);
        return number == null ? null : longest(percentAt(i, number), moneyAfterNumber(i, number));
    }

    /**
     * Whether what follows a number can make it an expression: a word (a unit, magnitude, currency or month), a
     * per cent sign or a hyphen ({@code 12-percent}, {@code 2017-03-03}). Most numbers in news copy (counts, scores,
     * tables) fail this at once, before their value is read.
     */
    private boolean numberCanOpen(int i) {
        int j = i + 1;
        if (j >= tokens.size) {
            return false;
        }
        if (tokens.kind[j] == SYMBOL) {
            char symbol = text.charAt(tokens.start[j]);
            return symbol == '%' || symbol == '-';
        }
        return tokens.kind[j] == WORD;
    }

    /** Whether a lower-case word can open an expression, checked without copying it out of the text. */
    private boolean isLowerTrigger(int i, int length) {
        char first = text.charAt(tokens.start[i]);
        if (length > 9 || LOWER_TRIGGER_INITIALS.indexOf(first) < 0) {
            return false;
        }
        for (String trigger : LOWER_TRIGGERS) {
            if (trigger.length() == length && text.startsWith(trigger, tokens.start[i])) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- numbers

    /** A number as written (in digits or words): its value and the token after it. */
    private record Quantity(BigDecimal value, int next, boolean digits) {
    }

    private Quantity numberAt(int i) {
        String digits = tokens.text(text, i).replace(",", "");
        try {
            return new Quantity(new BigDecimal(digits), i + 1, true);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code five}, {@code a} and {@code half a} before a magnitude or percentage word, {@code a quarter of a}. */
    private Quantity wordNumberAt(int i) {
        String word = tokens.text(text, i).toLowerCase(Locale.ROOT);
        if (word.equals("half") && isWord(i + 1, "a")) {
            return new Quantity(HALF, i + 2, false);
        }
        if (word.equals("a") && isWord(i + 1, "half")) {
            return new Quantity(HALF, i + 2, false);
        }
        if (word.equals("a") && isWord(i + 1, "quarter")) {
            return isWord(i + 2, "of") && isWord(i + 3, "a") ? new Quantity(QUARTER, i + 4, false)
                    : new Quantity(QUARTER, i + 2, false);
        }
        if (word.equals("a")) {
            return new Quantity(BigDecimal.ONE, i + 1, false);
        }
        BigDecimal value = NUMBER_WORDS.get(word);
        return value == null ? null : new Quantity(value, i + 1, false);
    }

    // ---------------------------------------------------------------- percent

    private Match percentAt(int i, Quantity number) {
        if (number == null) {
            return null;
        }
        int j = number.next;
        if (j < tokens.size && number.digits && tokens.isSymbol(text, j, '%') && tokens.gapBefore(j) <= 1) {
            return Match.percent(tokens.start[i], tokens.end[j], j + 1, number.value, false);
        }
        if (j < tokens.size && tokens.isSymbol(text, j, '-') && tokens.gapBefore(j) == 0 && tokens.gapBefore(j + 1) == 0) {
            j++;
        }
        String word = lowerWord(j);
        if (word == null) {
            return null;
        }
        if (word.equals("percent") || word.equals("pct") || (word.equals("pc") && tokens.gapBefore(j) == 0)) {
            return number.digits || word.equals("percent")
                    ? Match.percent(tokens.start[i], tokens.end[j], j + 1, number.value, false) : null;
        }
        if (word.equals("per") && isWord(j + 1, "cent")) {
            return Match.percent(tokens.start[i], tokens.end[j + 1], j + 2, number.value, false);
        }
        if (word.equals("percentage") && (isWord(j + 1, "point") || isWord(j + 1, "points"))) {
            return Match.percent(tokens.start[i], tokens.end[j + 1], j + 2, number.value, true);
        }
        if (word.equals("basis") && (isWord(j + 1, "point") || isWord(j + 1, "points"))) {
            return Match.percent(tokens.start[i], tokens.end[j + 1], j + 2,
                    number.value.divide(HUNDRED), true);
        }
        if ((word.equals("bp") || word.equals("bps")) && number.digits) {
            return Match.percent(tokens.start[i], tokens.end[j], j + 1, number.value.divide(HUNDRED), true);
        }
        return null;
    }

    // ---------------------------------------------------------------- money

    /** {@code $5 million}, {@code US$40}, {@code £3.2bn}, {@code ¥1 trillion}, {@code HK$50 billion}. */
    private Match moneyAfterSymbol(int i) {
        String code = CurrencyNames.SYMBOLS.get(text.charAt(tokens.start[i]));
        if (code == null || tokens.end[i] - tokens.start[i] != 1 || i + 1 >= tokens.size
                || tokens.kind[i + 1] != NUMBER || tokens.gapBefore(i + 1) > 1) {
            return null;
        }
        int start = tokens.start[i];
        if (code.equals("USD")) {
            int prefixStart = prefixStart(start);
            if (prefixStart < start) {
                String prefixCode = CurrencyNames.DOLLAR_PREFIXES.get(text.substring(prefixStart, start));
                if (prefixCode != null) {
                    code = prefixCode;
                    start = prefixStart;
                }
            }
        }
        Quantity number = numberAt(i + 1);
        if (number == null) {
            return null;
        }
        Magnitude magnitude = magnitudeAt(number.next);
        return Match.money(start, tokens.end[magnitude.next - 1], magnitude.next,
                number.value.multiply(magnitude.factor), code);
    }

    /** Where the letters (and dots) written straight before {@code $} begin: {@code US}, {@code U.S.}. */
    private int prefixStart(int symbolStart) {
        int p = symbolStart;
        while (p > 0 && symbolStart - p < 4 && (Character.isLetter(text.charAt(p - 1)) || text.charAt(p - 1) == '.')) {
            p--;
        }
        return p;
    }

    /** {@code CHF 4 billion}, {@code USD 40}. */
    private Match moneyAfterCode(int i) {
        if (i + 1 >= tokens.size || tokens.kind[i + 1] != NUMBER || tokens.gapBefore(i + 1) > 1) {
            return null;
        }
        Quantity number = numberAt(i + 1);
        if (number == null) {
            return null;
        }
        Magnitude magnitude = magnitudeAt(number.next);
        return Match.money(tokens.start[i], tokens.end[magnitude.next - 1], magnitude.next,
                number.value.multiply(magnitude.factor), tokens.text(text, i));
    }

    /** {@code 5 million euros}, {@code 1.5 billion Swiss francs}, {@code 40 cents}, {@code 85p}, {@code 4 USD}. */
    private Match moneyAfterNumber(int i, Quantity number) {
        if (number == null) {
            return null;
        }
        Magnitude magnitude = magnitudeAt(number.next);
        if (!number.digits && magnitude.factor.equals(BigDecimal.ONE) && number.value.compareTo(BigDecimal.ONE) == 0
                && number.next == i + 1 && text.charAt(tokens.start[i]) == 'a') {
            return null;
        }
        int j = magnitude.next;
        if (j >= tokens.size) {
            return null;
        }
        BigDecimal amount = number.value.multiply(magnitude.factor);
        if (tokens.kind[j] == WORD && Character.isUpperCase(text.charAt(tokens.start[j]))) {
            String code = tokens.text(text, j);
            if (CurrencyNames.CODES.contains(code) && number.digits) {
                return Match.money(tokens.start[i], tokens.end[j], j + 1, amount, code);
            }
        }
        String adjective = null;
        int wordAt = j;
        Adjective found = adjectiveAt(j);
        if (found != null) {
            adjective = found.name;
            wordAt = found.next;
        }
        String word = lowerWord(wordAt);
        if (word == null) {
            return null;
        }
        if (CurrencyNames.SUBUNITS.containsKey(word) && adjective == null && magnitude.next == number.next
                && number.digits && (!word.equals("p") || tokens.gapBefore(wordAt) == 0)) {
            String code = CurrencyNames.SUBUNITS.get(word);
            if (code.isEmpty()) {
                code = lastCurrency != null && !CurrencyNames.WITHOUT_CENTS.contains(lastCurrency) ? lastCurrency
                        : "USD";
            }
            return Match.money(tokens.start[i], tokens.end[wordAt], wordAt + 1, amount.divide(HUNDRED), code);
        }
        String code = CurrencyNames.WORDS.get(word);
        if (code == null) {
            return null;
        }
        if (word.equals("won") && magnitude.next == number.next && amount.compareTo(BigDecimal.valueOf(1000)) < 0) {
            return null;
        }
        if ((word.equals("pound") || word.equals("pounds")) && isWord(wordAt + 1, "of")) {
            return null;
        }
        if (adjective != null) {
            String settled = CurrencyNames.ADJECTIVES.get(adjective).get(CurrencyNames.singular(word));
            if (settled == null) {
                return null;
            }
            code = settled;
        }
        int end = wordAt + 1;
        if ((word.equals("pound") || word.equals("pounds")) && isWord(end, "sterling")) {
            end++;
        }
        return Match.money(tokens.start[i], tokens.end[end - 1], end, amount, code);
    }

    private record Adjective(String name, int next) {
    }

    /** A country adjective before a currency word: {@code Swiss}, {@code Hong Kong}, {@code U.S.}. */
    private Adjective adjectiveAt(int j) {
        if (j >= tokens.size || tokens.kind[j] != WORD || !Character.isUpperCase(text.charAt(tokens.start[j]))) {
            return null;
        }
        if (j + 3 < tokens.size && tokens.text(text, j).equals("U") && tokens.isSymbol(text, j + 1, '.')
                && tokens.text(text, j + 2).equals("S") && tokens.isSymbol(text, j + 3, '.')) {
            return new Adjective("U.S.", j + 4);
        }
        String one = tokens.text(text, j);
        if (j + 1 < tokens.size && tokens.kind[j + 1] == WORD) {
            String two = one + " " + tokens.text(text, j + 1);
            if (CurrencyNames.ADJECTIVES.containsKey(two)) {
                return new Adjective(two, j + 2);
            }
        }
        return CurrencyNames.ADJECTIVES.containsKey(one) ? new Adjective(one, j + 1) : null;
    }

    private record Magnitude(BigDecimal factor, int next) {
    }

    private Magnitude magnitudeAt(int j) {
        if (j < tokens.size && tokens.kind[j] == WORD) {
            String word = tokens.text(text, j).toLowerCase(Locale.ROOT);
            BigDecimal factor = MAGNITUDES.get(word);
            if (factor != null) {
                return new Magnitude(factor, j + 1);
            }
            factor = ATTACHED_MAGNITUDES.get(word);
            if (factor != null && tokens.gapBefore(j) == 0) {
                return new Magnitude(factor, j + 1);
            }
        }
        return new Magnitude(BigDecimal.ONE, j);
    }

    // ---------------------------------------------------------------- dates

    /** {@code 2017-03-03}. */
    private Match isoDateAt(int i) {
        if (i + 4 >= tokens.size || tokens.length(i) != 4 || !tokens.isSymbol(text, i + 1, '-')
                || tokens.kind[i + 2] != NUMBER || tokens.length(i + 2) != 2 || !tokens.isSymbol(text, i + 3, '-')
                || tokens.kind[i + 4] != NUMBER || tokens.length(i + 4) != 2
                || tokens.gapBefore(i + 1) + tokens.gapBefore(i + 2) + tokens.gapBefore(i + 3)
                + tokens.gapBefore(i + 4) != 0) {
            return null;
        }
        LocalDate date = dateOf(intAt(i), intAt(i + 2), intAt(i + 4));
        return date == null ? null : Match.date(tokens.start[i], tokens.end[i + 4], i + 5, date.toString());
    }

    /** {@code 3 March}, {@code 3 March 2017}, {@code 3rd of March}; {@code from} is a weekday before it, or -1. */
    private Match dayMonthAt(int i, int weekday, int start) {
        int day = dayAt(i);
        if (day < 0) {
            return null;
        }
        int j = i + 1;
        if (j < tokens.size && tokens.kind[j] == WORD && tokens.gapBefore(j) == 0 && isOrdinalSuffix(j)) {
            j++;
        }
        if (isWord(j, "of")) {
            j++;
        }
        Integer month = monthAt(j);
        if (month == null) {
            return null;
        }
        int next = monthEnd(j);
        int year = yearAt(next);
        if (year > 0) {
            return checkedDate(start, next + 1, weekday, dateOf(year, month, day));
        }
        return checkedDate(start, next, weekday, yearless(month, day, start));
    }

    /** {@code March 3}, {@code March 3, 2017}, {@code Sept. 27}, {@code June 2016}. */
    private Match monthFirstAt(int i, int start) {
        if (!namesAreFree(tokens.start[i], tokens.end[i])) {
            return null;
        }
        int month = MONTHS.get(tokens.text(text, i));
        int j = monthEnd(i);
        int year = yearAt(j);
        if (year > 0) {
            return Match.date(tokens.start[start], tokens.end[j], j + 1,
                    String.format(Locale.ROOT, "%04d-%02d", year, month));
        }
        int day = dayAt(j);
        if (day < 0) {
            return null;
        }
        int next = j + 1;
        if (next < tokens.size && tokens.kind[next] == WORD && tokens.gapBefore(next) == 0 && isOrdinalSuffix(next)) {
            next++;
        }
        if (next < tokens.size && tokens.kind[next] == NUMBER && tokens.gapBefore(next) == 0) {
            return null;
        }
        int afterComma = tokens.isSymbol(text, next, ',') ? next + 1 : next;
        int yearOf = yearAt(afterComma);
        if (yearOf > 0) {
            return checkedDate(start, afterComma + 1, -1, dateOf(yearOf, month, day));
        }
        return checkedDate(start, next, -1, yearless(month, day, start));
    }

    /** {@code Monday}, or {@code Monday, March 6} and {@code Monday, 29 August} as one date. */
    private Match weekdayAt(int i, String word) {
        if (isWeekdayName(i, word)) {
            return null;
        }
        int j = tokens.isSymbol(text, i + 1, ',') ? i + 2 : i + 1;
        if (j < tokens.size) {
            Match withDate = tokens.kind[j] == NUMBER ? dayMonthAt(j, i, i)
                    : MONTHS.containsKey(tokens.text(text, j)) ? monthFirstAt(j, i) : null;
            if (withDate != null) {
                return withDate;
            }
        }
        LocalDate value = null;
        if (reference != null) {
            DayOfWeek weekday = WEEKDAYS.get(word);
            int back = (reference.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
            Tense tense = tenseBefore(i);
            if (tense == Tense.FUTURE) {
                value = reference.plusDays((weekday.getValue() - reference.getDayOfWeek().getValue() + 7) % 7);
            } else if (tense == Tense.LAST) {
                value = reference.minusDays(back == 0 ? 7 : back);
            } else {
                value = reference.minusDays(back);
            }
        }
        return Match.date(tokens.start[i], tokens.end[i], i + 1, value == null ? null : value.toString());
    }

    private Match relativeDayAt(int i, String word) {
        LocalDate value = reference == null ? null : reference.plusDays(DAYS_FROM_TODAY.get(word));
        return Match.date(tokens.start[i], tokens.end[i], i + 1, value == null ? null : value.toString());
    }

    /**
     * Whether the weekday is part of a name: the ner stage put it in one, {@code the} or a capitalised word other
     * than a preposition stands before it ({@code Peter Sunday}, {@code Black Friday}), or the article uses it as a
     * name elsewhere, so that the surname alone ({@code Sunday said}) is no date either.
     */
    private boolean isWeekdayName(int i, String word) {
        if (!namesAreFree(tokens.start[i], tokens.end[i]) || capitalisedNameBefore(i)) {
            return true;
        }
        return weekdayIsName.computeIfAbsent(word, this::usedAsNameAnywhere);
    }

    private boolean usedAsNameAnywhere(String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            int k = tokens.firstAtOrAfter(at);
            if (k < tokens.size && tokens.start[k] == at && tokens.length(k) == word.length()
                    && capitalisedNameBefore(k) && !NAME_OPENERS.contains(tokens.text(text, k - 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean capitalisedNameBefore(int i) {
        if (i == 0 || tokens.kind[i - 1] != WORD || tokens.gapBefore(i) != 1) {
            return false;
        }
        String before = tokens.text(text, i - 1);
        return NAME_OPENERS.contains(before)
                || (Character.isUpperCase(before.charAt(0)) && !DATE_OPENERS.contains(before)
                && !MONTHS.containsKey(before) && !WEEKDAYS.containsKey(before) && before.length() > 1
                && !before.equals(before.toUpperCase(Locale.ROOT)));
    }

    private enum Tense { DEFAULT, FUTURE, LAST }

    /**
     * Whether the clause before token {@code i} speaks of the future; a reporting verb ({@code said}) between the
     * cue and the date ends the search, as in {@code the company, which will ..., said on Monday}.
     */
    private Tense tenseBefore(int i) {
        if (isWord(i - 1, "last")) {
            return Tense.LAST;
        }
        int sentenceStart = sentenceStartOffset(tokens.start[i]);
        for (int k = i - 1; k >= 0 && tokens.start[k] >= sentenceStart; k--) {
            if (tokens.kind[k] != WORD) {
                continue;
            }
            String word = tokens.text(text, k).toLowerCase(Locale.ROOT);
            if (REPORTING_VERBS.contains(word)) {
                return Tense.DEFAULT;
            }
            if (FUTURE_CUES.contains(word)) {
                return Tense.FUTURE;
            }
        }
        return Tense.DEFAULT;
    }

    /** A day and month without year: the year that puts it nearest the reference day (ahead for the future). */
    private LocalDate yearless(int month, int day, int firstToken) {
        if (reference == null) {
            return null;
        }
        boolean future = tenseBefore(firstToken) == Tense.FUTURE;
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate = dateOf(year, month, day);
            if (candidate == null || (future && candidate.isBefore(reference))) {
                continue;
            }
            if (best == null || Math.abs(ChronoUnit.DAYS.between(reference, candidate))
                    < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
                best = candidate;
            }
        }
        return best;
    }

    /** A dated expression; the weekday before it, when given, must be the date's own weekday. */
    private Match checkedDate(int startToken, int next, int weekdayToken, LocalDate date) {
        if (date == null && reference != null) {
            return null;
        }
        String value = date == null ? null : date.toString();
        if (weekdayToken >= 0 && date != null
                && WEEKDAYS.get(tokens.text(text, weekdayToken)) != date.getDayOfWeek()) {
            value = null;
        }
        return Match.date(tokens.start[startToken], tokens.end[next - 1], next, value);
    }

    /** The token after a month name, past the full stop of an abbreviation ({@code Sept.}). */
    private int monthEnd(int monthToken) {
        int next = monthToken + 1;
        return tokens.length(monthToken) <= 4 && tokens.isSymbol(text, next, '.') && tokens.gapBefore(next) == 0
                ? next + 1 : next;
    }

    private Integer monthAt(int j) {
        if (j >= tokens.size || tokens.kind[j] != WORD || !Character.isUpperCase(text.charAt(tokens.start[j]))) {
            return null;
        }
        return MONTHS.get(tokens.text(text, j));
    }

    private int dayAt(int j) {
        if (j >= tokens.size || tokens.kind[j] != NUMBER || tokens.length(j) > 2) {
            return -1;
        }
        int day = intAt(j);
        return day >= 1 && day <= 31 ? day : -1;
    }

    private int yearAt(int j) {
        if (j >= tokens.size || tokens.kind[j] != NUMBER || tokens.length(j) != 4) {
            return -1;
        }
        int year = intAt(j);
        boolean followedByDigitsOrUnit = j + 1 < tokens.size && tokens.gapBefore(j + 1) == 0
                && tokens.kind[j + 1] != SYMBOL;
        return year >= 1900 && year <= 2199 && !followedByDigitsOrUnit ? year : -1;
    }

    private boolean isOrdinalSuffix(int j) {
        String suffix = tokens.text(text, j);
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    }

    private int intAt(int j) {
        int value = 0;
        for (int p = tokens.start[j]; p < tokens.end[j]; p++) {
            char c = text.charAt(p);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static LocalDate dateOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The date of a wire dateline the body opens with ({@code FRANKFURT, March 8 (Newswire) -}), resolved against
     * the publication day: the day the story was filed, which its weekdays refer to.
     */
    private Optional<LocalDate> datelineDate() {
        int limit = Math.min(text.length(), 600);
        int lineStart = 0;
        while (lineStart < limit) {
            int comma = text.indexOf(',', lineStart);
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (comma > lineStart && comma < lineEnd && comma - lineStart <= 60 && isUpperWord(lineStart)) {
                int from = tokens.firstAtOrAfter(comma);
                for (int k = from; k < tokens.size && tokens.start[k] < Math.min(lineEnd, comma + 60); k++) {
                    Integer month = tokens.kind[k] == WORD ? MONTHS.get(tokens.text(text, k)) : null;
                    if (month != null && tokens.isSymbol(text, k - 1, ',')) {
                        int j = monthEnd(k);
                        int day = dayAt(j);
                        if (day > 0 && followedByAgencyAndDash(tokens.end[j])) {
                            return Optional.ofNullable(yearless(month, day, k));
                        }
                        break;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private boolean isUpperWord(int at) {
        int p = at;
        while (p < text.length() && Character.isLetter(text.charAt(p))) {
            if (!Character.isUpperCase(text.charAt(p))) {
                return false;
            }
            p++;
        }
        return p - at >= 2;
    }

    private boolean followedByAgencyAndDash(int at) {
        int p = at;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (p < text.length() && text.charAt(p) == '(') {
            int close = text.indexOf(')', p);
            if (close < 0 || close - p > 40) {
                return false;
            }
            p = close + 1;
            while (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
        }
        return p < text.length() && (text.charAt(p) == '-' || text.charAt(p) == '\u2013' || text.charAt(p) == '\u2014');
    }

    // ---------------------------------------------------------------- helpers

    private boolean namesAreFree(int start, int end) {
        for (int[] name : nameSpans) {
            if (name[0] < end && start < name[1]) {
                return false;
            }
        }
        return true;
    }

    private boolean startsSentence(int i) {
        int p = tokens.start[i] - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '"' || text.charAt(p) == '\u201c')) {
            p--;
        }
        return p < 0 || text.charAt(p) == '.' || text.charAt(p) == '\n' || text.charAt(p) == '?'
                || text.charAt(p) == '!';
    }

    private boolean isWord(int j, String word) {
        return j >= 0 && j < tokens.size && tokens.kind[j] == WORD && tokens.length(j) == word.length()
                && text.regionMatches(true, tokens.start[j], word, 0, word.length());
    }

    private String lowerWord(int j) {
        return j < tokens.size && tokens.kind[j] == WORD ? tokens.text(text, j).toLowerCase(Locale.ROOT) : null;
    }

    private int sentenceOf(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(found).index();
    }

    private int sentenceStartOffset(int offset) {
        return sentences.isEmpty() ? 0 : sentences.get(sentenceOf(offset)).start();
    }

    private static Match longest(Match... matches) {
        Match best = null;
        for (Match match : matches) {
            if (match != null && (best == null || match.end > best.end)) {
                best = match;
            }
        }
        return best;
    }

    /** What one rule matched: its characters, the token after it and its value. */
    private record Match(String type, int start, int end, int nextToken, String date, BigDecimal amount,
                         String currency, BigDecimal percent, boolean points) {
        static Match date(int start, int end, int next, String date) {
            return new Match(Expression.DATE, start, end, next, date, null, null, null, false);
        }

        static Match money(int start, int end, int next, BigDecimal amount, String currency) {
            return new Match(Expression.MONEY, start, end, next, null, amount, currency, null, false);
        }

        static Match percent(int start, int end, int next, BigDecimal percent, boolean points) {
            return new Match(Expression.PERCENT, start, end, next, null, null, null, percent, points);
        }

        Expression expression(String text, int sentence) {
            String surface = text.substring(start, end);
            return switch (type) {
                case Expression.DATE -> Expression.date(start, end, surface, sentence, date);
                case Expression.MONEY -> Expression.money(start, end, surface, sentence, plain(amount),
                        currency == null || currency.isEmpty() ? null : currency);
                default -> Expression.percent(start, end, surface, sentence, plain(percent), points);
            };
        }

        /** Without trailing zeros and without an exponent, so the JSON reads {@code 3200000000}, not {@code 3.2E+9}. */
        private static BigDecimal plain(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    /**
     * The text split into words (letters), numbers (digits with the commas and points inside them) and single
     * symbols, as parallel arrays: no object per token.
     */
    private static final class Tokens {
        int size;
        int[] start;
        int[] end;
        int[] kind;

        static Tokens of(String source) {
            char[] text = source.toCharArray();
            Tokens tokens = new Tokens();
            int capacity = Math.max(16, text.length / 4);
            tokens.start = new int[capacity];
            tokens.end = new int[capacity];
            tokens.kind = new int[capacity];
            int p = 0;
            int length = text.length;
            while (p < length) {
                char c = text[p];
                if (c <= ' ' || (c >= 128 && Character.isWhitespace(c))) {
                    p++;
                    continue;
                }
                int from = p;
                int kind;
                if (isDigit(c)) {
                    kind = NUMBER;
                    p++;
                    while (p < length) {
                        char d = text[p];
                        if (isDigit(d) || ((d == ',' || d == '.') && p + 1 < length && isDigit(text[p + 1]))) {
                            p++;
                        } else {
                            break;
                        }
                    }
                } else if (isLetter(c)) {
                    kind = WORD;
                    p++;
                    while (p < length && isLetter(text[p])) {
                        p++;
                    }
                } else {
                    kind = SYMBOL;
                    p++;
                }
                tokens.add(from, p, kind);
            }
            return tokens;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLetter(char c) {
            int lower = c | 0x20;
            return (lower >= 'a' && lower <= 'z') || (c >= 128 && Character.isLetter(c));
        }

        private void add(int from, int to, int tokenKind) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
                kind = Arrays.copyOf(kind, size * 2);
            }
            start[size] = from;
            end[size] = to;
            kind[size] = tokenKind;
            size++;
        }

        String text(String source, int i) {
            return source.substring(start[i], end[i]);
        }

        int length(int i) {
            return end[i] - start[i];
        }

        /** Characters between this token and the one before it (1 for a single space). */
        int gapBefore(int i) {
            return i <= 0 || i >= size ? Integer.MAX_VALUE : start[i] - end[i - 1];
        }

        boolean isSymbol(String source, int i, char symbol) {
            return i >= 0 && i < size && kind[i] == SYMBOL && source.charAt(start[i]) == symbol;
        }

        /** The first token starting at or after {@code offset}; token starts strictly increase. */
        int firstAtOrAfter(int offset) {
            int found = Arrays.binarySearch(start, 0, size, offset);
            return found >= 0 ? found : -found - 1;
        }
    }
}
