package dev.orchard.drive.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The inode number from the attributes an lstat already gave (Linux's file key reads "(dev=..,ino=..)"). */
public final class Inodes {
    private Inodes() {
    }

    public static long of(BasicFileAttributes a) {
        Object key = a.fileKey();
        if (key == null) return 0;
        String s = key.toString();
        int i = s.indexOf("ino=");
        if (i < 0) return s.hashCode();
        int end = i + 4;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        return end == i + 4 ? 0 : Long.parseLong(s.substring(i + 4, end));
    }

    /** lstat of one path as a {@link LocalEntry}, or null when it is gone. */
    public static LocalEntry stat(Path root, String path, String fsPath) {
        try {
            BasicFileAttributes a = Files.readAttributes(root.resolve(fsPath), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new LocalEntry(path, fsPath, a.isDirectory(), a.isDirectory() ? 0 : a.size(), LocalScanner.nanos(a), of(a));
        } catch (IOException e) {
            return null;
        }
    }
}
