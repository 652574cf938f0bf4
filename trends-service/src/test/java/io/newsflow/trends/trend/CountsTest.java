package io.newsflow.trends.trend;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CountsTest {

    @Test
    void theNthHighestIsWhatSortingWouldGive() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<Long> counts = new ArrayList<>();
            for (int i = 0, size = random.nextInt(120); i < size; i++) {
                counts.add((long) 1 + random.nextInt(random.nextBoolean() ? 4 : 400));
            }
            int n = 1 + random.nextInt(25);
            List<Long> sorted = new ArrayList<>(counts);
            sorted.sort(null);
            long expected = sorted.size() < n ? Long.MIN_VALUE : sorted.get(sorted.size() - n);
            assertThat(Counts.nthHighest(counts, n)).as("%s, n = %d", counts, n).isEqualTo(expected);
        }
    }
}
