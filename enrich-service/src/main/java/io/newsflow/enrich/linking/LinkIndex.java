package io.newsflow.enrich.linking;

import io.newsflow.enrich.resources.ShippedResource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
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
    private final Titles titles;
    private final byte[] keyBytes;
    private final int[] keyStarts;
    private final int[] titleOfKey;
    private final short[] priorOfKey;
    private final String version;

    private LinkIndex(Titles titles, byte[] keyBytes, int[] keyStarts, int[] titleOfKey, short[] priorOfKey,
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
                return Optional.of(new LinkCandidate(titles.get(titleOfKey[middle]), priorOfKey[middle] / PRIOR_SCALE));
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

    /**
     * Reads an index file. The whole file is inflated into one array and parsed in place rather than through a
     * {@code DataInputStream}, and titles stay modified-UTF-8 bytes until a lookup returns one: this is the
     * largest file enrich-service loads, and how fast it loads bounds how soon a restarted instance enriches.
     */
    static LinkIndex read(byte[] file) throws IOException {
        byte[] data;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(file), 1 << 16)) {
            data = in.readAllBytes();
        }
        try {
            return parse(data, "wikipedia-names-%d-" + Integer.toHexString(Arrays.hashCode(file)));
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("the link index ends early; rebuild it with " + BUILT_BY, e);
        }
    }

    private static LinkIndex parse(byte[] data, String versionPattern) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(data);
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IOException("not a version-" + VERSION + " link index; rebuild it with " + BUILT_BY);
        }
        int titleCount = in.getInt();
        int[] titleStarts = new int[titleCount];
        int titlesFrom = in.position();
        for (int i = 0; i < titleCount; i++) {
            titleStarts[i] = in.position() - titlesFrom;
            in.position(in.position() + 2 + Short.toUnsignedInt(in.getShort(in.position())));
        }
        byte[] titleBytes = Arrays.copyOfRange(data, titlesFrom, in.position());
        int count = in.getInt();
        int[] keyStarts = new int[count + 1];
        int[] titleOfKey = new int[count];
        short[] priorOfKey = new short[count];
        byte[] keyBytes = new byte[data.length - in.position()];
        int position = in.position();
        for (int i = 0; i < count; i++) {
            int length = Byte.toUnsignedInt(data[position]);
            System.arraycopy(data, position + 1, keyBytes, keyStarts[i], length);
            keyStarts[i + 1] = keyStarts[i] + length;
            position += 1 + length;
            titleOfKey[i] = in.getInt(position);
            priorOfKey[i] = in.getShort(position + 4);
            position += 6;
        }
        return new LinkIndex(new Titles(titleBytes, titleStarts), Arrays.copyOf(keyBytes, keyStarts[count]), keyStarts,
                titleOfKey, priorOfKey, String.format(versionPattern, count));
    }

    /**
     * The titles as the file stores them (length-prefixed modified UTF-8), each decoded the first time a lookup
     * returns it and kept: the entities stage looks the same few titles up for every name of every article, and
     * decoding a million titles at start-up would cost a restarted instance its time. Two threads decoding the same
     * title at once both store an equal immutable string, so the cache needs no lock.
     */
    private static final class Titles {
        private final byte[] bytes;
        private final int[] starts;
        private final String[] decoded;

        Titles(byte[] bytes, int[] starts) {
            this.bytes = bytes;
            this.starts = starts;
            this.decoded = new String[starts.length];
        }

        String get(int number) {
            String title = decoded[number];
            if (title == null) {
                title = decode(starts[number]);
                decoded[number] = title;
            }
            return title;
        }

        private String decode(int start) {
            try {
                return new DataInputStream(new ByteArrayInputStream(bytes, start, bytes.length - start)).readUTF();
            } catch (IOException e) {
                throw new IllegalStateException("a title of the link index is not modified UTF-8", e);
            }
        }
    }
}
