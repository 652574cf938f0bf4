package io.newsflow.enrich.linking;

import io.newsflow.enrich.resources.ShippedResource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Name to most likely Wikipedia article, for the names news mentions. Keys are {@link NameForm}s.
 *
 * <p>Several million names sit in memory as one UTF-8 byte array with offsets, sorted by unsigned bytes and
 * searched by bisection, rather than as a hash map of strings, which would take several times the memory.
 *
 * <p>File format (gzip): magic, version, title count, the titles (modified UTF-8, sorted); name count, then per
 * name its key (length-prefixed UTF-8), its title's number and its prior in ten-thousandths.
 */
public final class LinkIndex {
    /** Where the service finds the index on the classpath. */
    public static final String RESOURCE = "/linking/wikipedia-names.bin.gz";
    /** The command that builds the index; runtime code names it, the command refers to this constant. */
    public static final String BUILT_BY = "build-link-index";
    private static final int MAGIC = 0x4e464c49;
    private static final int VERSION = 1;
    private static final double PRIOR_SCALE = 10_000;
    private final String[] titles;
    private final byte[] keyBytes;
    private final int[] keyStarts;
    private final int[] titleOfKey;
    private final short[] priorOfKey;
    private final String version;

    private LinkIndex(String[] titles, byte[] keyBytes, int[] keyStarts, int[] titleOfKey, short[] priorOfKey,
                      String version) {
        this.titles = titles;
        this.keyBytes = keyBytes;
        this.keyStarts = keyStarts;
        this.titleOfKey = titleOfKey;
        this.priorOfKey = priorOfKey;
        this.version = version;
    }

    /** The index the jar ships, loaded once per process. */
    public static LinkIndex loadDefault() {
        return Shipped.INSTANCE;
    }

    /** Holder idiom, as the topic model's: the JVM loads the index once, on first access, without locking after. */
    private static final class Shipped {
        static final LinkIndex INSTANCE = ShippedResource.load(RESOURCE, "Wikipedia link index", BUILT_BY, LinkIndex::read);
    }

    /** Builds an index in memory from name forms to candidates; for tests and the builder. */
    public static LinkIndex of(Map<String, LinkCandidate> byNameForm) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(byNameForm, bytes);
            return read(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory index cannot fail to write", e);
        }
    }

    /** The most likely article for a name, if the index knows the name in any spelling {@link NameForm} merges. */
    public Optional<LinkCandidate> lookup(String name) {
        byte[] key = NameForm.of(name).getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = keyStarts.length - 2;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Arrays.compareUnsigned(keyBytes, keyStarts[middle], keyStarts[middle + 1], key, 0, key.length);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return Optional.of(new LinkCandidate(titles[titleOfKey[middle]], priorOfKey[middle] / PRIOR_SCALE));
            }
        }
        return Optional.empty();
    }

    public int size() {
        return titleOfKey.length;
    }

    /** Names the index by its size and a digest of its content, for {@code modelVersions}. */
    public String version() {
        return version;
    }

    /**
     * Writes the index deterministically: the same map always gives the same bytes (the gzip header carries no
     * time stamp or file name here).
     */
    public static void write(Map<String, LinkCandidate> byNameForm, OutputStream out) throws IOException {
        TreeMap<String, Integer> titleNumbers = new TreeMap<>();
        byNameForm.values().forEach(candidate -> titleNumbers.put(candidate.title(), 0));
        int number = 0;
        for (Map.Entry<String, Integer> title : titleNumbers.entrySet()) {
            title.setValue(number++);
        }
        List<byte[]> keys = new ArrayList<>();
        Map<byte[], LinkCandidate> candidates = new HashMap<>();
        byNameForm.forEach((form, candidate) -> {
            byte[] key = form.getBytes(StandardCharsets.UTF_8);
            keys.add(key);
            candidates.put(key, candidate);
        });
        keys.sort(Arrays::compareUnsigned);
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(titleNumbers.size());
            for (String title : titleNumbers.keySet()) {
                data.writeUTF(title);
            }
            data.writeInt(keys.size());
            for (byte[] key : keys) {
                LinkCandidate candidate = candidates.get(key);
                data.writeByte(key.length);
                data.write(key);
                data.writeInt(titleNumbers.get(candidate.title()));
                data.writeShort((short) Math.round(Math.min(1, candidate.prior()) * PRIOR_SCALE));
            }
        }
    }

    static LinkIndex read(byte[] file) throws IOException {
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(file), 1 << 16))) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new IOException("not a version-" + VERSION + " link index; rebuild it with " + BUILT_BY);
            }
            String[] titles = new String[data.readInt()];
            for (int i = 0; i < titles.length; i++) {
                titles[i] = data.readUTF();
            }
            int count = data.readInt();
            int[] keyStarts = new int[count + 1];
            int[] titleOfKey = new int[count];
            short[] priorOfKey = new short[count];
            ByteArrayOutputStream keyBytes = new ByteArrayOutputStream(count * 16);
            byte[] buffer = new byte[256];
            for (int i = 0; i < count; i++) {
                int length = data.readUnsignedByte();
                data.readFully(buffer, 0, length);
                keyBytes.write(buffer, 0, length);
                keyStarts[i + 1] = keyStarts[i] + length;
                titleOfKey[i] = data.readInt();
                priorOfKey[i] = data.readShort();
            }
            String version = "wikipedia-names-" + count + "-" + Integer.toHexString(Arrays.hashCode(file));
            return new LinkIndex(titles, keyBytes.toByteArray(), keyStarts, titleOfKey, priorOfKey, version);
        }
    }
}
