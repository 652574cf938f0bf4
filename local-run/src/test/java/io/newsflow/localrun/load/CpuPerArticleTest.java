package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuPerArticleTest {

    @Test
    void countsFromTheFirstSampleAfterTheWarmUpToTheLast() {
        CpuPerArticle cpu = new CpuPerArticle();
        cpu.add(0, 1_000_000_000L);
        // warm-up: 100 articles at 30 ms each
        cpu.add(100, 4_000_000_000L);
        // then 400 articles at 8 ms each
        cpu.add(300, 5_600_000_000L);
        cpu.add(500, 7_200_000_000L);

        assertThat(cpu.millisPerArticle(100)).hasValue(8.0);
        assertThat(cpu.millisPerArticle(0).getAsDouble()).isCloseTo(12.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anIdleTailAddsNoArticlesAndIsNotCounted() {
        CpuPerArticle cpu = new CpuPerArticle();
        cpu.add(0, 0);
        cpu.add(100, 1_000_000_000L);
        // nothing more completed: the CPU of waiting is left out
        cpu.add(100, 1_500_000_000L);

        assertThat(cpu.millisPerArticle(0)).hasValue(10.0);
    }

    @Test
    void noFigureWithoutArticlesAfterTheWarmUp() {
        CpuPerArticle cpu = new CpuPerArticle();
        assertThat(cpu.millisPerArticle(0)).isEmpty();
        cpu.add(50, 1_000);
        assertThat(cpu.millisPerArticle(0)).isEmpty();
        assertThat(cpu.millisPerArticle(100)).isEmpty();
    }

    @Test
    void readsThisJvmsOwnCpuTime() {
        assertThat(CpuPerArticle.cpuNanos(ProcessHandle.current())).isPresent();
    }
}
