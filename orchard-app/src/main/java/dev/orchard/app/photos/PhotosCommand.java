package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.RootCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code orchard photos}: the iCloud Photos backup. */
@Command(name = "photos", mixinStandardHelpOptions = true,
        description = "Keep a complete, verified, browsable copy of iCloud Photos in a local folder.",
        subcommands = {PhotosSyncCommand.class, PhotosAlbumsCommand.class, PhotosVerifyCommand.class,
                PhotosArchiveCommand.class, PhotosArchivedCommand.class, PhotosServeCommand.class, PhotosSharedAlbumCommand.class,
                PhotosAdoptCommand.class})
public final class PhotosCommand implements Runnable {
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
