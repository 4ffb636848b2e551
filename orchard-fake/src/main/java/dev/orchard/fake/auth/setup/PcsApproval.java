package dev.orchard.fake.auth.setup;

import dev.orchard.fake.auth.FakeAccount;

import java.util.function.Consumer;

/** The trusted device's answer to one web session's request for PCS keys: approves after N polls. */
final class PcsApproval {
    private final FakeAccount account;
    private final Consumer<String> notice;
    private boolean requested;
    private int polls;
    private boolean approved;

    PcsApproval(FakeAccount account, Consumer<String> notice) {
        this.account = account;
        this.notice = notice;
    }

    synchronized boolean requested() {
        return requested;
    }

    synchronized boolean approved() {
        return approved;
    }

    /** The device is asked; with a knob of 0 polls it approves straight away. */
    synchronized void request() {
        if (requested) return;
        requested = true;
        int n = account.adpApproveAfterPolls();
        notice.accept("ADP: asked the trusted device of " + account.appleId() + " to approve web access"
                + " (it approves after " + n + " more poll" + (n == 1 ? "" : "s") + ")");
        settle();
    }

    /** One more poll; returns whether the device has approved by now. */
    synchronized boolean poll() {
        if (requested && !approved) {
            polls++;
            settle();
        }
        return approved;
    }

    private void settle() {
        if (!approved && polls >= account.adpApproveAfterPolls()) {
            approved = true;
            notice.accept("ADP: the trusted device of " + account.appleId() + " approved web access");
        }
    }
}
