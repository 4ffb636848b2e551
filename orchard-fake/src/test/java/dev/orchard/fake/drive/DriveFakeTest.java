package dev.orchard.fake.drive;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.admin.SettingsJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One fake per test class; each test gets an account of its own (so trees never mix) and finds every
 * Drive knob and fault back at its default.
 */
abstract class DriveFakeTest {
    static FakeICloud fake;
    DriveSession s;
    RemoteDrive remote;

    @BeforeAll
    static void startFake() {
        fake = FakeICloud.start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void freshAccount() {
        s = DriveSession.fresh(fake);
        remote = s.remote();
    }

    @AfterEach
    void resetKnobs() {
        SettingsJson.reset(fake.drive().settings());
        fake.faults().clear();
        fake.drive().faults().clearAccessDenied();
    }
}
