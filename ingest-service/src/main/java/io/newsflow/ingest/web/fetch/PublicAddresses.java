package io.newsflow.ingest.web.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells addresses on the public internet from those that reach the machine itself, the local network or
 * a provider's internal services, which a URL from outside must never make ingest-service call. IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address inside them,
 * since that is where a packet to them ends up.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Why {@code address} is not public ("loopback", "private", ...), or empty when it is. */
    static Optional<String> whyNotPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return whyNotPublicV4(v4.getAddress());
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        byte[] v6 = address.getAddress();
        byte[] embedded = embeddedIpv4(v6);
        if (embedded != null) {
            return whyNotPublicV4(embedded).map(why -> why + " (inside an IPv6 address)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        // isSiteLocalAddress only knows the deprecated fec0::/10; unique local addresses are fc00::/7.
        if (address.isSiteLocalAddress() || (v6[0] & 0xfe) == 0xfc) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    private static Optional<String> whyNotPublicV4(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        if (first == 0) {
            return Optional.of("unspecified");
        }
        if (first == 127) {
            return Optional.of("loopback");
        }
        if (first == 169 && second == 254) {
            return Optional.of("link-local");
        }
        if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
            return Optional.of("private");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT");
        }
        if (first == 192 && second == 0 && (a[2] & 0xff) == 0) {
            return Optional.of("IETF protocol assignment");
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return Optional.of("benchmarking");
        }
        if (first >= 224 && first <= 239) {
            return Optional.of("multicast");
        }
        if (first >= 240) {
            return Optional.of("reserved or broadcast");
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address stands for, or null when it stands for none. */
    private static byte[] embeddedIpv4(byte[] v6) {
        if (allZero(v6, 0, 10) && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff) {
            return Arrays.copyOfRange(v6, 12, 16); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (allZero(v6, 0, 12)) {
            return Arrays.copyOfRange(v6, 12, 16); // ::a.b.c.d, IPv4-compatible
        }
        if (v6[0] == 0 && v6[1] == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b
                && allZero(v6, 4, 12)) {
            return Arrays.copyOfRange(v6, 12, 16); // 64:ff9b::a.b.c.d, NAT64
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Arrays.copyOfRange(v6, 2, 6); // 2002:aabb:ccdd::, 6to4
        }
        return null;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
