package io.newsflow.ingest.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.IngestServiceApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.newsflow.ingest.auth.SecretDirectoryKeysTest.sha256Hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service outside the local profile, over real HTTP against a real Kafka broker, with keys from
 * configuration (hashes only) and from a Secret-like directory. Each test uses keys of its own, so that the
 * rate-limit tests do not depend on the order tests run in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IngestServiceApplication.CONFIG_NAMES,
        "spring.kafka.bootstrap-servers=${" + PushApiAuthenticationTest.BROKERS + "}",
        // Refusals are logged at debug; on here so that the test below can show the key is never among them.
        "logging.level.io.newsflow.ingest.auth=DEBUG",
        "newsflow.ingest.auth.rate-limit.per-key.metered.burst=" + PushApiAuthenticationTest.METERED_BURST,
        // One token per 100 s: nothing refills while a test runs, so the outcome does not depend on timing.
        "newsflow.ingest.auth.rate-limit.per-key.metered.requests-per-second=0.01",
        "newsflow.ingest.auth.rate-limit.per-key.first-client.burst=1",
        "newsflow.ingest.auth.rate-limit.per-key.first-client.requests-per-second=0.01",
        "newsflow.ingest.auth.rate-limit.per-key.second-client.burst=1",
        "newsflow.ingest.auth.rate-limit.per-key.second-client.requests-per-second=0.01",
        "newsflow.ingest.auth.rate-limit.per-key.logged.burst=1",
        "newsflow.ingest.auth.rate-limit.per-key.logged.requests-per-second=0.01"})
@EmbeddedKafka(bootstrapServersProperty = PushApiAuthenticationTest.BROKERS)
class PushApiAuthenticationTest {
    /**
     * The embedded broker publishes its address as a JVM-wide system property. Under spring.kafka.bootstrap-servers
     * (the default) it would point other cached test contexts, which read that property, at this broker.
     */
    static final String BROKERS = "newsflow.test.auth.brokers";
    static final int METERED_BURST = 2;
    private static final String WIRE_KEY = "wire-7f3a9c1e5b2d4f60a8e1c3b5d7f9a2c4";
    private static final String METERED_KEY = "metered-1b2c3d4e5f60718293a4b5c6d7e8f901";
    private static final String FIRST_CLIENT_KEY = "first-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String SECOND_CLIENT_KEY = "second-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private static final String LOGGED_KEY = "logged-6e5d4c3b2a1908f7e6d5c4b3a2918070";
    private static final String SECRET_DIR_KEY = "secret-dir-5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d";

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Environment environment;

    private AuthClient client;

    /** All of the list here: Spring binds a list from one property source, never merges two. */
    @DynamicPropertySource
    static void hashedKeys(DynamicPropertyRegistry registry) {
        registry.add("newsflow.ingest.auth.keys[0].id", () -> "wire");
        registry.add("newsflow.ingest.auth.keys[1].id", () -> "metered");
        registry.add("newsflow.ingest.auth.keys[2].id", () -> "first-client");
        registry.add("newsflow.ingest.auth.keys[3].id", () -> "second-client");
        registry.add("newsflow.ingest.auth.keys[4].id", () -> "logged");
        registry.add("newsflow.ingest.auth.keys[0].sha256", () -> sha256Hex(WIRE_KEY));
        registry.add("newsflow.ingest.auth.keys[1].sha256", () -> sha256Hex(METERED_KEY));
        registry.add("newsflow.ingest.auth.keys[2].sha256", () -> sha256Hex(FIRST_CLIENT_KEY));
        registry.add("newsflow.ingest.auth.keys[3].sha256", () -> sha256Hex(SECOND_CLIENT_KEY));
        registry.add("newsflow.ingest.auth.keys[4].sha256", () -> sha256Hex(LOGGED_KEY));
        registry.add("newsflow.ingest.auth.keys-dir", PushApiAuthenticationTest::secretDirectory);
    }

    private static String secretDirectory() {
        try {
            Path dir = Files.createTempDirectory("newsflow-api-keys");
            dir.toFile().deleteOnExit();
            Path keyFile = Files.writeString(dir.resolve("from-secret"), sha256Hex(SECRET_DIR_KEY) + "  -\n");
            keyFile.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void connect() {
        client = new AuthClient(port);
    }

    @Test
    void rejectsRequestWithoutApiKeyOutsideLocalProfile() {
        double before = rejected("missing-key", AuthMetrics.NO_KEY);

        HttpResponse<String> response = client.postArticle(Map.of());

        assertThat(environment.getActiveProfiles()).doesNotContain("local");
        assertProblem(response, 401, AuthProblems.MISSING_KEY);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(rejected("missing-key", AuthMetrics.NO_KEY)).isEqualTo(before + 1);
    }

    @Test
    void treatsAnotherAuthorizationSchemeAsNoKey() {
        HttpResponse<String> response = client.postArticle(Map.of("Authorization", "Basic d2lyZTpzZWNyZXQ="));

        assertProblem(response, 401, AuthProblems.MISSING_KEY);
    }

    @Test
    void acceptsValidKeyInBearerAndXApiKeyHeaders() {
        HttpResponse<String> bearer = client.postArticleWithBearer(WIRE_KEY);
        HttpResponse<String> apiKeyHeader = client.postArticle(Map.of("X-Api-Key", WIRE_KEY));
        HttpResponse<String> lowerCaseScheme = client.postArticle(Map.of("Authorization", "bearer " + WIRE_KEY));

        assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(202);
        assertThat(apiKeyHeader.statusCode()).as(apiKeyHeader.body()).isEqualTo(202);
        assertThat(lowerCaseScheme.statusCode()).as(lowerCaseScheme.body()).isEqualTo(202);
        assertThat(AuthClient.json(bearer).get("offset").isNumber()).as("the article reached Kafka").isTrue();
    }

    @Test
    void rejectsUnknownKey() {
        double before = rejected("unknown-key", AuthMetrics.NO_KEY);

        HttpResponse<String> wrong = client.postArticleWithBearer(WIRE_KEY + "0");
        HttpResponse<String> hashInsteadOfKey = client.postArticle(Map.of("X-Api-Key", sha256Hex(WIRE_KEY)));

        assertProblem(wrong, 401, AuthProblems.UNKNOWN_KEY);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
        assertThat(wrong.body()).doesNotContain(WIRE_KEY);
        assertProblem(hashInsteadOfKey, 401, AuthProblems.UNKNOWN_KEY);
        assertThat(rejected("unknown-key", AuthMetrics.NO_KEY)).isEqualTo(before + 2);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void logsRefusalsByKeyIdButNeverTheKey(CapturedOutput output) {
        String wrongKey = "wrong-4c5d6e7f8091a2b3c4d5e6f708192a3b";

        client.postArticleWithBearer(wrongKey);
        client.postArticleWithBearer(LOGGED_KEY);
        client.postArticleWithBearer(LOGGED_KEY);

        assertThat(output.getOut()).contains("unknown API key").contains("API key 'logged': over its rate")
                .doesNotContain(wrongKey).doesNotContain(LOGGED_KEY);
    }

    @Test
    void answers429WithRetryAfterWhenKeyExceedsItsRate() {
        for (int i = 0; i < METERED_BURST; i++) {
            HttpResponse<String> withinBurst = client.postArticleWithBearer(METERED_KEY);
            assertThat(withinBurst.statusCode()).as(withinBurst.body()).isEqualTo(202);
        }

        HttpResponse<String> overRate = client.postArticleWithBearer(METERED_KEY);

        assertProblem(overRate, 429, AuthProblems.RATE_LIMITED);
        long retryAfter = Long.parseLong(overRate.headers().firstValue("Retry-After").orElseThrow());
        // The next token is 100 s after the first request; a slow machine may have used a few of them.
        assertThat(retryAfter).isBetween(60L, 100L);
        assertThat(AuthClient.json(overRate).get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(rejected("rate-limited", "metered")).isEqualTo(1);
    }

    @Test
    void limitsEachKeySeparately() {
        assertThat(client.postArticleWithBearer(FIRST_CLIENT_KEY).statusCode()).isEqualTo(202);
        assertThat(client.postArticleWithBearer(FIRST_CLIENT_KEY).statusCode()).isEqualTo(429);

        HttpResponse<String> otherKey = client.postArticleWithBearer(SECOND_CLIENT_KEY);

        assertThat(otherKey.statusCode()).as(otherKey.body()).isEqualTo(202);
        assertThat(client.postArticleWithBearer(SECOND_CLIENT_KEY).statusCode()).isEqualTo(429);
    }

    @Test
    void healthStaysOpenWithoutKey() {
        // The feed-state indicator is DOWN for a few seconds after start-up, until its topic is loaded.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> client.get("/actuator/health", Map.of()).statusCode() == 200);
        HttpResponse<String> health = client.get("/actuator/health", Map.of());
        HttpResponse<String> readiness = client.get("/actuator/health/readiness", Map.of());
        HttpResponse<String> metrics = client.get("/actuator/prometheus", Map.of());

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(metrics.statusCode()).isEqualTo(200);
    }

    @Test
    void asksForAKeyBeforeRevealingWhichPathsExist() {
        HttpResponse<String> response = client.get("/api/v9/nothing-here", Map.of());

        assertProblem(response, 401, AuthProblems.MISSING_KEY);
    }

    @Test
    void acceptsAKeyFromTheSecretDirectoryBesideConfiguredKeys() {
        HttpResponse<String> response = client.postArticle(Map.of("X-Api-Key", SECRET_DIR_KEY));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private double rejected(String reason, String key) {
        Counter counter = meters.find(AuthMetrics.REJECTED).tags("reason", reason, "key", key).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = AuthClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
