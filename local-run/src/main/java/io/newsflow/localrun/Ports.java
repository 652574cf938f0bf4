package io.newsflow.localrun;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.TreeMap;

/** Checks, before anything starts, that every port the run will listen on is free. */
final class Ports {
    private Ports() {
    }

    /**
     * @param portsByOption each port and the option that sets it
     * @throws IllegalStateException naming the first port that is taken and the option to change it
     */
    static void requireFree(Map<String, Integer> portsByOption) {
        for (Map.Entry<String, Integer> entry : new TreeMap<>(portsByOption).entrySet()) {
            if (!isFree(entry.getValue())) {
                throw new IllegalStateException("Port " + entry.getValue() + " on 127.0.0.1 is already in use. "
                        + "Stop whatever listens there (an earlier run, another Kafka or web server), or choose "
                        + "another port with " + entry.getKey() + " <port>.");
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as Kafka and Tomcat do, so that a port in TIME_WAIT from a previous run counts as free
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
