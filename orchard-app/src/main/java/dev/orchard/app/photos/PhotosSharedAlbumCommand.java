package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.config.ConfigException;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.EnvProxySelector;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.sharedstreams.PublicStreamClient;
import dev.orchard.photos.shared.SharedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code orchard photos shared-album URL --photos-dir DIR}: back up a public shared-album link, no Apple account needed. */
@Command(name = "shared-album", mixinStandardHelpOptions = true,
        description = "Back up a public Shared Album link (no Apple account needed) into DIR/Shared Albums/<album>/; run it again to pick up changes.")
public final class PhotosSharedAlbumCommand implements Callable<Integer> {
    @ParentCommand
    PhotosCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The album's public link, e.g. https://www.icloud.com/sharedalbum/#B0aBcDeFgHiJkL")
    String link;

    @Option(names = "--photos-dir", required = true, paramLabel = "DIR", description = "The library folder to keep the album in.")
    Path dir;

    @Option(names = "--icloud-endpoint", paramLabel = "ORIGIN",
            description = "Send the calls to this origin instead of Apple (for a fake iCloud), e.g. http://127.0.0.1:8780.")
    String endpoint;

    @Option(names = "--ca-file", paramLabel = "PEM", description = "Also trust the CA certificates in this PEM file.")
    Path caFile;

    @Override
    public Integer call() {
        AppContext ctx = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        String origin = origin(endpoint == null ? ctx.env().get("ORCHARD_ICLOUD_ENDPOINT") : endpoint);
        try {
            PublicStreamClient.token(link);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        TransportConfig config;
        try {
            config = TransportConfig.defaults().withProxy(EnvProxySelector.fromEnvironment(ctx.env())).withCaFile(caFile);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        try (HttpTransport http = new HttpTransport(config, new CookieJar(ctx.clock()))) {
            Path library = dir.toAbsolutePath().normalize();
            out.println("Keeping the public shared album at " + link + " in " + library);
            SharedReport r = SharedAlbumsStep.publicLink(http, origin, link, library, ctx.clock(), out::println);
            out.println("Files are checked against the size the link gives; their SHA-256 is recorded for 'orchard photos verify'.");
            return r.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    private static String origin(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) return null;
        try {
            String setup = Endpoints.override(endpoint, dev.orchard.icloud.http.Domain.COM).setup();
            return setup.substring(0, setup.length() - "/setup/ws/1".length());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--icloud-endpoint (ORCHARD_ICLOUD_ENDPOINT) " + e.getMessage());
        }
    }
}
