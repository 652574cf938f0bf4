package io.newsflow.ingest.auth;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * API keys on {@code /api/*} everywhere but in the {@code local} profile. Actuator endpoints (health probes,
 * Prometheus) stay open: they are served on other paths and carry no articles.
 *
 * <p>A plain servlet filter rather than Spring Security: the rule is one header checked on one path, and
 * Spring Security's session, CSRF and login machinery would all have to be switched off again.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + ApiKeyAuthConfiguration.LOCAL_PROFILE)
class ApiKeyAuthConfiguration {
    /** The profile for a development machine, in which the push API takes requests without a key. */
    static final String LOCAL_PROFILE = "local";
    static final String PROTECTED_PATHS = "/api/*";
    /** Right after Spring's observation filter, so refused requests still show in the HTTP metrics. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthConfiguration.class);

    /** Fails the start when no key is configured: a service open by mistake is worse than one that is down. */
    @Bean
    ApiKeys apiKeys(ApiKeyProperties properties) {
        ApiKeys keys = ApiKeys.load(properties);
        log.info("The push API takes requests with one of {} API keys: {}", keys.ids().size(), keys.ids());
        return keys;
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeys keys, ApiKeyProperties properties, JsonMapper json,
                                                      MeterRegistry registry) {
        KeyRateLimiter rateLimiter = new KeyRateLimiter(keys, properties.rateLimit(), System::nanoTime);
        ApiKeyFilter filter = new ApiKeyFilter(keys, rateLimiter, new AuthProblems(json), new AuthMetrics(registry));
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(PROTECTED_PATHS);
        registration.setOrder(ORDER);
        return registration;
    }
}
