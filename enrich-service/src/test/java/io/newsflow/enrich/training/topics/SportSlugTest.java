package io.newsflow.enrich.training.topics;

import io.newsflow.enrich.conll.ConllReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The weak sport label of wire headlines and the reading of CoNLL documents it is applied to (invented text). */
class SportSlugTest {
    @TempDir
    Path dir;

    @Test
    void labelsHeadlinesThatStartWithASportSlug() {
        assertThat(SportSlug.isSport("SOCCER - LATE GOAL SENDS HOSTS THROUGH .")).isTrue();
        assertThat(SportSlug.isSport("Rugby league-Home side wins derby .")).isTrue();
        assertThat(SportSlug.isSport("MOTOR RACING - RAIN DELAYS QUALIFYING .")).isTrue();
    }

    @Test
    void leavesOtherHeadlinesUnlabelled() {
        assertThat(SportSlug.isSport("PRESS DIGEST - Morning papers lead on budget .")).isFalse();
        assertThat(SportSlug.isSport("Rugby star opens charity shop .")).isFalse();
        assertThat(SportSlug.isSport("Town council - tennis courts to close .")).isFalse();
    }

    @Test
    void readsEachDocumentWithItsFirstSentenceAsHeadline() throws IOException {
        Path file = dir.resolve("invented.conll");
        Files.writeString(file, String.join("\n", ConllReader.DOCUMENT_START + " -X- O O", "", "TENNIS NN O", "- : O O",
                "SEED NN O", "WINS VBZ O", "", "PARIS NNP I-LOC", "1996-08-30 CD O", "", "The DT O", "seed NN O",
                "won VBD O", ". . O", "", ConllReader.DOCUMENT_START + " -X- O O", "", "Floods NNS O", "close VBP O", "roads NNS O",
                ""));

        List<ConllNewsDocument> documents = new ConllNewsReader().read(file);

        assertThat(documents).containsExactly(
                new ConllNewsDocument("TENNIS - SEED WINS", "PARIS 1996-08-30 The seed won ."),
                new ConllNewsDocument("Floods close roads", ""));
    }
}
