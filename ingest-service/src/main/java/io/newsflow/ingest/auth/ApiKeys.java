package io.newsflow.ingest.auth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The keys allowed to use the push API, from configuration and from the Secret directory. */
final class ApiKeys {
    static final String HOW_TO_CONFIGURE = "Configure at least one API key for the push API: set "
            + "newsflow.ingest.auth.keys[0].id=<name> and newsflow.ingest.auth.keys[0].sha256=<hex SHA-256 of "
            + "the key> (printf %s \"$KEY\" | sha256sum), or point newsflow.ingest.auth.keys-dir at a directory "
            + "with one file per key id holding that hash (a mounted Kubernetes Secret); or start with "
            + "--spring.profiles.active=local to run without authentication on a development machine";

    private final List<HashedApiKey> keys;

    /**
     * @throws IllegalArgumentException when two keys share an id or a hash (a key must name one client)
     */
    ApiKeys(List<HashedApiKey> keys) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            HashedApiKey key = keys.get(i);
            if (!ids.add(key.id())) {
                throw new IllegalArgumentException("Two API keys have the id '" + key.id() + "'; give each key "
                        + "its own id, in configuration and in newsflow.ingest.auth.keys-dir together");
            }
            for (HashedApiKey earlier : keys.subList(0, i)) {
                if (earlier.sameHashAs(key)) {
                    throw new IllegalArgumentException("API keys '" + earlier.id() + "' and '" + key.id() + "' are"
                            + " the same key; issue each client a key of its own");
                }
            }
        }
        this.keys = List.copyOf(keys);
    }

    /**
     * Every key from configuration and from {@code keys-dir}.
     *
     * @throws IllegalStateException when there is none, saying how to configure one
     */
    static ApiKeys load(ApiKeyProperties properties) {
        List<HashedApiKey> all = new ArrayList<>();
        for (int i = 0; i < properties.keys().size(); i++) {
            ApiKeyProperties.ConfiguredKey key = properties.keys().get(i);
            all.add(HashedApiKey.parse(key.id(), key.sha256(), "newsflow.ingest.auth.keys[" + i + "]"));
        }
        if (properties.keysDir() != null) {
            all.addAll(SecretDirectoryKeys.read(properties.keysDir()));
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("No API key is configured"
                    + (properties.keysDir() == null ? "" : " (" + properties.keysDir() + " holds none)") + ". "
                    + HOW_TO_CONFIGURE);
        }
        return new ApiKeys(all);
    }

    /**
     * The id of the key a client presented, if it is one of ours. Every stored hash is compared, a match
     * or not, so the time taken does not depend on which key matched.
     */
    Optional<String> idOf(String presentedKey) {
        byte[] presented = HashedApiKey.sha256Of(presentedKey);
        String found = null;
        for (HashedApiKey key : keys) {
            if (key.matches(presented)) {
                found = key.id();
            }
        }
        return Optional.ofNullable(found);
    }

    List<String> ids() {
        return keys.stream().map(HashedApiKey::id).toList();
    }
}
