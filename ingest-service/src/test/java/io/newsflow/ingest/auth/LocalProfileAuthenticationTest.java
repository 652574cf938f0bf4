package io.newsflow.ingest.auth;

import io.newsflow.ingest.IngestServiceWithKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as the API tests and a development machine run it: the local profile, no key configured. */
@IngestServiceWithKafka
class LocalProfileAuthenticationTest {
    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @Test
    void localProfileNeedsNoKey() {
        HttpResponse<String> response = new AuthClient(port).postArticle(Map.of());

        assertThat(environment.getActiveProfiles()).contains(ApiKeyAuthConfiguration.LOCAL_PROFILE);
        assertThat(context.getBeansOfType(ApiKeys.class)).isEmpty();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }
}
