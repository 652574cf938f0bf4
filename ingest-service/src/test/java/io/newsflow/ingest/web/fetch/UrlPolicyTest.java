package io.newsflow.ingest.web.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Which URLs a push-API caller may make ingest-service fetch. Host names resolve through a fixed table,
 * as a name server would answer them; IP literals are read by the JDK without any lookup.
 */
class UrlPolicyTest {
    private static final String HOST = "news.example.org";

    private static UrlPolicy resolvingTo(String... addresses) {
        return new UrlPolicy(List.of(HOST, "*.wire.example.net"), table(Map.of(HOST, addresses)), false);
    }

    private static HostResolver table(Map<String, String[]> answers) {
        return host -> {
            String[] literals = answers.get(host);
            if (literals == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] addresses = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                addresses[i] = InetAddress.getByName(literals[i]);
            }
            return addresses;
        };
    }

    private static String refusal(UrlPolicy policy, String url) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> policy.checkCallerSuppliedUrl(URI.create(url)));
        assertThat(e).as(url + " should be refused").isNotNull();
        return e.reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.53.0.9", "::1"})
    void refusesHostsResolvingToLoopback(String address) {
        assertThat(refusal(resolvingTo(address), "https://news.example.org/story")).isEqualTo("address-not-allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "172.16.0.1", "172.31.255.254", "192.168.1.20", "fc00::1", "fd12:3456::7"})
    void refusesHostsResolvingToPrivateAddresses(String address) {
        assertThat(refusal(resolvingTo(address), "https://news.example.org/story")).isEqualTo("address-not-allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "fe80::1", "100.64.0.1", "100.127.255.254", "224.0.0.251", "ff02::1",
            "0.0.0.0", "::", "255.255.255.255"})
    void refusesLinkLocalCarrierNatMulticastAndUnspecifiedAddresses(String address) {
        assertThat(refusal(resolvingTo(address), "http://news.example.org/")).isEqualTo("address-not-allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "::127.0.0.1",
            "64:ff9b::a00:1", "2002:c0a8:101::1"})
    void refusesIpv6FormsOfPrivateIpv4Addresses(String address) {
        assertThat(refusal(resolvingTo(address), "http://news.example.org/")).isEqualTo("address-not-allowed");
    }

    /** The JDK turns "::ffff:a.b.c.d" into an IPv4 address when parsing; built from bytes it stays IPv6. */
    @Test
    void refusesIpv4MappedAddressKeptInIpv6Form() throws UnknownHostException {
        byte[] mappedLoopback = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        InetAddress mapped = Inet6Address.getByAddress(null, mappedLoopback, null);
        UrlPolicy policy = new UrlPolicy(List.of(HOST), host -> new InetAddress[]{mapped}, false);

        assertThat(mapped).isInstanceOf(Inet6Address.class);
        assertThat(refusal(policy, "http://news.example.org/")).isEqualTo("address-not-allowed");
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
        assertThat(refusal(resolvingTo("203.0.113.10", "10.0.0.7"), "https://news.example.org/"))
                .isEqualTo("address-not-allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.10", "11.0.0.1", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "192.169.0.1", "2001:db8::10", "2a00:1450:4001::200e"})
    void acceptsHostsResolvingOnlyToPublicAddresses(String address) {
        assertThatCode(() -> resolvingTo(address).checkCallerSuppliedUrl(URI.create("https://news.example.org/a")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesLoopbackAndPrivateIpLiteralsEvenWhenTheyAreOnTheAllowList() {
        UrlPolicy policy = new UrlPolicy(List.of("127.0.0.1", "::1", "10.0.0.1"));

        assertThat(refusal(policy, "http://127.0.0.1:8080/admin")).isEqualTo("address-not-allowed");
        assertThat(refusal(policy, "http://[::1]/")).isEqualTo("address-not-allowed");
        assertThat(refusal(policy, "http://10.0.0.1/")).isEqualTo("address-not-allowed");
    }

    @Test
    void allowsExactHostsAndSubdomainsOfWildcardEntriesOnly() {
        UrlPolicy policy = new UrlPolicy(List.of("news.example.org", "*.wire.example.net"));

        assertThat(policy.isAllowedHost("news.example.org")).isTrue();
        assertThat(policy.isAllowedHost("NEWS.Example.ORG.")).isTrue();
        assertThat(policy.isAllowedHost("eu.wire.example.net")).isTrue();
        assertThat(policy.isAllowedHost("a.b.wire.example.net")).isTrue();
        assertThat(policy.isAllowedHost("wire.example.net")).as("the wildcard names subdomains only").isFalse();
        assertThat(policy.isAllowedHost("evilwire.example.net")).isFalse();
        assertThat(policy.isAllowedHost("www.news.example.org")).isFalse();
        assertThat(policy.isAllowedHost("news.example.org.attacker.test")).isFalse();
    }

    @Test
    void refusesHostsOffTheAllowListBeforeResolvingThem() {
        HostResolver mustNotBeAsked = host -> {
            throw new AssertionError("resolved " + host + " although it is not allowed");
        };
        UrlPolicy policy = new UrlPolicy(List.of(HOST), mustNotBeAsked, false);

        assertThat(refusal(policy, "https://elsewhere.example.com/story")).isEqualTo("host-not-allowed");
    }

    @Test
    void refusesEveryUrlWhenTheAllowListIsEmpty() {
        UrlPolicy policy = new UrlPolicy(List.of());

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> policy.checkCallerSuppliedUrl(URI.create("https://news.example.org/")));

        assertThat(e.reason()).isEqualTo("host-not-allowed");
        assertThat(e.getMessage()).contains("switched off");
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        UrlPolicy policy = resolvingTo("203.0.113.10");

        assertThat(refusal(policy, "file:///etc/passwd")).isEqualTo("scheme-not-allowed");
        assertThat(refusal(policy, "ftp://news.example.org/feed")).isEqualTo("scheme-not-allowed");
        assertThat(refusal(policy, "gopher://news.example.org/")).isEqualTo("scheme-not-allowed");
    }

    @Test
    void reportsAnAllowedHostThatDoesNotResolve() {
        UrlPolicy policy = new UrlPolicy(List.of(HOST), table(Map.of()), false);

        assertThat(refusal(policy, "https://news.example.org/")).isEqualTo("unknown-host");
    }

    @Test
    void letsConfiguredFeedUrlsReachInternalServers() {
        assertThatCode(() -> UrlPolicy.checkConfiguredUrl(URI.create("http://127.0.0.1:8081/feed.xml")))
                .doesNotThrowAnyException();
        assertThatCode(() -> UrlPolicy.checkConfiguredUrl(URI.create("https://wire.internal.example/feed")))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(FetchException.class,
                () -> UrlPolicy.checkConfiguredUrl(URI.create("file:///var/feeds/wire.xml"))).reason())
                .isEqualTo("scheme-not-allowed");
    }

    @Test
    void skipsTheAddressCheckOnlyWhenPrivateAddressesAreExplicitlyAllowed() {
        UrlPolicy developerMachine = new UrlPolicy(List.of("localhost"), HostResolver.SYSTEM, true);

        assertThatCode(() -> developerMachine.checkCallerSuppliedUrl(URI.create("http://localhost:8080/page")))
                .doesNotThrowAnyException();
        assertThat(refusal(developerMachine, "http://127.0.0.1:8080/page")).isEqualTo("host-not-allowed");
    }
}
