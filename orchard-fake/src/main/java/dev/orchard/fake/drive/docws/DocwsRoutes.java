package dev.orchard.fake.drive.docws;

import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.http.Router;

/** The docws document service (docs/protocol/drive.md §3) and the content host its URLs point at. */
public final class DocwsRoutes {
    private final FakeDrive drive;

    public DocwsRoutes(FakeDrive drive) {
        this.drive = drive;
    }

    public void register(Router r) {
        DownloadTickets tickets = new DownloadTickets(drive.clock());
        DocumentJson documents = new DocumentJson(drive, tickets);
        new DownloadEndpoints(drive, tickets).register(r);
        new BlobEndpoint(tickets, drive.settings()).register(r);
        new UploadEndpoints(drive, new UploadSlots(drive.clock()), documents).register(r);
        new LookupEndpoints(drive, documents).register(r);
    }
}
