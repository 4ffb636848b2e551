package dev.orchard.drive.plan;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.state.BaseEntry;

/** One step of a plan for one path: what the local and remote sides and the base held when it was planned. */
public record Action(Kind kind, String path, LocalEntry local, RemoteEntry remote, BaseEntry base) {
    public enum Kind {
        UPLOAD_NEW("upload"), UPLOAD_UPDATE("upload (replace)"), DOWNLOAD("download"),
        DELETE_LOCAL("delete local (to .orchard-trash)"), TRASH_REMOTE("move to iCloud trash"),
        CREATE_REMOTE_DIR("create iCloud folder"), CREATE_LOCAL_DIR("create local folder"),
        CONFLICT("conflict"), ADOPT("already equal"), DROP("forget (gone on both sides)"),
        REFRESH("refresh state"),
        REPLACE_REMOTE("replace in iCloud (the old one to the iCloud trash)"),
        REPLACE_LOCAL("replace locally (the old one to .orchard-trash)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() { return label; }

        /** Whether the action changes anything a user would see (others only touch the base). */
        public boolean visible() {
            return this != ADOPT && this != DROP && this != REFRESH;
        }
    }

    public boolean dir() {
        return local != null ? local.dir() : remote != null ? remote.dir() : base != null && base.dir();
    }

    public String describe() {
        return kind.label() + ": " + path + (dir() ? "/" : "");
    }
}
