package io.newsflow.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a language identification set: a directory with one UTF-8 file per language, named by its ISO 639-1
 * code ({@code de.txt}), holding paragraphs separated by blank lines. Other files (a README) are ignored.
 */
final class LanguageSetReader {
    private static final Pattern FILE_NAME = Pattern.compile("([a-z]{2})\\.txt");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");

    List<LanguageSample> read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("cannot read the language set " + directory
                    + "; pass --language-set DIR holding one <iso-639-1>.txt file per language");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> FILE_NAME.matcher(file.getFileName().toString()).matches())
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("the language set " + directory + " holds no <iso-639-1>.txt file, such as de.txt");
        }
        List<LanguageSample> samples = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String code = name.substring(0, name.indexOf('.'));
            for (String paragraph : BLANK_LINES.split(Files.readString(file, StandardCharsets.UTF_8))) {
                if (!paragraph.isBlank()) {
                    samples.add(new LanguageSample(code, paragraph.strip()));
                }
            }
        }
        return List.copyOf(samples);
    }
}
