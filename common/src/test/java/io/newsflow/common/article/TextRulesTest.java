package io.newsflow.common.article;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTest {
    private static final String NEWS = "The harbour ferry returned to service on Monday after a month of repairs "
            + "to its engines, the operator said.";

    @Test
    void acceptsNewsTextInAnyScriptWithTabsAndLineBreaks() {
        assertThat(TextRules.check("body", NEWS + "\r\n\tSecond paragraph.")).isEmpty();
        assertThat(TextRules.check("body", "Паром снова ходит по расписанию после месячного ремонта двигателей, "
                + "сообщил оператор в понедельник.")).isEmpty();
        assertThat(TextRules.check("body", "渡轮在发动机维修一个月后于周一恢复运营，运营商表示时刻表已恢复正常。乘客此前改乘沿海公路的巴士。"
                + "港口管理局说，修理费用低于预期，工程比计划提前完成。")).isEmpty();
        assertThat(TextRules.check("body", "फ़ेरी सोमवार को इंजन की मरम्मत के एक महीने बाद फिर से सेवा में लौट आई, "
                + "संचालक ने कहा।")).isEmpty();
        assertThat(TextRules.check("headline", "Emoji 👩‍🚀 and a pair \uD83D\uDE00")).isEmpty();
    }

    @Test
    void keepsZeroWidthAndBidirectionalControls() {
        assertThat(TextRules.check("body", "می\u200cخواهم \u200f\u202bنص\u202c \u2066x\u2069 a\u200bb \u200d"))
                .isEmpty();
    }

    @Test
    void namesALoneSurrogateAndWhereItIs() {
        assertThat(TextRules.check("headline", "Ferry \uDC00 returns")).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo("unpaired-surrogate");
            assertThat(v.offset()).isEqualTo(6);
            assertThat(v.message()).contains("U+DC00");
        });
        assertThat(TextRules.check("headline", "Ferry returns \uD800")).hasValueSatisfying(
                v -> assertThat(v.offset()).isEqualTo(14));
    }

    @Test
    void namesC0ControlsAndDelButNotTabOrLineBreaks() {
        assertThat(TextRules.check("body", "NUL\u0000")).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo("control-character");
            assertThat(v.offset()).isEqualTo(3);
            assertThat(v.message()).contains("U+0000");
        });
        assertThat(TextRules.check("body", "a\u001bb")).hasValueSatisfying(v -> assertThat(v.offset()).isEqualTo(1));
        assertThat(TextRules.check("body", "a\u007fb")).isPresent();
        assertThat(TextRules.check("body", "a\tb\nc\rd")).isEmpty();
    }

    @Test
    void refusesBinaryDataDecodedAsLatin1ByItsShareOfNonText() {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);

        assertThat(TextRules.check("", new String(garbage, StandardCharsets.ISO_8859_1)))
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("not-text"));
    }

    @Test
    void refusesPrintableGarbageByItsShareOfLetters() {
        String symbols = "0123456789 +-*/=%$§¶°±²³¼½¾©®«»¿¡";
        StringBuilder garbage = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            garbage.append(symbols.charAt(random.nextInt(symbols.length())));
        }

        assertThat(TextRules.check("", garbage.toString())).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo("not-text");
            assertThat(v.message()).contains("letters");
        });
    }

    @Test
    void judgesSharesOnlyOnTextLongEnoughToJudge() {
        assertThat(TextRules.check("version", "1.2.3")).isEmpty();
        assertThat(TextRules.check("body", "Dow 34,567.89 +123.45 (+0.36%); Nasdaq 13,456.78 -12.34 (-0.09%) "
                + "after the Fed held rates steady on Wednesday.")).isEmpty();
    }

    @Test
    void namesTheHeadlineOrTheBodyOfAPlainTextByWhereTheFaultFalls() {
        String text = "\n \nFerry returns\r\n\r\nThe ferry is back. " + NEWS;

        assertThat(TextRules.checkPlainText(text.replace("returns", "ret\u0007urns"))).hasValueSatisfying(v -> {
            assertThat(v.field()).isEqualTo("headline");
            assertThat(v.offset()).isEqualTo(12);
            assertThat(v.message()).startsWith("headline holds the control character U+0007 at offset 12 of the "
                    + "text (its first line is the headline)");
        });
        assertThat(TextRules.checkPlainText(text.replace("is back", "is\u007f back"))).hasValueSatisfying(v -> {
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.offset()).isEqualTo(text.indexOf("is back") + 2);
            assertThat(v.message()).startsWith("body holds the control character U+007F at offset ");
        });
        assertThat(TextRules.checkPlainText(text)).isEmpty();
    }

    @Test
    void namesTheBodyForAPlainTextThatIsNotTextAsAWhole() {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        String symbols = "0123456789 +-*/=%$§¶°±²³¼½¾©®«»¿¡";
        StringBuilder printable = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            printable.append(symbols.charAt(random.nextInt(symbols.length())));
        }

        assertThat(TextRules.checkPlainText(new String(garbage, StandardCharsets.ISO_8859_1))).hasValueSatisfying(
                v -> assertThat(v.field()).isIn("headline", "body"));
        assertThat(TextRules.checkPlainText(printable.toString())).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo("not-text");
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.message()).startsWith("body is not text: only ");
        });
    }

    @Test
    void namesTheHeadlineOrTheBodyWhereAPlainTextStopsDecoding() {
        byte[] inHeadline = {'\n', 'F', 'e', (byte) 0xC0, (byte) 0xAF, '\n', '\n', 'b'};
        byte[] inBody = {'F', 'e', '\r', '\n', 'b', (byte) 0xC0, (byte) 0xAF};

        assertThatThrownBy(() -> TextRules.decodePlainText(inHeadline, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                        .extracting(ArticleViolation::field, ArticleViolation::rule, ArticleViolation::offset)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("headline", "charset", 3)));
        assertThatThrownBy(() -> TextRules.decodePlainText(inBody, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                        .extracting(ArticleViolation::field, ArticleViolation::rule, ArticleViolation::offset)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("body", "charset", 5)));
    }

    @Test
    void decodesStrictlyAndSaysWhereTheBytesBreak() {
        byte[] overlongSlash = {'a', 'b', (byte) 0xC0, (byte) 0xAF, 'c'};

        assertThatThrownBy(() -> TextRules.decodeStrictly(overlongSlash, StandardCharsets.UTF_8, "", "utf-8"))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> {
                    ArticleViolation v = e.violations().get(0);
                    assertThat(v.rule()).isEqualTo("utf-8");
                    assertThat(v.offset()).isEqualTo(2);
                    assertThat(v.message()).contains("C0");
                });
        assertThat(TextRules.decodeStrictly("Fähre".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "",
                "utf-8")).isEqualTo("Fähre");
    }
}
