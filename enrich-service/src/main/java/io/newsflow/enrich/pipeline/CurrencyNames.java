package io.newsflow.enrich.pipeline;

import java.util.Map;
import java.util.Set;

/**
 * How news copy names currencies, and the ISO 4217 code each name stands for. A name several countries use
 * ({@code francs}, {@code pesos}, {@code crowns}) stands for no code unless a country adjective says whose it is;
 * {@code $} and {@code dollars} alone are US dollars, as wire copy writes other dollars with a prefix
 * ({@code A$}, {@code HK$}) or an adjective ({@code Canadian dollars}).
 */
final class CurrencyNames {
    /** A code the name cannot settle; {@link ExpressionRecognizer} writes no currency for it. */
    static final String UNKNOWN = "";

    static final Map<Character, String> SYMBOLS = Map.of('$', "USD", '£', "GBP", '€', "EUR", '¥', "JPY",
            '₹', "INR", '₩', "KRW", '₽', "RUB", '₺', "TRY", '₪', "ILS");

    /** Letters written straight before {@code $}: {@code US$40}, {@code A$21.50}, {@code HK$50 billion}. */
    static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(Map.entry("US", "USD"),
            Map.entry("U.S.", "USD"), Map.entry("A", "AUD"), Map.entry("AU", "AUD"), Map.entry("C", "CAD"),
            Map.entry("CA", "CAD"), Map.entry("NZ", "NZD"), Map.entry("HK", "HKD"), Map.entry("S", "SGD"),
            Map.entry("NT", "TWD"), Map.entry("R", "BRL"), Map.entry("MX", "MXN"), Map.entry("Mex", "MXN"));

    /** Codes written as words before or after the number: {@code CHF 4 billion}, {@code 40 million USD}. */
    static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "HKD", "AUD", "CAD", "NZD",
            "SGD", "INR", "RUB", "BRL", "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "MXN", "KRW", "AED", "SAR", "ILS",
            "CZK", "HUF", "TWD", "THB", "MYR", "IDR", "PHP", "NGN", "EGP", "ARS", "CLP", "COP", "UAH", "QAR", "KWD");

    /** Currency words after the number, singular and plural, by their code or {@link #UNKNOWN}. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("rupee", "INR"), Map.entry("rupees", "INR"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("ruble", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("rand", "ZAR"), Map.entry("reais", "BRL"),
            Map.entry("won", "KRW"), Map.entry("lira", "TRY"), Map.entry("naira", "NGN"),
            Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"), Map.entry("ringgit", "MYR"),
            Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"), Map.entry("dirham", "AED"),
            Map.entry("dirhams", "AED"), Map.entry("riyal", "SAR"), Map.entry("riyals", "SAR"),
            Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"), Map.entry("forint", "HUF"),
            Map.entry("forints", "HUF"), Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"),
            Map.entry("koruna", "CZK"), Map.entry("korunas", "CZK"), Map.entry("bolivars", "VES"),
            Map.entry("franc", UNKNOWN), Map.entry("francs", UNKNOWN), Map.entry("peso", UNKNOWN),
            Map.entry("pesos", UNKNOWN), Map.entry("crown", UNKNOWN), Map.entry("crowns", UNKNOWN),
            Map.entry("krona", "SEK"), Map.entry("kronor", "SEK"), Map.entry("krone", UNKNOWN),
            Map.entry("kroner", UNKNOWN), Map.entry("dinar", UNKNOWN), Map.entry("dinars", UNKNOWN));

    /** Hundredths of a currency: the amount is divided by 100. */
    static final Map<String, String> SUBUNITS = Map.of("cent", UNKNOWN, "cents", UNKNOWN, "pence", "GBP",
            "p", "GBP");

    /** The country adjective that settles whose dollars, francs, pesos, crowns or rupees the text means. */
    static final Map<String, Map<String, String>> ADJECTIVES = Map.ofEntries(
            Map.entry("U.S.", Map.of("dollar", "USD")), Map.entry("US", Map.of("dollar", "USD")),
            Map.entry("American", Map.of("dollar", "USD")), Map.entry("Australian", Map.of("dollar", "AUD")),
            Map.entry("Canadian", Map.of("dollar", "CAD")), Map.entry("Hong Kong", Map.of("dollar", "HKD")),
            Map.entry("New Zealand", Map.of("dollar", "NZD")), Map.entry("Singapore", Map.of("dollar", "SGD")),
            Map.entry("Taiwan", Map.of("dollar", "TWD")), Map.entry("Swiss", Map.of("franc", "CHF")),
            Map.entry("Mexican", Map.of("peso", "MXN")), Map.entry("Argentine", Map.of("peso", "ARS")),
            Map.entry("Philippine", Map.of("peso", "PHP")), Map.entry("Chilean", Map.of("peso", "CLP")),
            Map.entry("Colombian", Map.of("peso", "COP")), Map.entry("Danish", Map.of("krone", "DKK", "crown", "DKK")),
            Map.entry("Norwegian", Map.of("krone", "NOK", "crown", "NOK")),
            Map.entry("Swedish", Map.of("krona", "SEK", "crown", "SEK")),
            Map.entry("Czech", Map.of("crown", "CZK", "koruna", "CZK")),
            Map.entry("Indian", Map.of("rupee", "INR")), Map.entry("Pakistani", Map.of("rupee", "PKR")),
            Map.entry("Egyptian", Map.of("pound", "EGP")), Map.entry("Lebanese", Map.of("pound", "LBP")),
            Map.entry("Jordanian", Map.of("dinar", "JOD")), Map.entry("Kuwaiti", Map.of("dinar", "KWD")),
            Map.entry("Iraqi", Map.of("dinar", "IQD")), Map.entry("Turkish", Map.of("lira", "TRY")),
            Map.entry("Brazilian", Map.of("real", "BRL")), Map.entry("South African", Map.of("rand", "ZAR")));

    /** Currencies without hundredths, whose {@code cents} a later expression cannot borrow. */
    static final Set<String> WITHOUT_CENTS = Set.of("JPY", "KRW", "GBP");

    private CurrencyNames() {
    }

    /** The singular a plural currency word is listed under in {@link #ADJECTIVES}. */
    static String singular(String word) {
        if (word.endsWith("s") && !word.equals("reais")) {
            return word.substring(0, word.length() - 1);
        }
        return word.equals("reais") ? "real" : word;
    }
}
