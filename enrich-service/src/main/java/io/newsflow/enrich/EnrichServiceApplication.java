package io.newsflow.enrich;

import io.newsflow.enrich.cli.BenchCommand;
import io.newsflow.enrich.cli.EnrichCommand;
import io.newsflow.enrich.eval.EvalCommand;
import io.newsflow.enrich.topics.ImportWordVectorsCommand;
import io.newsflow.enrich.topics.TrainTopicsCommand;
import io.newsflow.enrich.sentiment.TrainSentimentCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;
import java.util.Map;

/**
 * enrich-service. With {@code enrich}, {@code bench}, {@code eval}, {@code train-topics} or {@code train-sentiment}
 * as first argument the same jar runs the offline enrich command, the speed benchmark, the quality evaluation or
 * the topic or sentiment model's
 * training instead, through the same pipeline
 * code, without Spring or Kafka.
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
        if (args.length > 0 && (EnrichCommand.NAME.equals(args[0]) || BenchCommand.NAME.equals(args[0])
                || EvalCommand.NAME.equals(args[0]) || TrainTopicsCommand.NAME.equals(args[0])
                || TrainSentimentCommand.NAME.equals(args[0]) || ImportWordVectorsCommand.NAME.equals(args[0]))) {
            // set before the first logger exists: standard output is reserved for the command's results
            System.setProperty("logback.configurationFile", "logback-enrich-cli.xml");
            String[] commandArgs = Arrays.copyOfRange(args, 1, args.length);
            if (EvalCommand.NAME.equals(args[0])) {
                System.exit(new EvalCommand(System.out, System.err).run(commandArgs));
            }
            if (TrainTopicsCommand.NAME.equals(args[0])) {
                System.exit(new TrainTopicsCommand(System.out, System.err).run(commandArgs));
            }
            if (ImportWordVectorsCommand.NAME.equals(args[0])) {
                System.exit(new ImportWordVectorsCommand(System.out, System.err).run(commandArgs));
            }
            if (TrainSentimentCommand.NAME.equals(args[0])) {
                System.exit(new TrainSentimentCommand(System.out, System.err).run(commandArgs));
            }
            System.exit(EnrichCommand.NAME.equals(args[0])
                    ? new EnrichCommand(System.in, System.out, System.err).run(commandArgs)
                    : new BenchCommand(System.out, System.err).run(commandArgs));
        }
        SpringApplication application = new SpringApplication(EnrichServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAMES));
        application.run(args);
    }
}
