package dev.orchard.app.doctor;

import dev.orchard.icloud.session.StateUnreadableException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The state directory: private to its owner, owned by whoever runs Orchard, with room to write. */
public final class StateChecks {
    static final long LOW_SPACE = 1L << 30;
    static final long VERY_LOW_SPACE = 100L << 20;

    private StateChecks() {
    }

    public static List<Finding> check(Path stateDir, Path accountDir) {
        List<Finding> out = new ArrayList<>();
        if (!Files.isDirectory(stateDir)) {
            out.add(Finding.ok("state", stateDir + " does not exist yet; Orchard creates it (mode 700) on first sign-in"));
        } else {
            out.add(permissions(stateDir, "state directory"));
            if (Files.isDirectory(accountDir)) {
                out.add(permissions(accountDir, "account directory"));
                out.addAll(fileModes(accountDir));
            }
        }
        out.add(space(stateDir));
        return out;
    }

    private static Finding permissions(Path dir, String what) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            String me = System.getProperty("user.name");
            if (!owner.equals(me)) {
                return Finding.fix("state", "the " + what + " " + dir + " belongs to " + owner + ", not to " + me,
                        StateUnreadableException.ownershipFix(dir));
            }
            if (p.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))) {
                return Finding.fix("state", "the " + what + " " + dir + " is open to other users (it holds session tokens)",
                        "chmod 700 " + dir);
            }
            return Finding.ok("state", "the " + what + " " + dir + " is private (700)");
        } catch (IOException | UnsupportedOperationException e) {
            return Finding.fix("state", "cannot inspect " + dir + ": " + e.getMessage(), "check that " + dir + " is readable by you");
        }
    }

    private static List<Finding> fileModes(Path dir) {
        List<Finding> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) continue;
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS);
                if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                    out.add(Finding.fix("state", f + " is readable by other users", "chmod 600 " + f));
                }
            }
        } catch (IOException e) {
            out.add(Finding.fix("state", "cannot list " + dir + ": " + e.getMessage(), "check the directory's owner and mode"));
        }
        return out;
    }

    static Finding space(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return Finding.fix("disk", "no existing parent of " + dir, "create " + dir);
        try {
            long free = Files.getFileStore(existing).getUsableSpace();
            String amount = free / (1L << 20) + " MiB";
            if (free < VERY_LOW_SPACE) return Finding.fix("disk", "only " + amount + " free where state lives (" + existing + ")", "free some space on that file system");
            if (free < LOW_SPACE) return Finding.warn("disk", "only " + amount + " free where state lives (" + existing + ")", "free some space soon");
            return Finding.ok("disk", free / (1L << 30) + " GiB free at " + existing);
        } catch (IOException e) {
            return Finding.warn("disk", "cannot tell the free space at " + existing + ": " + e.getMessage(), "check the file system");
        }
    }
}
