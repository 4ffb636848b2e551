package dev.orchard.icloud.session;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.http.StoredCookie;
import dev.orchard.icloud.json.Jsons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The files of one Apple ID under the state directory: {@code session.json}, {@code cookies.json},
 * {@code backoff.json} and {@code lock}; the directory is 0700 and every file 0600. Reading never changes
 * anything: a file Orchard may not read is an error naming the fix ({@link StateUnreadableException}), and a
 * file that is not valid JSON is treated as absent and moved aside only when Orchard next saves that file
 * (never silently overwritten).
 */
public final class SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
    private static final TypeReference<List<StoredCookie>> COOKIES = new TypeReference<>() {
    };

    /** How the store reads a file; tests inject failures a root test run cannot cause with modes. */
    @FunctionalInterface
    public interface FileReader {
        byte[] read(Path file) throws IOException;
    }

    private final Path dir;
    private final String appleId;
    private final FileReader reader;
    private final java.util.Set<String> corrupt = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private SessionStore(Path dir, String appleId, FileReader reader) {
        this.dir = dir;
        this.appleId = appleId;
        this.reader = reader;
    }

    public static SessionStore forAccount(Path stateDir, String appleId) {
        return forAccount(stateDir, appleId, Files::readAllBytes);
    }

    public static SessionStore forAccount(Path stateDir, String appleId, FileReader reader) {
        return new SessionStore(stateDir.resolve("accounts").resolve(StateDirectory.accountDirectoryName(appleId)), appleId, reader);
    }

    public Path directory() {
        return dir;
    }

    public String appleId() {
        return appleId;
    }

    public boolean exists() {
        return Files.exists(dir.resolve("session.json"));
    }

    public AccountLock lock(Runnable onWait) {
        try {
            ensureDirectory();
            return AccountLock.acquire(dir.resolve("lock"), onWait);
        } catch (IOException e) {
            throw new ICloudException("cannot lock " + dir + ": " + e.getMessage(), e);
        }
    }

    public Optional<StoredSession> loadSession() {
        return read("session.json", StoredSession.class);
    }

    public void saveSession(StoredSession s) {
        write("session.json", s);
    }

    public List<StoredCookie> loadCookies() {
        return parse("cookies.json", bytes -> Jsons.MAPPER.readValue(bytes, COOKIES)).orElse(List.of());
    }

    public void saveCookies(List<StoredCookie> cookies) {
        write("cookies.json", cookies);
    }

    public Backoff loadBackoff() {
        return read("backoff.json", Backoff.class).orElse(Backoff.none());
    }

    public void saveBackoff(Backoff b) {
        write("backoff.json", b);
    }

    /** Forgets the web session (cookies, session token) but keeps the client id and trust token. */
    public void forgetWebSession() {
        loadSession().ifPresent(s -> saveSession(s.loggedOut()));
        try {
            Files.deleteIfExists(dir.resolve("cookies.json"));
        } catch (IOException e) {
            throw new ICloudException("cannot delete " + dir.resolve("cookies.json") + ": " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        return parse(name, bytes -> Jsons.MAPPER.readValue(bytes, type));
    }

    private interface Parser<T> {
        T parse(byte[] bytes) throws IOException;
    }

    private <T> Optional<T> parse(String name, Parser<T> parser) {
        Path f = dir.resolve(name);
        byte[] bytes;
        try {
            bytes = reader.read(f);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StateUnreadableException(f, e);
        }
        try {
            return Optional.ofNullable(parser.parse(bytes));
        } catch (IOException e) {
            if (corrupt.add(name)) {
                LOG.warn("{} is not valid JSON ({}); starting without it, and it is kept as {}.unreadable-<time> when Orchard next saves it",
                        f, e.getClass().getSimpleName(), name);
            }
            return Optional.empty();
        }
    }

    private void write(String name, Object value) {
        try {
            ensureDirectory();
            if (corrupt.remove(name)) moveAside(dir.resolve(name));
            SecureFiles.writeAtomically(dir.resolve(name), Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new ICloudException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private void ensureDirectory() throws IOException {
        SecureFiles.privateDirectory(dir.getParent().getParent());
        SecureFiles.privateDirectory(dir.getParent());
        SecureFiles.privateDirectory(dir);
    }

    private static void moveAside(Path f) throws IOException {
        Path aside = f.resolveSibling(f.getFileName() + ".unreadable-" + Instant.now().getEpochSecond());
        if (!Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.move(f, aside, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("kept the invalid {} as {}", f, aside);
    }
}
