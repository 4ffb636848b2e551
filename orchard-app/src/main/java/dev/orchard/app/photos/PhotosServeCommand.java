package dev.orchard.app.photos;

import dev.orchard.localfiles.StateException;
import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.web.WebOptions;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.web.WebServer;
import dev.orchard.app.web.library.ArchiveBackend;
import dev.orchard.app.web.library.PhotoLibrary;
import dev.orchard.app.web.library.WebSite;
import dev.orchard.photos.library.LibraryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code orchard photos serve}: the library page for a library folder, with no Apple account and no network. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page of a library folder (browse every photo, album and video) without an Apple "
                + "account or network; archiving needs orchard run. Runs until Ctrl-C.")
public final class PhotosServeCommand implements Callable<Integer> {
    @ParentCommand
    PhotosCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PhotosOptions photos;

    @Mixin
    WebOptions web;

    @Override
    public Integer call() throws Exception {
        AppContext ctx = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = photos.dir(ctx.env());
        try (WebServer server = serve(dir, web.bind(), web.port(), web.access(), web.basePath())) {
            out.println("Serving the photo library " + dir + " at " + server.url() + "photos/ (Ctrl-C to stop)");
            out.flush();
            awaitShutdown();
        }
        return ExitCodes.OK;
    }

    /** Starts serving {@code dir}; the caller closes the server. @throws ConfigException for a folder with no library */
    public static WebServer serve(Path dir, String bind, int port, dev.orchard.app.web.WebAccess access, String basePath) throws Exception {
        try {
            LibraryView.open(dir).close();
        } catch (StateException e) {
            throw new ConfigException(e.getMessage());
        }
        if (port < 0) throw new ConfigException("--web-port must be 0 (any free port) or a port number to serve the library");
        WebSite site = new WebSite(basePath, new PhotoLibrary(dir), ArchiveBackend.unavailable(
                "this page serves a library folder on its own (orchard photos serve); archiving needs orchard run, signed in to iCloud"));
        try {
            return WebServer.serveLibrary(bind, port, access, site);
        } catch (java.io.IOException e) {
            throw new ConfigException("cannot serve the web page on " + bind + ":" + port + " (" + e.getMessage() + "); choose another --web-port");
        }
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM). */
    public static void awaitShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "serve-stop"));
        stop.await();
    }
}
