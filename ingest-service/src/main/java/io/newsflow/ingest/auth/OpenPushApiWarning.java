package io.newsflow.ingest.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Says at startup that the push API is open, so that a server started in the local profile by mistake shows it. */
@Configuration(proxyBeanMethods = false)
@Profile(ApiKeyAuthConfiguration.LOCAL_PROFILE)
class OpenPushApiWarning {
    private static final Logger log = LoggerFactory.getLogger(OpenPushApiWarning.class);

    OpenPushApiWarning() {
        log.warn("Profile '{}' is active: the push API takes requests without an API key. Never run it like this "
                + "where anyone else can reach it.", ApiKeyAuthConfiguration.LOCAL_PROFILE);
    }
}
