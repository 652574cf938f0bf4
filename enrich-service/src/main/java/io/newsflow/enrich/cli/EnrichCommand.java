package io.newsflow.enrich.cli;

import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsValidationException;
import io.newsflow.common.serde.EventJson;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.pipeline.UnprocessableArticleException;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code enrich [--source ID] FILE... | -}: enriches articles offline, through exactly the pipeline the
 * service runs, and prints one enriched event per line as JSON on standard output. Problems go to standard
 * error, one line per input, and do not stop the other inputs. {@code enrich --describe} prints the pipeline
 * instead: each stage with what it reads and writes and the version of its model.
 */
public final class EnrichCommand implements OfflineCommand {
    public static final String NAME = "enrich";
    static final String DEFAULT_SOURCE = "cli";
    static final int SOME_INPUT_FAILED = 1;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final ArticleFileReader reader = new ArticleFileReader();

    public EnrichCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** @return the process exit code: 0 all enriched, 1 some input failed, 2 bad command line */
    @Override
    public int run(String... args) {
        String sourceId = DEFAULT_SOURCE;
        boolean describe = false;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> {
                    if (i + 1 >= args.length) {
                        return usage("--source needs a source id");
                    }
                    sourceId = args[++i];
                }
                case "--describe" -> describe = true;
                case "-h", "--help" -> {
                    out.println(usageText());
                    return OK;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return usage("unknown option " + args[i]);
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (describe) {
            if (!inputs.isEmpty()) {
                return usage("--describe takes no files");
            }
            out.println("pipeline " + EnrichmentPipeline.PIPELINE_VERSION + " (stage: reads -> writes [model])");
            EnrichmentPipeline.createDefault().stageDescriptions().forEach(stage -> out.println(stage.line()));
            return OK;
        }
        if (inputs.isEmpty()) {
            return usage("name at least one file, or - for standard input");
        }
        EnrichmentPipeline pipeline = EnrichmentPipeline.createDefault();
        int status = OK;
        for (String input : inputs) {
            if (!enrichInput(pipeline, input, sourceId)) {
                status = SOME_INPUT_FAILED;
            }
        }
        out.flush();
        return status;
    }

    private boolean enrichInput(EnrichmentPipeline pipeline, String input, String sourceId) {
        try {
            byte[] content = "-".equals(input) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(input));
            for (RawArticleEvent raw : reader.read(input, content, sourceId)) {
                out.println(EventJson.mapper().writeValueAsString(pipeline.enrich(raw)));
            }
            return true;
        } catch (NoSuchFileException e) {
            return failed(input, "no such file");
        } catch (IOException e) {
            return failed(input, "cannot read: " + e.getMessage());
        } catch (ArticleValidationException e) {
            return failed(input, "not a valid article: " + e.getMessage());
        } catch (NinjsValidationException e) {
            return failed(input, "not a valid ninjs item: " + e.getMessage());
        } catch (JacksonException e) {
            return failed(input, "not valid JSON: " + e.getOriginalMessage());
        } catch (UnprocessableArticleException e) {
            return failed(input, "cannot be enriched: " + e.getMessage());
        }
    }

    private boolean failed(String input, String reason) {
        err.println("enrich: " + ("-".equals(input) ? "<stdin>" : input) + ": " + reason);
        return false;
    }

    private int usage(String problem) {
        err.println("enrich: " + problem);
        err.println(usageText());
        return USAGE;
    }

    private static String usageText() {
        return """
                usage: enrich [--source ID] FILE... | -
                       enrich --describe
                  Enriches each article and prints one enriched event per line (JSON).
                  FILE: a ninjs item or simple JSON article (.json), several (.ndjson, or a JSON array),
                        or plain text copied from an article page; - reads standard input.
                  --source ID  source id that prefixes article ids (default: cli)
                  --describe   print the pipeline instead: each stage, what it reads and writes, its model""";
    }
}
