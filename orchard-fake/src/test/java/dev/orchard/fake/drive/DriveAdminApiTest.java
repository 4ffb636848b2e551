package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.seed.DirectorySeeder;
import dev.orchard.fake.drive.seed.TreeGenerator;
import dev.orchard.fake.drive.tree.DriveItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static dev.orchard.fake.drive.DriveSession.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin surface, over HTTP and from Java; each test works in an account of its own. */
class DriveAdminApiTest extends DriveFakeTest {
    /** Posts to the admin API on behalf of this test's account (settings are global). */
    private DriveSession.Reply admin(String path, String json) {
        String body = path.startsWith("settings") ? json : json.replaceFirst("^\\{", "{\"account\":\"" + s.account.appleId() + "\",").replace(",}", "}");
        return DriveSession.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/_fake/drive/" + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private DriveSession.Reply adminGet(String pathAndQuery) {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        return DriveSession.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/_fake/drive/" + pathAndQuery + sep
                + "account=" + java.net.URLEncoder.encode(s.account.appleId(), StandardCharsets.UTF_8))));
    }

    private JsonNode tree() {
        return adminGet("tree").json();
    }

    @Test
    void changesFromAnotherDeviceShowInListingsWithNewEtags() {
        assertThat(admin("files", "{\"path\":\"Docs/notes.txt\",\"text\":\"v1\",\"mtime\":\"2024-05-01T10:00:00Z\"}").status())
                .isEqualTo(200);
        JsonNode docs = child(s.root(), "Docs");
        JsonNode file = child(s.listFolder(docs.get("drivewsid").asText()), "notes.txt");
        assertThat(file.get("dateModified").asText()).isEqualTo("2024-05-01T10:00:00Z");

        assertThat(admin("edit", "{\"path\":\"Docs/notes.txt\",\"text\":\"version two\",\"mtime\":1714600000}").status()).isEqualTo(200);
        JsonNode edited = child(s.listFolder(docs.get("drivewsid").asText()), "notes.txt");
        assertThat(edited.get("etag").asText()).isNotEqualTo(file.get("etag").asText());
        assertThat(edited.get("docwsid").asText()).isEqualTo(file.get("docwsid").asText());
        assertThat(edited.get("size").asInt()).isEqualTo(11);
        assertThat(edited.get("dateModified").asText()).isEqualTo("2024-05-01T21:46:40Z");
        assertThat(child(s.root(), "Docs").get("etag").asText()).isNotEqualTo(docs.get("etag").asText());

        admin("rename", "{\"path\":\"Docs/notes.txt\",\"name\":\"todo.txt\"}");
        admin("move", "{\"path\":\"Docs/todo.txt\",\"to\":\"Archive\"}");
        assertThat(child(s.listFolder(docs.get("drivewsid").asText()), "todo.txt")).isNull();
        JsonNode archive = child(s.root(), "Archive");
        assertThat(child(s.listFolder(archive.get("drivewsid").asText()), "todo.txt").get("docwsid").asText())
                .isEqualTo(file.get("docwsid").asText());

        admin("trash", "{\"path\":\"Archive/todo.txt\"}");
        assertThat(s.listFolder("TRASH_ROOT").get("numberOfItems").asInt()).isEqualTo(1);
        admin("put-back", "{\"item\":\"Archive/todo.txt\"}");
        assertThat(child(s.listFolder(archive.get("drivewsid").asText()), "todo.txt")).isNotNull();
        admin("purge", "{\"item\":\"Archive/todo.txt\"}");
        assertThat(child(s.listFolder(archive.get("drivewsid").asText()), "todo.txt")).isNull();
        assertThat(s.listFolder("TRASH_ROOT").get("numberOfItems").asInt()).isZero();
    }

    @Test
    void theTreeListingCarriesContentHashes() throws Exception {
        admin("files", "{\"path\":\"a/b.txt\",\"text\":\"abc\"}");
        admin("files", "{\"path\":\"Letter.pages\",\"files\":{\"Index.xml\":\"<doc/>\"}}");
        admin("files", "{\"path\":\"gen.bin\",\"size\":5000,\"seed\":7}");
        admin("folders", "{\"path\":\"empty\"}");
        admin("trash", "{\"path\":\"gen.bin\"}");
        JsonNode t = tree();
        assertThat(t.get("items")).extracting(i -> i.get("path").asText())
                .containsExactly("a", "a/b.txt", "empty", "Letter.pages");
        JsonNode b = t.get("items").get(1);
        assertThat(b.get("type").asText()).isEqualTo("FILE");
        assertThat(b.get("sha256").asText()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.UTF_8))));
        assertThat(t.get("items").get(3).get("type").asText()).isEqualTo("PACKAGE");
        assertThat(t.get("trash").get(0).get("path").asText()).isEqualTo("gen.bin");
        byte[] content = adminGet("content?path=a/b.txt").body();
        assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("abc");
    }

    @Test
    void badInputGetsOneClearLine() {
        assertThat(admin("rename", "{\"path\":\"nope.txt\",\"name\":\"x\"}").text()).isEqualTo("no item at 'nope.txt' in com.apple.CloudDocs");
        admin("files", "{\"path\":\"a.txt\",\"text\":\"1\"}");
        DriveSession.Reply twice = admin("files", "{\"path\":\"a.txt\",\"text\":\"2\"}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.text()).contains("taken");
        assertThat(admin("files", "{\"path\":\"b.txt\"}").text()).contains("exactly one of");
        assertThat(admin("settings", "{\"listingLagg\":1}").text()).startsWith("unknown drive setting 'listingLagg'");
        assertThat(admin("settings", "{\"etagPropagation\":\"sideways\"}").text()).contains("parent or ancestors");
        assertThat(admin("folders", "{\"path\":\"x\",\"zone\":\"com.example.nope\"}").text()).startsWith("no zone com.example.nope");
        assertThat(admin("faults", "{\"kind\":\"meteor\"}").text()).contains("access-denied");
        assertThat(admin("files", "{\"path\":\"m.txt\",\"text\":\"x\",\"mtime\":\"yesterday\"}").text()).contains("ISO-8601");
    }

    @Test
    void hostileNamesCanBeInjected() {
        assertThat(admin("files", "{\"parent\":\"\",\"name\":\"../../etc/passwd\",\"text\":\"x\"}").status()).isEqualTo(200);
        assertThat(admin("folders", "{\"name\":\"..\"}").status()).isEqualTo(200);
        assertThat(child(s.root(), "../../etc/passwd")).isNotNull();
        assertThat(child(s.root(), "..").get("type").asText()).isEqualTo("FOLDER");
    }

    @Test
    void settingsAndAppLibrariesCanBeChangedWhileRunning() {
        JsonNode after = admin("settings", "{\"etagPropagation\":\"ancestors\",\"nameClash\":\"reject\",\"listingLag\":3,"
                + "\"unknownCreateFolders\":1,\"unknownCreatesFolder\":false}").json();
        assertThat(after.get("etagPropagation").asText()).isEqualTo("ancestors");
        assertThat(after.get("nameClash").asText()).isEqualTo("reject");
        assertThat(after.get("listingLag").asInt()).isEqualTo(3);
        assertThat(fake.drive().settings().takeUnknownCreateFolder()).isTrue();
        assertThat(fake.drive().settings().unknownCreatesFolder()).isFalse();
        assertThat(admin("settings/reset", "{}").json().get("etagPropagation").asText()).isEqualTo("parent");
        assertThat(fake.drive().settings().listingLag()).isZero();

        assertThat(admin("app-libraries", "{\"zone\":\"iCloud.com.example.notes\",\"name\":\"Notes\"}").status()).isEqualTo(200);
        assertThat(child(s.root(), "Notes").get("drivewsid").asText()).isEqualTo("FOLDER::iCloud.com.example.notes::documents");
        assertThat(admin("files", "{\"zone\":\"iCloud.com.example.notes\",\"path\":\"n.md\",\"text\":\"x\"}").status()).isEqualTo(200);
    }

    @Test
    void faultsCanBeSetOverHttp() {
        assertThat(admin("faults", "{\"kind\":\"access-denied\",\"seconds\":60}").status()).isEqualTo(200);
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(403);
        admin("faults", "{\"kind\":\"clear-access-denied\"}");
        assertThat(admin("faults", "{\"kind\":\"expire-sessions\"}").json().get("expired").asInt()).isEqualTo(1);
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(421);
    }

    @Test
    void generatedTreesAreReproducible() {
        JsonNode made = admin("generate", "{\"files\":300,\"folders\":40,\"seed\":9,\"maxFileSize\":4096}").json();
        assertThat(made.get("files").asInt()).isEqualTo(300);
        List<RemoteDrive.Entry> first = s.remote().list();
        try (FakeICloud other = FakeICloud.start()) {
            TreeGenerator.generate(other.drive().account().tree(), other.drive().account().item(""), other.drive().blobs(),
                    new TreeGenerator.Spec(300, 40, 9, 4096));
            List<RemoteDrive.Entry> second = other.drive().account().list();
            assertThat(second).extracting(RemoteDrive.Entry::path, RemoteDrive.Entry::sha256, RemoteDrive.Entry::drivewsid,
                    RemoteDrive.Entry::modified).containsExactlyElementsOf(first.stream()
                    .map(e -> org.assertj.core.groups.Tuple.tuple(e.path(), e.sha256(), e.drivewsid(), e.modified())).toList());
        }
        assertThat(first.stream().filter(e -> e.type().equals("FILE")).count()).isEqualTo(300);
        assertThat(first.stream().filter(e -> e.type().equals("FOLDER")).count()).isEqualTo(40);
        assertThat(first.stream().filter(e -> e.type().equals("FILE")).mapToLong(RemoteDrive.Entry::size).max().orElseThrow())
                .isLessThanOrEqualTo(4096);
    }

    @Test
    void aLocalDirectorySeedsTheDrive(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("Photos/2024"));
        Files.writeString(dir.resolve("Photos/2024/a.txt"), "hello");
        Files.setLastModifiedTime(dir.resolve("Photos/2024/a.txt"), FileTime.from(Instant.parse("2023-07-01T12:00:00Z")));
        Files.createDirectories(dir.resolve("Talk.key/Data"));
        Files.writeString(dir.resolve("Talk.key/Index.zip"), "slides");
        RemoteDrive remote = s.remote();
        assertThat(DirectorySeeder.seed(dir, remote, fake.drive().blobs())).isEqualTo(4);
        DriveItem a = remote.require("Photos/2024/a.txt");
        assertThat(a.modified()).isEqualTo(Instant.parse("2023-07-01T12:00:00Z"));
        assertThat(remote.read("Photos/2024/a.txt")).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
        assertThat(remote.require("Talk.key").isPackage()).isTrue();
    }

    @Test
    void editsCanBeToldToReplaceTheDocwsid() {
        RemoteDrive remote = s.remote();
        DriveItem f = remote.createFile("a.txt", new byte[] {1});
        fake.drive().settings().editKeepsDocwsid(false);
        DriveItem edited = remote.editFile("a.txt", new byte[] {2}, null);
        assertThat(edited.docwsid()).isNotEqualTo(f.docwsid());
        assertThat(f.deleted()).isTrue();
        assertThat(remote.read("a.txt")).containsExactly(2);
    }

    @Test
    void theJavaViewNamesBadAccountsAndZones() {
        assertThatThrownBy(() -> fake.drive().account("nobody@example.com")).hasMessage("no fake account nobody@example.com");
        assertThatThrownBy(() -> s.remote().zone("x")).hasMessageStartingWith("no zone x (known: com.apple.CloudDocs, ");
        assertThatThrownBy(() -> fake.drive().account()).hasMessageContaining("name one");
    }
}
