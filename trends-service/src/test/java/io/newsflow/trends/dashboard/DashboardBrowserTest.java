package io.newsflow.trends.dashboard;

import io.newsflow.trends.EnrichedEventJson;
import io.newsflow.trends.TrendsServiceApplication;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in Debian's headless Chromium, against the running service and a real broker: enriched events are
 * produced to the enriched topic (as enrich-service would) and the page is watched. Screenshots land in
 * target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + TrendsServiceApplication.CONFIG_NAMES,
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/trends-browser-test-${random.uuid}"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    EmbeddedKafkaBroker broker;
    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Windows are tumbling and aligned to the clock, so articles published a minute before "now" fall in the previous
     * window when the test runs just after a boundary. The service's "now" is pinned 37.5 minutes into the current
     * hour: the articles below (published up to two minutes before it) share one 15-minute, hour and day window.
     */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofSeconds(37 * 60 + 30));

    @TestConfiguration
    static class PinnedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Test
    void articlesAppearCountsRiseRetractionsDisappearAndAStoryGainsAFollowUp() throws Exception {
        Instant now = NOW;
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "live"));
        // reported, not asserted: speed is measured, never a test condition
        Object firstPaint = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;");
        System.out.println("DASHBOARD first contentful paint: " + firstPaint + " ms after navigation start");

        produce(strike("wire:strike-1", "original.txt", now.minusSeconds(120)), "ce-1");
        wait.until(ExpectedConditions.presenceOfElementLocated(article("wire:strike-1")));
        waitForCount("people", "PERSON:marieke de groot", "1");

        produce(strike("ledger:strike", "republished.txt", now.minusSeconds(60))
                .quote("Marieke de Groot", "We stay out as long as it takes."), "ce-2");
        wait.until(ExpectedConditions.presenceOfElementLocated(article("ledger:strike")));
        waitForCount("people", "PERSON:marieke de groot", "2");
        waitForCount("places", "LOCATION:netherlands", "2");
        // the city is a point from its geo, the country is coloured by its ISO code (528), Belgium by its name (056)
        WebElement rotterdam = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#map circle.place.city[data-key='LOCATION:rotterdam']")));
        assertThat(rotterdam.getDomAttribute("cx")).isEqualTo("369.0");   // (4.47917 + 180) * 2
        assertThat(rotterdam.getDomAttribute("cy")).isEqualTo("76.2");    // (90 - 51.9225) * 2
        assertThat(rotterdam.findElement(By.tagName("title")).getDomProperty("textContent"))
                .isEqualTo("Rotterdam (city): 2 articles");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.hit[data-id='528']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.hit[data-id='056']")));
        assertThat(browser.findElements(By.cssSelector("#map path.hit"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#map circle.place")))
                .as("a country with a shape is coloured, not also a point").hasSize(1);
        screenshot("dashboard-1280x800.png");
        screenshot(browser.findElement(By.id("map")), "map-1280x800.png");
        zoomTheMapByKeyboard();

        produce(EnrichedEventJson.article("ledger:strike", "2", now.minusSeconds(60)).retracted(), "ce-3");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(article("ledger:strike")));
        waitForCount("people", "PERSON:marieke de groot", "1");

        produce(strike("wire:strike-2", "follow-up.txt", now)
                .quote("Marieke de Groot", "No new talks have been scheduled."), "ce-4");
        WebElement story = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@id='stories']/li[contains(., '2 articles')]")));
        story.findElement(By.tagName("a")).sendKeys(Keys.ENTER);   // keyboard, not the mouse
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "follow-up"));
        assertThat(browser.findElement(By.id("home")).isDisplayed()).as("the story page replaces the lists").isFalse();
        assertThat(browser.findElement(By.id("detail")).getText()).contains("first").contains("follow-up")
                .contains("Rotterdam port strike spreads").doesNotContain("near-duplicate");
        screenshot("story-1280x800.png");

        browser.get("http://localhost:" + port + "/#/entity/" + "ORGANIZATION%3Afnv");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "FNV"));
        assertThat(browser.findElement(By.id("detail")).getText()).as("FNV is quoted in no article")
                .contains("no quotes yet");

        browser.get("http://localhost:" + port + "/#/entity/" + "PERSON%3Amarieke%20de%20groot");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "Marieke de Groot"));
        WebElement quote = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#detail .quotes li[data-article='wire:strike-2']")));
        assertThat(quote.getText()).contains("\u201cNo new talks have been scheduled.\u201d")
                .contains("Rotterdam port strike spreads").contains("(wire:strike-2)");
        assertThat(browser.findElements(By.cssSelector("#detail .quotes li")))
                .as("the retracted article's quote is gone").hasSize(1);
        assertThat(browser.findElement(By.id("detail")).getText()).doesNotContain("stay out")
                .doesNotContain("no quotes yet");
        assertThat(browser.findElements(By.cssSelector("#detail .sources li")))
                .extracting(row -> row.getDomAttribute("data-source") + " " + row.findElement(By.className("count")).getText())
                .as("the retracted ledger copy no longer counts").containsExactly("wire 2 (100%)");
        String timelineCsv = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('timeline-csv').href).then(r => r.text()).then(done);");
        assertThat(timelineCsv.lines().toList()).as("one 15-minute window").hasSize(2).element(1).asString()
                .startsWith("PERSON:marieke de groot,Marieke de Groot,PERSON,15m,").contains(",2,2,-0.2,wire (2),");
        List<WebElement> tones = browser.findElements(By.cssSelector("#detail .timeline circle.tone"));
        assertThat(tones).as("the window's mean sentiment drawn over its bar").hasSize(1);
        assertThat(tones.get(0).getDomAttribute("data-sentiment")).isEqualTo("-0.2");
        assertThat(tones.get(0).getDomAttribute("cy")).isEqualTo("94.0");   // 80 + 0.2 * 70: below the zero line
        screenshot("entity-1280x800.png");

        findAndFilterBySourceAndExportCsv();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#people li[data-key]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(article("wire:strike-2")));
        assertThat(browser.findElements(article("ledger:strike"))).as("the retracted article stays gone").isEmpty();
        long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
        screenshot("dashboard-phone.png");
    }

    /**
     * The header's filters, by keyboard: a name typed in Find narrows the trend lists (through the API's {@code q})
     * and the live list; a source narrows both to that source's articles; each list's CSV link downloads the list
     * as filtered. At this point wire has two articles (the original and the follow-up), ledger's one is retracted.
     */
    private void findAndFilterBySourceAndExportCsv() throws Exception {
        browser.get("http://localhost:" + port + "/");
        waitForCount("people", "PERSON:marieke de groot", "2");
        WebElement find = browser.findElement(By.id("find"));
        find.sendKeys("MARIÉKE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orgs"), "nothing matches the filters"));
        assertThat(browser.findElements(By.cssSelector("#people li[data-key]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#people-csv")).getDomProperty("href"))
                .endsWith("/api/v1/trends/entities.csv?type=PERSON&window=1h&limit=200&q=MARI%C3%89KE");
        assertThat(browser.findElements(By.cssSelector("#articles li[data-id]:not([hidden])")))
                .as("both live articles name her").hasSize(2);
        find.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "no such name");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "nothing matches the filters"));
        assertThat(browser.findElements(By.cssSelector("#articles li[data-id]:not([hidden])"))).isEmpty();
        find.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        waitForCount("people", "PERSON:marieke de groot", "2");

        WebElement source = browser.findElement(By.id("source"));
        assertThat(source.findElements(By.tagName("option"))).extracting(WebElement::getText)
                .as("every source the live list has seen").contains("all sources", "wire", "ledger");
        source.sendKeys("wire");   // a select takes a typed option by keyboard
        wait.until(ExpectedConditions.attributeToBe(By.id("people-csv"), "href",
                "http://localhost:" + port + "/api/v1/trends/entities.csv?type=PERSON&window=1h&limit=200&source=wire"));
        waitForCount("people", "PERSON:marieke de groot", "2");
        screenshot("filtered-1280x800.png");
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('people-csv').href).then(r => r.text()).then(done);");
        assertThat(csv.lines().toList()).hasSize(2).element(1).asString()
                .startsWith("1,PERSON:marieke de groot,Marieke de Groot,PERSON,1h,").contains(",2,2,2,-0.2,wire (2),");
        assertThat((String) js("return location.search;")).as("the filters are in the page's address")
                .isEqualTo("?source=wire");
        browser.findElement(By.id("find")).sendKeys("groot");
        wait.until(driver -> "?source=wire&q=groot".equals(js("return location.search;")));

        // the address restores the filters: a bookmark of a filtered view
        browser.get("http://localhost:" + port + "/?source=wire&q=groot&window=1d");
        wait.until(ExpectedConditions.attributeToBe(By.id("people-csv"), "href", "http://localhost:" + port
                + "/api/v1/trends/entities.csv?type=PERSON&window=1d&limit=200&source=wire&q=groot"));
        assertThat(browser.findElement(By.id("find")).getDomProperty("value")).isEqualTo("groot");
        assertThat(new Select(browser.findElement(By.id("source"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("wire");
        waitForCount("people", "PERSON:marieke de groot", "2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orgs"), "nothing matches the filters"));

        // a past moment: the day (the address asked for 1d windows) two days before "now" held none of these articles
        js("const at = document.getElementById('at'); at.value = arguments[0];"
                + "at.dispatchEvent(new Event('change'));", localMinute(NOW.minus(Duration.ofDays(2))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "nothing matches the filters"));
        assertThat((String) js("return location.search;")).contains("&at=" + NOW.minus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.MINUTES).toString().replace("Z", ".000Z").replace(":", "%3A"));
        js("const at = document.getElementById('at'); at.value = ''; at.dispatchEvent(new Event('change'));");
        waitForCount("people", "PERSON:marieke de groot", "2");

        source = browser.findElement(By.id("source"));
        new Select(source).selectByValue("ledger");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "nothing matches the filters"));
        assertThat(browser.findElements(By.cssSelector("#articles li[data-id]:not([hidden])")))
                .as("ledger's only article was retracted").isEmpty();
    }

    /** The map zooms with its buttons and moves with the arrow keys, staying inside the world. */
    private void zoomTheMapByKeyboard() throws IOException {
        assertThat(mapViewBox()).isEqualTo("0.0 0.0 720.0 360.0");
        browser.findElement(By.id("zoom-in")).sendKeys(Keys.ENTER);
        assertThat(mapViewBox()).isEqualTo("180.0 90.0 360.0 180.0");
        browser.findElement(By.id("map")).sendKeys(Keys.ARROW_LEFT, Keys.ARROW_UP);
        assertThat(mapViewBox()).isEqualTo("150.0 60.0 360.0 180.0");
        browser.findElement(By.id("map")).sendKeys("+");
        assertThat(mapViewBox()).isEqualTo("240.0 105.0 180.0 90.0");
        screenshot(browser.findElement(By.id("map")), "map-zoomed-1280x800.png");
        browser.findElement(By.id("zoom-out")).sendKeys(Keys.ENTER);
        browser.findElement(By.id("zoom-out")).sendKeys(Keys.ENTER);
        assertThat(mapViewBox()).as("never beyond the whole world").isEqualTo("0.0 0.0 720.0 360.0");
    }

    /** Read afresh each time: the page redraws the map whenever the counts refresh. */
    private String mapViewBox() {
        return (String) js("return document.querySelector('#map svg').getAttribute('viewBox');");
    }

    private Object js(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The value a datetime-local input takes for an instant, in the browser's own time zone. */
    private String localMinute(Instant instant) {
        return (String) js("const t = new Date(arguments[0]); const p = (n) => String(n).padStart(2, '0');"
                + "return t.getFullYear() + '-' + p(t.getMonth() + 1) + '-' + p(t.getDate()) + 'T' + p(t.getHours())"
                + " + ':' + p(t.getMinutes());", instant.toString());
    }

    private void waitForCount(String list, String key, String count) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#" + list + " li[data-key='" + key + "'] .count"), count));
        assertThat(browser.findElement(By.cssSelector("#" + list + " li[data-key='" + key + "'] .count")).getText())
                .isEqualTo(count);
    }

    private static By article(String id) {
        return By.cssSelector("#articles li[data-id='" + id + "']");
    }

    private void screenshot(String name) throws IOException {
        screenshot((org.openqa.selenium.TakesScreenshot) browser, name);
    }

    private static void screenshot(org.openqa.selenium.TakesScreenshot target, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = target.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private EnrichedEventJson strike(String id, String file, Instant published) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/stories/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        int blank = text.indexOf("\n\n");
        return EnrichedEventJson.article(id, "1", published).text(text.substring(0, blank), text.substring(blank + 2))
                .place("Rotterdam", 3, "city", "NL", 51.9225, 4.47917).entity("ORGANIZATION", "FNV", 2, -0.3)
                .entity("PERSON", "Marieke de Groot", 1, -0.2).place("Netherlands", 1, "country", "NL", 52.37403, 4.88969)
                // as an event from before enrich's places stage: no geo, so the map matches it by name
                .entity("LOCATION", "Belgium", 1, 0.0)
                .topic("medtop:09000000", "labour").tone(-0.4);
    }

    private void produce(EnrichedEventJson event, String ceId) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("newsflow.articles.enriched.v1", event.id(),
                    event.bytes());
            record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
