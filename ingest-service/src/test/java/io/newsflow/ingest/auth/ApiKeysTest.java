package io.newsflow.ingest.auth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.newsflow.ingest.auth.SecretDirectoryKeysTest.sha256Hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {

    private static ApiKeyProperties configured(ApiKeyProperties.ConfiguredKey... keys) {
        return new ApiKeyProperties(List.of(keys), null, new ApiKeyProperties.RateLimit(10, 50, Map.of()));
    }

    @Test
    void identifiesEachConfiguredKeyByItsHash() {
        ApiKeys keys = ApiKeys.load(configured(
                new ApiKeyProperties.ConfiguredKey("harbour-wire", sha256Hex("k-harbour")),
                new ApiKeyProperties.ConfiguredKey("desk", sha256Hex("k-desk"))));

        assertThat(keys.idOf("k-harbour")).hasValue("harbour-wire");
        assertThat(keys.idOf("k-desk")).hasValue("desk");
        assertThat(keys.idOf(sha256Hex("k-desk"))).as("the hash itself is not a key").isEmpty();
    }

    @Test
    void refusesToLoadWithoutAnyKeySayingHowToConfigureOne() {
        assertThatThrownBy(() -> ApiKeys.load(configured()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newsflow.ingest.auth.keys[0].sha256")
                .hasMessageContaining("newsflow.ingest.auth.keys-dir")
                .hasMessageContaining("--spring.profiles.active=local");
    }

    @Test
    void refusesAConfiguredKeyInsteadOfItsHashWithoutRepeatingIt() {
        assertThatThrownBy(() -> ApiKeys.load(configured(
                new ApiKeyProperties.ConfiguredKey("desk", "my-unhashed-secret"))))
                .hasMessageContaining("newsflow.ingest.auth.keys[0]")
                .hasMessageNotContaining("my-unhashed-secret");
    }

    @Test
    void refusesTwoKeysWithOneIdOrOneHash() {
        assertThatThrownBy(() -> ApiKeys.load(configured(
                new ApiKeyProperties.ConfiguredKey("desk", sha256Hex("a")),
                new ApiKeyProperties.ConfiguredKey("desk", sha256Hex("b")))))
                .hasMessageContaining("Two API keys have the id 'desk'");
        assertThatThrownBy(() -> ApiKeys.load(configured(
                new ApiKeyProperties.ConfiguredKey("desk", sha256Hex("a")),
                new ApiKeyProperties.ConfiguredKey("wire", sha256Hex("a")))))
                .hasMessageContaining("'desk' and 'wire' are the same key");
    }

    @Test
    void refusesAPerKeyLimitForAKeyThatDoesNotExist() {
        ApiKeys keys = ApiKeys.load(configured(new ApiKeyProperties.ConfiguredKey("desk", sha256Hex("a"))));
        ApiKeyProperties.RateLimit limits = new ApiKeyProperties.RateLimit(10, 50,
                Map.of("dsek", new ApiKeyProperties.KeyRateLimit(1.0, null)));

        assertThatThrownBy(() -> new KeyRateLimiter(keys, limits, System::nanoTime))
                .hasMessageContaining("[dsek]")
                .hasMessageContaining("[desk]");
    }

    @Test
    void fillsAPerKeyLimitFromTheDefaults() {
        ApiKeyProperties.RateLimit limits = new ApiKeyProperties.RateLimit(10, 50,
                Map.of("desk", new ApiKeyProperties.KeyRateLimit(null, 5)));

        assertThat(limits.rateFor("desk")).isEqualTo(new Rate(10, 5));
        assertThat(limits.rateFor("wire")).isEqualTo(new Rate(10, 50));
    }

    @Test
    void refusesARateThatAdmitsNothing() {
        ApiKeyProperties.RateLimit limits = new ApiKeyProperties.RateLimit(10, 50,
                Map.of("desk", new ApiKeyProperties.KeyRateLimit(0.0, null)));

        assertThatThrownBy(() -> limits.rateFor("desk"))
                .hasMessageContaining("newsflow.ingest.auth.rate-limit.per-key.desk");
    }
}
