package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.admin.DriveAdminApi;
import dev.orchard.fake.drive.content.BlobStore;
import dev.orchard.fake.drive.docws.DocwsRoutes;
import dev.orchard.fake.drive.drivews.DrivewsRoutes;
import dev.orchard.fake.drive.tree.AppLibrary;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The iCloud Drive side of the fake: one {@link DriveTree} per account, read and changed by the drivews and docws
 * endpoints ({@code drivews}, {@code docws}: the content service too) and the admin surface ({@code admin}:
 * {@code /_fake/drive/...}; {@link #account(String)}).
 */
public final class FakeDrive implements AutoCloseable {
    private final ServiceContext context;
    private final DriveSettings settings = new DriveSettings();
    private final DriveFaults faults;
    private final BlobStore blobs = BlobStore.withDefaults();
    private final Map<String, DriveTree> trees = new ConcurrentHashMap<>();

    public FakeDrive(ServiceContext context) {
        this.context = context;
        this.faults = new DriveFaults(context.clock(), context.faults(), context.sessions());
    }

    public DriveSettings settings() { return settings; }
    public DriveFaults faults() { return faults; }
    public BlobStore blobs() { return blobs; }
    public Clock clock() { return context.clock(); }

    /** The account's Drive, created with the default app libraries on first use. */
    public DriveTree tree(FakeAccount account) {
        return trees.computeIfAbsent(account.dsid(),
                k -> new DriveTree(settings.tree(), context.clock(), AppLibrary.defaults()));
    }

    /** The admin view of an account's Drive. */
    public RemoteDrive account(String appleId) {
        FakeAccount account = context.accounts().find(appleId);
        if (account == null) throw new IllegalArgumentException("no fake account " + appleId);
        return new RemoteDrive(this, account, tree(account), DriveTree.CLOUD_DOCS);
    }

    /** The admin view of the only account's Drive. */
    public RemoteDrive account() {
        List<FakeAccount> all = context.accounts().all();
        if (all.size() != 1) {
            throw new IllegalArgumentException("the fake has " + all.size() + " accounts; name one (account=APPLE_ID)");
        }
        return account(all.get(0).appleId());
    }

    /** Who a service request is signed in as, and their Drive. */
    public record Caller(FakeAccount account, DriveTree tree) {
    }

    /**
     * The caller of a service request, or null after answering what Apple would: 421 for stale cookies,
     * 423 for an ADP account without Drive PCS keys, ACCESS_DENIED during a lockout.
     */
    public Caller enter(Exchange ex) {
        WebSession session = context.sessions().require(ex);
        if (session == null) return null;
        if (session.account().adp() && !session.hasPcs("iclouddrive")) {
            ObjectNode body = Json.object().put("errorReason", "Missing PCS cookies from the request").put("errorCode", 423);
            ex.json(423, body);
            return null;
        }
        if (faults.denyIfLockedOut(ex)) return null;
        DriveTree tree = tree(session.account());
        tree.purgeExpiredTrash();
        return new Caller(session.account(), tree);
    }

    @Override
    public void close() {
        blobs.close();
    }
}
