package dev.orchard.fake.drive.drivews;

import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.http.Router;

/** The drivews metadata service (docs/protocol/drive.md §2): listings, folders, renames, moves, trash. */
public final class DrivewsRoutes {
    private final FakeDrive drive;

    public DrivewsRoutes(FakeDrive drive) {
        this.drive = drive;
    }

    public void register(Router r) {
        new ListingEndpoints(drive).register(r);
        new FolderCreation(drive).register(r);
        new ItemMutations(drive).register(r);
    }
}
