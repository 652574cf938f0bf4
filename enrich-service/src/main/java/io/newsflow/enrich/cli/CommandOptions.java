package io.newsflow.enrich.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --option value} command lines of the offline commands ({@code eval}, {@code train-topics},
 * {@code train-sentiment}): every option takes one value, {@code -h}/{@code --help} asks for the usage text, and
 * anything else is refused with a message the command prints above its usage.
 */
public final class CommandOptions {
    private final Map<String, String> values;
    private final boolean helpWanted;

    private CommandOptions(Map<String, String> values, boolean helpWanted) {
        this.values = values;
        this.helpWanted = helpWanted;
    }

    /**
     * @param known the options the command takes, each with one value
     * @throws IllegalArgumentException naming the unknown argument or the option that lacks its value
     */
    public static CommandOptions parse(String[] args, List<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                return new CommandOptions(Map.of(), true);
            }
            if (!known.contains(option)) {
                throw new IllegalArgumentException("unknown argument " + option);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            values.put(option, args[++i]);
        }
        return new CommandOptions(Map.copyOf(values), false);
    }

    public boolean helpWanted() {
        return helpWanted;
    }

    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** The option's value as a path, or {@code fallback} when the option was not given (which may be null). */
    public Path path(String option, Path fallback) {
        return value(option).map(Path::of).orElse(fallback);
    }
}
