package dev.orchard.app.cli;

import dev.orchard.app.config.ConfigException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two Apple IDs of one service must not share a photo library or a Drive folder: each would undo the other's sync. */
final class SharedFolders {
    private SharedFolders() {
    }

    static void check(List<ServiceAccounts.Account> accounts) {
        if (accounts.size() < 2) return;
        Map<Path, String> taken = new HashMap<>();
        for (ServiceAccounts.Account a : accounts) {
            Map<String, String> env = a.ctx().env();
            if (a.options().photos.dirGiven()) claim(taken, a.options().photos.dir(env), "photos-dir", a.appleId());
            if (a.options().drive.dirGiven()) claim(taken, a.options().drive.localDir(env), "drive-dir", a.appleId());
        }
    }

    private static void claim(Map<Path, String> taken, Path dir, String option, String appleId) {
        String owner = taken.putIfAbsent(dir, appleId + "'s " + option);
        if (owner != null) {
            throw new ConfigException(dir + " is both " + owner + " and " + appleId + "'s " + option
                    + "; give each account its own folders in its [account " + appleId + "] section");
        }
    }
}
