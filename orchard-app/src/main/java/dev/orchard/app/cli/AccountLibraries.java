package dev.orchard.app.cli;

import dev.orchard.app.daemon.Daemon;
import dev.orchard.app.web.library.AccountLibrary;
import dev.orchard.app.web.library.ArchiveBackends;
import dev.orchard.app.web.library.PhotoLibrary;

import java.util.ArrayList;
import java.util.List;

/**
 * The photo libraries {@code orchard run}'s page shows: each account's with a photos folder, archiving on that account's
 * session and options. One account (or none with a photos folder) is the one unnamed library the page has always had.
 */
final class AccountLibraries {
    private AccountLibraries() {
    }

    static List<AccountLibrary> of(List<ServiceAccounts.Account> accounts, Daemon daemon) {
        List<ServiceAccounts.Account> withPhotos = accounts.stream().filter(a -> a.options().photos.dirGiven()).toList();
        if (accounts.size() == 1 || withPhotos.isEmpty()) return List.of(library(accounts.get(0), daemon, null));
        List<AccountLibrary> out = new ArrayList<>();
        for (ServiceAccounts.Account a : withPhotos) out.add(library(a, daemon, a.appleId()));
        return out;
    }

    private static AccountLibrary library(ServiceAccounts.Account a, Daemon daemon, String name) {
        PhotoLibrary library = new PhotoLibrary(a.options().photos.dir(a.ctx().env()));
        return new AccountLibrary(name, library, ArchiveBackends.forLibrary(
                () -> daemon.account(a.appleId()).flatMap(u -> u.keeper().session()).orElse(null),
                () -> a.options().photos.builder(a.ctx().env(), a.ctx().clock()).build(), a.options().photos.listingThreads()));
    }
}
