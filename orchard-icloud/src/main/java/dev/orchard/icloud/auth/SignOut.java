package dev.orchard.icloud.auth;

import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.TransportException;
import dev.orchard.icloud.session.SessionStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Ends the web session at Apple (keeping the browser trusted, as icloud.com does) and forgets it locally.
 * With {@code forgetTrust} every stored file of the account goes, so the next sign-in needs 2FA.
 */
public final class SignOut {
    private SignOut() {
    }

    /** @return false when nothing was stored for the account */
    public static boolean run(SessionStore store, HttpTransport http, Endpoints endpoints, boolean forgetTrust) {
        var session = store.loadSession();
        if (session.isEmpty()) return false;
        http.cookies().replaceAll(store.loadCookies());
        if (http.cookies().find("X-APPLE-WEBAUTH-TOKEN").isPresent()) {
            try {
                new SetupClient(http, endpoints, session.get().clientId()).logout(session.get().dsid());
            } catch (TransportException e) {
                // Offline: forgetting the session locally is still what the user asked for.
            }
        }
        if (forgetTrust) {
            deleteAccountFiles(store.directory());
        } else {
            store.forgetWebSession();
        }
        return true;
    }

    private static void deleteAccountFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals("lock")) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new AuthException(AuthException.Reason.PROTOCOL, "cannot delete the stored session in " + dir + ": " + e.getMessage());
        }
    }
}
