package dev.orchard.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Apple IDs signed in on this machine: those whose {@code session.json} under the state directory holds a
 * session (a logout keeps the file but drops the session). Only reads; a file it cannot read is skipped.
 */
public final class SignedInAccounts {
    private SignedInAccounts() {
    }

    public static List<String> in(Path stateDir) {
        List<String> out = new ArrayList<>();
        Path accounts = stateDir.resolve("accounts");
        if (!Files.isDirectory(accounts)) return out;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(accounts)) {
            for (Path dir : dirs) {
                String appleId = signedIn(dir.resolve("session.json"));
                if (appleId != null) out.add(appleId);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }

    private static String signedIn(Path session) {
        if (!Files.isRegularFile(session)) return null;
        try {
            JsonNode s = Jsons.MAPPER.readTree(session.toFile());
            boolean hasSession = s.hasNonNull("sessionToken") || s.hasNonNull("dsid");
            return hasSession && s.hasNonNull("appleId") ? s.get("appleId").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
