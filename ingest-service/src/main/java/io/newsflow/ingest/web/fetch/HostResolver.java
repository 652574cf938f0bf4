package io.newsflow.ingest.web.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into the addresses a connection could go to. */
@FunctionalInterface
public interface HostResolver {
    /** The JVM's resolver, whose positive cache {@link HttpFetcher}'s own lookup then normally reuses. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
