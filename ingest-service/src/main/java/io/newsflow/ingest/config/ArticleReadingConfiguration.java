package io.newsflow.ingest.config;

import io.newsflow.common.article.ArticleJsonReader;
import io.newsflow.common.article.RawArticleFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The plain-Java article readers from newsflow-common, configured from {@link IngestProperties}. */
@Configuration(proxyBeanMethods = false)
class ArticleReadingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RawArticleFactory rawArticleFactory(Clock clock, IngestProperties properties) {
        return new RawArticleFactory(clock, properties.limits().articleLimits(), properties.sourceNames());
    }

    @Bean
    ArticleJsonReader articleJsonReader(RawArticleFactory factory) {
        return new ArticleJsonReader(factory);
    }
}
