package io.newsflow.trends.query;

import io.newsflow.trends.api.StateNotReadyException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Which instance holds what (Kafka Streams metadata, from every instance's {@code application.server}), and the
 * HTTP call that asks another instance for its local part ({@code scope=local}, so forwarding never loops).
 */
@Component
public class Instances {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final LocalState local;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public Instances(LocalState local,
                     @Value("${spring.kafka.streams.properties.application.server}") String applicationServer) {
        this.local = local;
        this.self = HostInfo.buildFromEndpoint(applicationServer);
    }

    public boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** The instance whose active task holds {@code key} in {@code store}. */
    public HostInfo ownerOf(String store, String key) {
        KeyQueryMetadata metadata = local.streams().queryMetadataForKey(store, key, new StringSerializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new StateNotReadyException("no instance holds " + store + " for " + key + " yet", null);
        }
        return metadata.activeHost();
    }

    /** Every other instance that holds a partition of {@code store}. */
    public List<HostInfo> othersHolding(String store) {
        return local.streams().streamsMetadataForStore(store).stream()
                .map(StreamsMetadata::hostInfo)
                .filter(host -> !isSelf(host))
                .distinct()
                .toList();
    }

    /** GETs {@code pathAndQuery} (which must ask for {@code scope=local}) from another instance. */
    public JsonNode get(HostInfo host, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port()
                        + pathAndQuery)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new StateNotReadyException("instance " + host + " answered " + response.statusCode(), null);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new StateNotReadyException("instance " + host + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateNotReadyException("interrupted asking " + host, e);
        }
    }

    public JsonMapper json() {
        return json;
    }
}
