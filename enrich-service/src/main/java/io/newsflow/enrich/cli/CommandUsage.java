package io.newsflow.enrich.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * How an offline command ({@code eval}, {@code train-topics}, {@code train-sentiment}, {@code import-word-vectors})
 * answers a command line it will not run: {@code --help} prints the usage to standard output and succeeds; a
 * refused line prints the problem, then the usage, to standard error and exits with {@link #USAGE}.
 */
public final class CommandUsage {
    public static final int OK = OfflineCommand.OK;
    public static final int USAGE = OfflineCommand.USAGE;

    private final String name;
    private final String text;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param name the command, which prefixes every problem it prints
     * @param text the usage text
     */
    public CommandUsage(String name, String text, PrintStream out, PrintStream err) {
        this.name = name;
        this.text = text;
        this.out = out;
        this.err = err;
    }

    /**
     * The command line parsed, or the exit code when it is already answered.
     *
     * @param options  the options to run with, or {@code null} when the command should stop
     * @param exitCode what the command returns when it stops ({@link #OK} after help, {@link #USAGE} if refused)
     */
    public record Parsed(CommandOptions options, int exitCode) {
        public boolean answered() {
            return options == null;
        }
    }

    /** Parses the line as {@link CommandOptions#parse} does, answering help and refusals itself. */
    public Parsed parse(String[] args, List<String> known) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, known);
        } catch (IllegalArgumentException e) {
            return new Parsed(null, refuse(e.getMessage()));
        }
        if (options.helpWanted()) {
            out.println(text);
            return new Parsed(null, OK);
        }
        return new Parsed(options, OK);
    }

    /** Prints the problem and the usage to standard error. @return {@link #USAGE}, for the command to return */
    public int refuse(String problem) {
        err.println(name + ": " + problem);
        err.println(text);
        return USAGE;
    }
}
