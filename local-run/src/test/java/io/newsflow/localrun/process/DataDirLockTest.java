package io.newsflow.localrun.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirLockTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesASecondRunOnTheSameDataDirectory() throws Exception {
        try (DataDirLock first = DataDirLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another newsflow local run is using " + dataDir)
                    .hasMessageContaining("--data-dir");
        }
    }

    @Test
    void letsTheNextRunInOnceReleased() throws Exception {
        DataDirLock.acquire(dataDir).close();

        try (DataDirLock next = DataDirLock.acquire(dataDir)) {
            assertThat(dataDir.resolve("local-run.lock")).exists();
        }
    }

    @Test
    void createsTheDataDirectoryItLocks(@TempDir Path parent) throws Exception {
        Path fresh = parent.resolve("not/there/yet");

        try (DataDirLock lock = DataDirLock.acquire(fresh)) {
            assertThat(fresh).isDirectory();
        }
    }
}
