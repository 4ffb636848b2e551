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
 * {@code backoff.json} and {@code lock}; the directory is 0700 and every file 0600. An unreadable file is
 * moved aside (never silently overwritten) and treated as absent.
 */
public final class SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
    private static final TypeReference<List<StoredCookie>> COOKIES = new TypeReference<>() {
    };

    private final Path dir;
    private final String appleId;

    private SessionStore(Path dir, String appleId) {
        this.dir = dir;
        this.appleId = appleId;
    }

    public static SessionStore forAccount(Path stateDir, String appleId) {
        return new SessionStore(stateDir.resolve("accounts").resolve(StateDirectory.accountDirectoryName(appleId)), appleId);
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
        Path f = dir.resolve("cookies.json");
        try {
            return Jsons.MAPPER.readValue(Files.readAllBytes(f), COOKIES);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            quarantine(f, e);
            return List.of();
        }
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
        Path f = dir.resolve(name);
        try {
            return Optional.ofNullable(Jsons.MAPPER.readValue(Files.readAllBytes(f), type));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            quarantine(f, e);
            return Optional.empty();
        }
    }

    private void write(String name, Object value) {
        try {
            ensureDirectory();
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

    private void quarantine(Path f, IOException cause) {
        Path aside = f.resolveSibling(f.getFileName() + ".unreadable-" + Instant.now().getEpochSecond());
        try {
            Files.move(f, aside, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("{} was unreadable ({}); moved it to {} and starting without it", f, cause.getClass().getSimpleName(), aside);
        } catch (IOException e) {
            LOG.warn("{} is unreadable ({}) and could not be moved aside", f, cause.getClass().getSimpleName());
        }
    }
}
