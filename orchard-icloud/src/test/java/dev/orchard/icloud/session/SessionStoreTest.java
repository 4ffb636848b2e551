package dev.orchard.icloud.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionStoreTest {
    static final String ID = "me@example.com";

    @TempDir
    Path state;

    private SessionStore trusted() {
        SessionStore store = SessionStore.forAccount(state, ID);
        store.saveSession(StoredSession.fresh(ID, "auth-1").withTrustToken("trust-token", Instant.now()));
        return store;
    }

    private List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSessionFileOrchardMayNotReadIsReportedWithTheChownFixAndKept() throws Exception {
        Path dir = trusted().directory();
        byte[] before = Files.readAllBytes(dir.resolve("session.json"));
        List<String> namesBefore = names(dir);
        SessionStore denied = SessionStore.forAccount(state, ID, f -> {
            throw new AccessDeniedException(f.toString());
        });

        assertThatThrownBy(denied::loadSession).isInstanceOf(StateUnreadableException.class)
                .hasMessage("cannot read " + dir.resolve("session.json") + ": permission denied. Fix: chown -R "
                        + System.getProperty("user.name") + " " + dir);
        assertThatThrownBy(denied::loadCookies).hasMessageContaining("cookies.json: permission denied");

        assertThat(names(dir)).isEqualTo(namesBefore);
        assertThat(Files.readAllBytes(dir.resolve("session.json"))).isEqualTo(before);
        assertThat(SessionStore.forAccount(state, ID).loadSession().orElseThrow().trustToken()).isEqualTo("trust-token");
    }

    @Test
    void aDirectoryInPlaceOfTheSessionFileIsAnErrorAndStaysWhereItIs() throws Exception {
        SessionStore store = SessionStore.forAccount(state, ID);
        Files.createDirectories(store.directory().resolve("session.json"));

        assertThatThrownBy(store::loadSession).isInstanceOf(StateUnreadableException.class)
                .hasMessageContaining("cannot read " + store.directory().resolve("session.json"))
                .hasMessageContaining("Orchard leaves it untouched");
        assertThat(store.directory().resolve("session.json")).isDirectory();
        assertThat(names(store.directory())).containsExactly("session.json");
    }

    @Test
    void invalidJsonIsReadAsAbsentWithoutChangesAndKeptAsideOnlyWhenSaved() throws Exception {
        SessionStore store = trusted();
        Path file = store.directory().resolve("session.json");
        Files.writeString(file, "{ not json");

        assertThat(store.loadSession()).isEmpty();
        assertThat(store.loadSession()).isEmpty();
        assertThat(names(store.directory())).containsExactly("session.json");
        assertThat(file).hasContent("{ not json");

        store.saveSession(StoredSession.fresh(ID, "auth-2"));
        List<String> after = names(store.directory());
        assertThat(after).hasSize(2).contains("session.json");
        Path aside = store.directory().resolve(after.stream().filter(n -> n.startsWith("session.json.unreadable-")).findFirst().orElseThrow());
        assertThat(aside).hasContent("{ not json");
        assertThat(store.loadSession()).isPresent();
    }
}
