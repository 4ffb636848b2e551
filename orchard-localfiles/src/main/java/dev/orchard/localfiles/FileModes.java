package dev.orchard.localfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * The modes of the library's own files and folders (not Orchard's state, which stays private). By default they
 * follow the process's umask, so a NAS's other users and programs (Samba, Plex, Immich) can read them; an explicit
 * file mode (0640, say) is set on every file before its rename into place, and on every folder Orchard creates,
 * with search ({@code x}) added wherever the file mode lets someone read.
 */
public final class FileModes {
    public static final FileModes UMASK = new FileModes(null, null);

    private static final PosixFilePermission[] ORDER = {
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE};

    private final Set<PosixFilePermission> file;
    private final Set<PosixFilePermission> dir;

    private FileModes(Set<PosixFilePermission> file, Set<PosixFilePermission> dir) {
        this.file = file;
        this.dir = dir;
    }

    /**
     * An octal file mode ("0640", "644"). Refused: anything but 3 or 4 octal digits, set-id or sticky bits,
     * execute bits (library files are photos), and a mode that would not let Orchard read and write its own files.
     */
    public static FileModes parse(String text) {
        String t = text.strip();
        if (!t.matches("0?[0-7]{3}")) {
            throw new IllegalArgumentException("'" + text + "' is not an octal file mode like 0644 or 0640");
        }
        int mode = Integer.parseInt(t, 8);
        if ((mode & 0111) != 0) throw new IllegalArgumentException("'" + text + "' has execute bits; library files take 0644, 0640, 0600 or similar");
        if ((mode & 0600) != 0600) throw new IllegalArgumentException("'" + text + "' must let the owner read and write (6 in the first place)");
        Set<PosixFilePermission> file = EnumSet.noneOf(PosixFilePermission.class);
        Set<PosixFilePermission> dir = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) == 0) continue;
            file.add(ORDER[i]);
            dir.add(ORDER[i]);
            if (i % 3 == 0) dir.add(ORDER[i + 2]);
        }
        return new FileModes(Set.copyOf(file), Set.copyOf(dir));
    }

    public boolean followsUmask() {
        return file == null;
    }

    /** The mode as given, "0640"; "umask" when none was. */
    @Override
    public String toString() {
        if (file == null) return "umask";
        int mode = 0;
        for (int i = 0; i < 9; i++) if (file.contains(ORDER[i])) mode |= 0400 >> i;
        return String.format("0%03o", mode);
    }

    /** Gives {@code file} (a finished temp file about to be renamed into the library) the library's file mode. */
    public void applyToFile(Path file) throws IOException {
        if (this.file != null) Files.setPosixFilePermissions(file, this.file);
    }

    /** Creates {@code dir} and its missing parents, giving the ones it creates the library's folder mode. */
    public void createDirectories(Path dir) throws IOException {
        if (this.dir == null || Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            return;
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.push(p);
        }
        Files.createDirectories(dir);
        for (Path p : missing) Files.setPosixFilePermissions(p, this.dir);
    }
}
