package io.newsflow.enrich;

import io.newsflow.enrich.cli.OfflineCommand;
import io.newsflow.enrich.config.PipelinePreload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * enrich-service. With the name of an {@linkplain OfflineCommands offline command} as first argument ({@code enrich},
 * {@code bench}, {@code eval}, the training commands) the same jar runs that command instead, through the same
 * pipeline code, without Spring or Kafka; {@code --help} lists them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichServiceApplication {
    /**
     * The service's defaults live in {@code enrich-service.yml}, not {@code application.yml}, so that both
     * services can share one classpath (the end-to-end tests do); an {@code application.yml} supplied by
     * the operator still overrides them.
     */
    public static final String CONFIG_NAMES = "enrich-service,application";

    public static void main(String[] args) {
        if (args.length > 0 && OfflineCommands.isHelp(args[0])) {
            System.out.println(OfflineCommands.help());
            System.exit(OfflineCommand.OK);
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            Optional<OfflineCommands.Entry> command = OfflineCommands.named(args[0]);
            if (command.isEmpty()) {
                // the service takes only --options, so a bare word is a mistyped command, not a reason to start
                System.err.println("enrich-service: unknown command '" + args[0] + "'");
                System.err.println(OfflineCommands.help());
                System.exit(OfflineCommand.USAGE);
            }
            // set before the first logger exists: standard output is reserved for the command's results
            System.setProperty("logback.configurationFile", "logback-enrich-cli.xml");
            OfflineCommands.Streams streams = new OfflineCommands.Streams(System.in, System.out, System.err);
            System.exit(command.get().create().apply(streams).run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication application = new SpringApplication(EnrichServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAMES));
        application.addListeners(new PipelinePreload());
        application.run(args);
    }
}
