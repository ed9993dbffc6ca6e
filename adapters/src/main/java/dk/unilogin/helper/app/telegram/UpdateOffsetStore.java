package dk.unilogin.helper.app.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The id of the last fully handled Telegram update, kept in one small file so that long
 * polling resumes after a restart exactly where it stopped: nothing handled twice, nothing
 * skipped. Written by replacing the file atomically, so a crash leaves the old or the new id.
 */
final class UpdateOffsetStore implements UpdateOffsets {

    private static final Logger log = LoggerFactory.getLogger(UpdateOffsetStore.class);
    static final String FILE_NAME = "last-update-id";

    private final Path file;
    private long lastHandled;

    UpdateOffsetStore(Path dir) {
        this.file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Telegram data directory " + dir.toAbsolutePath(), e);
        }
        this.lastHandled = read();
    }

    @Override
    public synchronized long lastHandled() {
        return lastHandled;
    }

    @Override
    public synchronized void commit(long updateId) {
        if (updateId <= lastHandled) {
            return;
        }
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.writeString(temp, Long.toString(updateId), StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            lastHandled = updateId;
        } catch (IOException e) {
            // The update is handled; failing to record it only risks handling it again after a restart.
            log.error("Cannot record Telegram update {} as handled in {}", updateId, file.toAbsolutePath(), e);
            lastHandled = updateId;
        }
    }

    private long read() {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (IOException | NumberFormatException e) {
            log.error("Unreadable Telegram offset file {}; starting from Telegram's oldest pending update",
                    file.toAbsolutePath(), e);
            return 0;
        }
    }
}
