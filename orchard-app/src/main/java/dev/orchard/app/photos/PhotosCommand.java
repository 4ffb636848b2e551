package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.RootCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.List;

/** {@code orchard photos}: the iCloud Photos backup. */
@Command(name = "photos", mixinStandardHelpOptions = true,
        description = "Keep a complete, verified, browsable copy of iCloud Photos in a local folder.")
public final class PhotosCommand implements Runnable {
    /** Its commands, in the order help lists them ({@link dev.orchard.app.cli.CommandTree}). */
    public static final List<Class<?>> SUBCOMMANDS = List.of(PhotosSyncCommand.class, PhotosAlbumsCommand.class,
            PhotosVerifyCommand.class, PhotosArchiveCommand.class, PhotosArchivedCommand.class, PhotosServeCommand.class,
            PhotosSharedAlbumCommand.class, PhotosAdoptCommand.class);

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    AppContext context() {
        return root.context();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
